package com.jixiao.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A parameter's value written back as the Parameters sheet takes it: "20%", "300,200,100", "none",
 * "marginal". So a change can be shown as "tiers.share 20% → 25%".
 */
public final class ParamText {
  private ParamText() {}

  public static String of(Param p, Object value) {
    return switch (p.kind()) {
      case RATE -> percent((BigDecimal) value);
      case RATE_OR_NONE -> ((Optional<?>) value).map(v -> percent((BigDecimal) v)).orElse("none");
      case NUMBER_OR_NONE, MONEY_OR_NONE ->
          ((Optional<?>) value).map(v -> plain((BigDecimal) v)).orElse("none");
      case MONEY_LIST ->
          ((List<?>) value)
              .stream().map(v -> plain((BigDecimal) v)).collect(Collectors.joining(","));
      case CHOICE -> (String) value;
      case INTEGER, NUMBER, MONEY -> plain((BigDecimal) value);
    };
  }

  /** Whether two values of the parameter are the same number(s): 5.0 is 5. */
  public static boolean same(Param p, Object a, Object b) {
    return of(p, a).equals(of(p, b));
  }

  /** A fraction as a percent: 0.2 → "20%", 0.005 → "0.5%". */
  public static String percent(BigDecimal fraction) {
    return plain(fraction.movePointRight(2)) + "%";
  }

  /** A number without trailing zeros: "300", "0.5", "0". */
  public static String plain(BigDecimal n) {
    return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
  }
}

package com.jixiao.rules;

import com.jixiao.model.Numbers;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Parses a parameter's text ("20%", "300,200,100", "none") by its kind; empty if it is invalid. */
public final class ParamParser {
  private ParamParser() {}

  public static Optional<Object> parse(Param p, String text) {
    String t = text == null ? "" : text.trim();
    switch (p.kind()) {
      case INTEGER:
        return Numbers.parse(t)
            .filter(n -> n.stripTrailingZeros().scale() <= 0 && n.signum() >= 0)
            .map(n -> (Object) n);
      case NUMBER:
      case MONEY:
        return Numbers.parse(t).filter(n -> n.signum() >= 0).map(n -> (Object) n);
      case RATE:
        return Numbers.parseRate(t).filter(n -> n.signum() >= 0).map(n -> (Object) n);
      case RATE_OR_NONE:
        if (t.isEmpty() || isNone(t)) {
          return Optional.of(Optional.empty());
        }
        return Numbers.parseRate(t).filter(n -> n.signum() >= 0).map(n -> (Object) Optional.of(n));
      case NUMBER_OR_NONE:
      case MONEY_OR_NONE:
        if (t.isEmpty() || isNone(t)) {
          return Optional.of(Optional.empty());
        }
        return Numbers.parse(t).filter(n -> n.signum() >= 0).map(n -> (Object) Optional.of(n));
      case MONEY_LIST:
        {
          List<BigDecimal> list = new ArrayList<>();
          for (String part : t.split("[,，;；/、\\s]+")) {
            if (part.isEmpty()) {
              continue;
            }
            Optional<BigDecimal> n = Numbers.parse(part).filter(x -> x.signum() >= 0);
            if (n.isEmpty()) {
              return Optional.empty();
            }
            list.add(n.get());
          }
          return Optional.of(List.copyOf(list));
        }
      case CHOICE:
        {
          String lower = t.toLowerCase(Locale.ROOT);
          return p.choices().contains(lower) ? Optional.of(lower) : Optional.empty();
        }
      default:
        throw new IllegalStateException("unknown kind " + p.kind());
    }
  }

  private static boolean isNone(String t) {
    String lower = t.toLowerCase(Locale.ROOT);
    return lower.equals("none") || lower.equals("无") || lower.equals("不限") || lower.equals("-");
  }

  public static Optional<Param> find(String key) {
    String k = com.jixiao.model.Text.normalize(key);
    for (Param p : Param.values()) {
      if (com.jixiao.model.Text.normalize(p.key()).equals(k)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}

package com.jixiao.model;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/** Numbers as people type them in a workbook: "1,234.50", "¥1,234.50", "１２３", "0.5%". */
public final class Numbers {
  private static final Pattern PLAIN =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
  private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");

  private Numbers() {}

  /** A plain number, with optional currency sign (¥ ￥ $ RMB 元) and thousands separators. */
  public static Optional<BigDecimal> parse(String text) {
    String t = clean(text);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    t = stripCurrency(t);
    if (GROUPED.matcher(t).matches()) {
      t = t.replace(",", "");
    }
    if (!PLAIN.matcher(t).matches()) {
      return Optional.empty();
    }
    BigDecimal n;
    try {
      n = new BigDecimal(t);
    } catch (NumberFormatException exponentTooLarge) {
      return Optional.empty();
    }
    return withinExcel(n) ? Optional.of(n) : Optional.empty();
  }

  /**
   * Whether a number is within what a cell can hold (a double: about 1e±308). "1e999999999" is not:
   * as a BigDecimal it is legal, but making it whole or printing it overflows or runs out of memory
   * (found by the fuzzer).
   */
  static boolean withinExcel(BigDecimal n) {
    if (n.signum() == 0) {
      return true;
    }
    long exponent = (long) n.precision() - n.scale() - 1; // 1.5e3 → 3
    return exponent >= -330 && exponent <= 308;
  }

  /** True when the text ends in a percent sign (after trimming). */
  public static boolean isPercentText(String text) {
    String t = clean(text);
    return t.endsWith("%");
  }

  /**
   * A rate: "0.5%" is 0.005, "0.005" is 0.005. A plain number above 1 is not a rate (it looks like
   * a percent written without the sign) and gives empty.
   */
  public static Optional<BigDecimal> parseRate(String text) {
    String t = clean(text);
    if (t.endsWith("%")) {
      return parse(t.substring(0, t.length() - 1)).map(n -> n.movePointLeft(2));
    }
    return parse(t).filter(n -> n.compareTo(BigDecimal.ONE) <= 0);
  }

  /** Folds full-width digits and signs, removes spaces. */
  static String clean(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      } else if (c == '\u3002') {
        c = '.';
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
        continue;
      }
      b.append(c);
    }
    return b.toString();
  }

  private static String stripCurrency(String t) {
    String s = t;
    String sign = "";
    if (s.startsWith("-") || s.startsWith("+")) {
      sign = s.substring(0, 1);
      s = s.substring(1);
    }
    for (String prefix : new String[] {"¥", "￥", "$", "RMB", "CNY", "rmb", "cny"}) {
      if (s.startsWith(prefix)) {
        s = s.substring(prefix.length());
        break;
      }
    }
    if (s.endsWith("元")) {
      s = s.substring(0, s.length() - 1);
    }
    return sign + s;
  }
}

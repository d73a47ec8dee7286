package com.jixiao.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Money as the rule book (docs/rules.md#conventions) wants it: exact decimals, each component
 * rounded half up to 0.01.
 */
public final class Money {
  public static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

  private Money() {}

  /** Rounded half up to the cent, scale 2. */
  public static BigDecimal round(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  /**
   * What amounts are written after in the workbook's currency (Settings currency): "¥" for yuan
   * (CNY, RMB, ¥, ￥, 元, 人民币, or blank), else the code and a space ("USD ").
   */
  public static String sign(String currency) {
    String c = currency == null ? "" : currency.trim();
    if (c.isEmpty() || YUAN.contains(c.toUpperCase(Locale.ROOT))) {
      return "¥";
    }
    return c + " ";
  }

  private static final List<String> YUAN = List.of("CNY", "RMB", "¥", "￥", "元", "人民币");

  /** The exact sum of amounts already in cents (scale 2). */
  public static BigDecimal sum(Collection<BigDecimal> amounts) {
    return amounts.stream().reduce(ZERO, BigDecimal::add);
  }
}

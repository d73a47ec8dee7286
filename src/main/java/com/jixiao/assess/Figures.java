package com.jixiao.assess;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as explanations show them, preformatted so that the text does not depend on the locale.
 * Display only: no score is ever computed from these strings.
 */
final class Figures {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Figures() {}

  /**
   * A fraction as a percent: one decimal when that is exact ("92.0%"), else two, rounded toward −∞
   * so a value just below a threshold never shows as the threshold ("94.99%", not "95.0%").
   */
  static String percent(BigDecimal fraction) {
    return percent(fraction, RoundingMode.FLOOR);
  }

  /** As {@link #percent(BigDecimal)}, rounded the given way (CEILING for a strict "above"). */
  static String percent(BigDecimal fraction, RoundingMode rounding) {
    BigDecimal p = fraction.multiply(HUNDRED);
    int scale = Math.max(1, Math.min(2, p.stripTrailingZeros().scale()));
    return p.setScale(scale, rounding).toPlainString() + "%";
  }

  /** A growth rate with its sign, a true minus as in the texts: "+5.0%", "−20.0%", "0.0%". */
  static String signedPercent(BigDecimal fraction) {
    String p = percent(fraction);
    return fraction.signum() > 0 ? "+" + p : p.replace('-', '\u2212');
  }

  /** num/den as a percent; "0.0%" when den is 0. */
  static String percent(BigDecimal num, BigDecimal den) {
    return den.signum() == 0
        ? percent(BigDecimal.ZERO)
        : percent(num.divide(den, MathContext.DECIMAL128));
  }

  /** A threshold as the rule book writes it: "1.5%", "80%", "100%". */
  static String threshold(BigDecimal fraction) {
    return number(fraction.multiply(HUNDRED)) + "%";
  }

  /** A plain number without trailing zeros: "3", "0.5", "2.25". */
  static String number(BigDecimal n) {
    return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
  }
}

package com.jixiao.assess;

import java.math.BigDecimal;

/**
 * An exact ratio num/den, compared with thresholds by cross-multiplying so that a boundary such as
 * "exactly 1.5%" is never lost to rounding. A zero denominator makes the ratio 0 (SPEC 3: "0 if
 * visitors = 0", "0 if orders = 0").
 */
record Ratio(BigDecimal num, BigDecimal den) {

  static Ratio of(BigDecimal fraction) {
    return new Ratio(fraction, BigDecimal.ONE);
  }

  /** num/den ≥ threshold. */
  boolean atLeast(BigDecimal threshold) {
    if (den.signum() == 0) {
      return threshold.signum() <= 0;
    }
    return num.compareTo(den.multiply(threshold)) >= 0;
  }

  String percent() {
    return Figures.percent(num, den);
  }
}

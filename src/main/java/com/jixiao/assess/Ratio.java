package com.jixiao.assess;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An exact ratio num/den, compared with thresholds and with other ratios by cross-multiplying so
 * that a boundary such as "exactly 1.5%" or a tie such as 3/200 = 6/400 is never lost to rounding.
 * A zero denominator makes the ratio 0 (docs/rules.md#item-conversion: "0 if visitors = 0";
 * #item-refund-rate: "0 if orders = 0"). Denominators are never negative (they are counts, days and
 * money targets).
 */
public record Ratio(BigDecimal num, BigDecimal den) implements Comparable<Ratio> {

  public static Ratio of(BigDecimal fraction) {
    return new Ratio(fraction, BigDecimal.ONE);
  }

  /** num/den ≥ threshold. */
  boolean atLeast(BigDecimal threshold) {
    if (den.signum() == 0) {
      return threshold.signum() <= 0;
    }
    return num.compareTo(den.multiply(threshold)) >= 0;
  }

  /** The same value with a positive denominator: 0/1 for a zero denominator. */
  private Ratio normal() {
    return den.signum() == 0 ? new Ratio(BigDecimal.ZERO, BigDecimal.ONE) : this;
  }

  @Override
  public int compareTo(Ratio other) {
    Ratio a = normal();
    Ratio b = other.normal();
    return a.num.multiply(b.den).compareTo(b.num.multiply(a.den));
  }

  /** The exact sum (a/b + c/d = (ad + cb)/bd). */
  public Ratio plus(Ratio other) {
    Ratio a = normal();
    Ratio b = other.normal();
    return new Ratio(a.num.multiply(b.den).add(b.num.multiply(a.den)), a.den.multiply(b.den));
  }

  /** The value rounded to the given scale, for display and number cells. */
  public BigDecimal decimal(int scale, RoundingMode rounding) {
    Ratio r = normal();
    return r.num.divide(r.den, MathContext.DECIMAL128).setScale(scale, rounding);
  }

  /** ⌈num / (den × divisor)⌉, exactly. */
  public BigDecimal ceilingDividedBy(BigDecimal divisor) {
    Ratio r = normal();
    return r.num.divide(r.den.multiply(divisor), 0, RoundingMode.CEILING);
  }

  String percent() {
    return Figures.percent(num, den);
  }
}

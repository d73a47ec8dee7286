package com.jixiao.report;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.List;
import java.util.Optional;

/**
 * The spread of a month's totals: how many, their mean, standard deviation, lowest and highest.
 * Worked out in BigDecimal: the sums are exact, the mean and the standard deviation are rounded
 * half up to {@link #SCALE} decimals only at the end. The standard deviation is the sample one
 * (divided by n − 1), as the team summary shows it; it needs two totals.
 */
public record Spread(
    int count,
    Optional<BigDecimal> mean,
    Optional<BigDecimal> standardDeviation,
    Optional<BigDecimal> min,
    Optional<BigDecimal> max) {

  /** Decimals kept of the mean and the standard deviation. */
  public static final int SCALE = 4;

  public static Spread of(List<BigDecimal> values) {
    int n = values.size();
    if (n == 0) {
      return new Spread(0, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }
    BigDecimal sum = BigDecimal.ZERO;
    BigDecimal squares = BigDecimal.ZERO;
    BigDecimal min = values.get(0);
    BigDecimal max = values.get(0);
    for (BigDecimal v : values) {
      sum = sum.add(v);
      squares = squares.add(v.multiply(v));
      min = min.min(v);
      max = max.max(v);
    }
    BigDecimal count = BigDecimal.valueOf(n);
    BigDecimal mean = sum.divide(count, SCALE, RoundingMode.HALF_UP);
    Optional<BigDecimal> sd = Optional.empty();
    if (n >= 2) {
      // (n Σx² − (Σx)²) / (n (n − 1)), exact up to the one division
      BigDecimal numerator = count.multiply(squares).subtract(sum.multiply(sum));
      BigDecimal variance =
          numerator.divide(count.multiply(count.subtract(BigDecimal.ONE)), MathContext.DECIMAL128);
      sd = Optional.of(variance.sqrt(MathContext.DECIMAL128).setScale(SCALE, RoundingMode.HALF_UP));
    }
    return new Spread(n, Optional.of(mean), sd, Optional.of(min), Optional.of(max));
  }
}

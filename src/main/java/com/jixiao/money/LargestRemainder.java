package com.jixiao.money;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Splits an amount in cents in proportion to weights so that the parts add up to the amount exactly
 * (the points pool, docs/rules.md#points-pool): everyone gets the floor of their exact share in
 * cents, then the cents left over go one each to the largest remainders; equal remainders go to the
 * smaller key (agent_id) first. Remainders are compared exactly, never through floating point.
 */
public final class LargestRemainder {
  private LargestRemainder() {}

  /**
   * The parts of {@code amount} (scale 2, not negative) by {@code weights} (not negative); all zero
   * when the weights add up to zero. Keys are returned in their natural order.
   */
  public static Map<String, BigDecimal> split(BigDecimal amount, Map<String, BigDecimal> weights) {
    BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    Map<String, BigDecimal> parts = new TreeMap<>();
    if (total.signum() == 0) {
      weights.keySet().forEach(k -> parts.put(k, Money.ZERO));
      return parts;
    }
    BigDecimal cents = amount.movePointRight(2);
    List<Share> shares = new ArrayList<>();
    BigInteger given = BigInteger.ZERO;
    for (var e : new TreeMap<>(weights).entrySet()) {
      // cents × w = floor × total + remainder, all exact
      BigDecimal[] qr = cents.multiply(e.getValue()).divideAndRemainder(total);
      BigInteger floor = qr[0].toBigIntegerExact();
      shares.add(new Share(e.getKey(), floor, qr[1]));
      given = given.add(floor);
    }
    int left = cents.toBigIntegerExact().subtract(given).intValueExact();
    List<Share> byRemainder = new ArrayList<>(shares);
    byRemainder.sort(
        Comparator.comparing(Share::remainder, Comparator.reverseOrder())
            .thenComparing(Share::key));
    for (Share s : shares) {
      parts.put(s.key(), new BigDecimal(s.floor(), 2));
    }
    for (int i = 0; i < left; i++) {
      String key = byRemainder.get(i).key();
      parts.put(key, parts.get(key).add(new BigDecimal(BigInteger.ONE, 2)));
    }
    return parts;
  }

  private record Share(String key, BigInteger floor, BigDecimal remainder) {}
}

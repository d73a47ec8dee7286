package com.jixiao.money;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LargestRemainderTest {
  private static BigDecimal n(String s) {
    return new BigDecimal(s);
  }

  @Test
  void oneCentAmongThreeEqualAgentsGoesToTheSmallestAgentId() {
    Map<String, BigDecimal> parts =
        LargestRemainder.split(
            n("0.01"), Map.of("KF003", n("5"), "KF001", n("5"), "KF002", n("5")));
    assertThat(parts)
        .containsEntry("KF001", n("0.01"))
        .containsEntry("KF002", n("0.00"))
        .containsEntry("KF003", n("0.00"));
  }

  @Test
  void equalRemaindersAreBrokenBySmallerAgentIdFirst() {
    Map<String, BigDecimal> parts =
        LargestRemainder.split(n("1.00"), Map.of("B", n("1"), "A", n("1"), "C", n("1")));
    assertThat(parts).containsEntry("A", n("0.34")).containsEntry("B", n("0.33"));
    assertThat(parts).containsEntry("C", n("0.33"));
  }

  @Test
  void theLargerRemainderWinsOverTheSmallerAgentId() {
    // exact shares 0.00333… and 0.00666…: the cent goes to Z's larger remainder
    Map<String, BigDecimal> parts =
        LargestRemainder.split(n("0.01"), Map.of("A", n("1"), "Z", n("2")));
    assertThat(parts).containsEntry("A", n("0.00")).containsEntry("Z", n("0.01"));
  }

  @Test
  void oneAgentWithAllThePointsGetsTheWholePool() {
    Map<String, BigDecimal> parts =
        LargestRemainder.split(n("6432.25"), Map.of("A", n("0"), "B", n("17"), "C", n("0")));
    assertThat(parts)
        .containsEntry("A", n("0.00"))
        .containsEntry("B", n("6432.25"))
        .containsEntry("C", n("0.00"));
  }

  @Test
  void noPointsAtAllPaysNobody() {
    assertThat(LargestRemainder.split(n("100.00"), Map.of("A", n("0"), "B", n("0"))))
        .containsEntry("A", n("0.00"))
        .containsEntry("B", n("0.00"));
  }

  @Test
  void theShareOfTwoEqualAgentsOfAnOddNumberOfCentsDiffersByOneCent() {
    assertThat(LargestRemainder.split(n("0.03"), Map.of("KF002", n("7"), "KF001", n("7"))))
        .containsEntry("KF001", n("0.02"))
        .containsEntry("KF002", n("0.01"));
  }

  @Test
  void inThousandsOfRandomCasesThePartsAddUpToThePoolExactlyAndStayWithinACentOfTheShare() {
    Random random = new Random(20260901L);
    for (int run = 0; run < 5000; run++) {
      BigDecimal pool = BigDecimal.valueOf(random.nextInt(2_000_000), 2);
      Map<String, BigDecimal> points = new LinkedHashMap<>();
      int agents = 1 + random.nextInt(30);
      for (int i = 0; i < agents; i++) {
        // whole and fractional points, many ties, some zeros
        BigDecimal p = BigDecimal.valueOf(random.nextInt(60), random.nextInt(3) == 0 ? 1 : 0);
        points.put(String.format("KF%03d", random.nextInt(500)), p);
      }
      BigDecimal total = points.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      Map<String, BigDecimal> parts = LargestRemainder.split(pool, points);
      BigDecimal sum = parts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      if (total.signum() == 0) {
        assertThat(sum).isEqualByComparingTo("0");
        continue;
      }
      assertThat(sum).as("run %d", run).isEqualTo(pool.setScale(2));
      for (var e : parts.entrySet()) {
        BigDecimal exact =
            pool.multiply(points.get(e.getKey())).divide(total, MathContext.DECIMAL128);
        assertThat(e.getValue().subtract(exact).abs()).isLessThan(n("0.01"));
        assertThat(e.getValue().scale()).isEqualTo(2);
      }
    }
  }
}

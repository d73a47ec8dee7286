package com.jixiao.money;

import static com.jixiao.money.MoneyFixtures.n;
import static com.jixiao.money.MoneyFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.money.PointsPool.Status;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PointsPoolTest {
  private static Optional<BigDecimal> money(String text) {
    return text == null ? Optional.empty() : Optional.of(n(text));
  }

  private static AgentPoints points(String id, String rows) {
    return new AgentPoints(id, n(rows), BigDecimal.ZERO, BigDecimal.ZERO);
  }

  @ParameterizedTest(name = "revenue {0}, target {1}, previous {2}: pool {3}")
  @CsvSource({
    "1000000, 1200000, 1100000, 0.00, missed the target and declined: nothing",
    "1000000, 1200000, 900000, 5000.00, missed the target only",
    "1000000, 900000, 1100000, 5000.00, declined only",
    "1000000, 1000000, 1000000.01, 5000.00, exactly at the target is not missing it",
    "1000000, 1000000.01, 1000000, 5000.00, exactly last month's is not declining",
    "1000000, , 1100000, 5000.00, no target: the missed test is false",
    "1000000, 1200000, , 5000.00, no previous month: the declined test is false",
    "1233, , , 6.17, 6.165 rounded half up",
  })
  void thePoolIsZeroOnlyWhenTheStoreBothMissedItsTargetAndDeclined(
      String revenue, String target, String previous, String pool, String why) {
    PointsPool p =
        PointsPool.of(
            settings(money(revenue), money(target), money(previous)), List.of(points("A", "1")));
    assertThat(p.pool()).as(why).isEqualTo(pool);
  }

  @Test
  void withoutStoreRevenueThePoolIsZeroAndSaysWhy() {
    PointsPool p =
        PointsPool.of(
            settings(Optional.empty(), Optional.empty(), Optional.empty()),
            List.of(points("A", "10")));
    assertThat(p.pool()).isEqualTo("0.00");
    assertThat(p.status()).isEqualTo(Status.NO_REVENUE);
    assertThat(p.payout("A")).isEqualTo("0.00");
  }

  @Test
  void thePointValueIsThePoolOverTheCountedPointsAndThePayoutsAddUpToThePool() {
    PointsPool p =
        PointsPool.of(
            settings(money("1286450"), Optional.empty(), Optional.empty()),
            List.of(points("KF001", "29"), points("KF002", "68"), points("KF003", "-5")));
    assertThat(p.pool()).isEqualTo("6432.25");
    assertThat(p.totalPoints()).isEqualByComparingTo("97"); // KF003's −5 counts as 0
    assertThat(p.pointValue()).contains(n("66.3119")); // 6432.25 / 97
    assertThat(p.payout("KF003")).isEqualTo("0.00");
    assertThat(p.paidOut()).isEqualTo("6432.25");
    assertThat(p.payout("KF001")).isEqualTo("1923.04"); // 1923.0438…
  }

  @Test
  void withNoPointsThePoolHasNoPointValueAndPaysNobody() {
    PointsPool p =
        PointsPool.of(
            settings(money("100000"), Optional.empty(), Optional.empty()),
            List.of(points("A", "0"), points("B", "-3")));
    assertThat(p.pool()).isEqualTo("500.00");
    assertThat(p.pointValue()).isEmpty();
    assertThat(p.paidOut()).isEqualTo("0.00");
  }
}

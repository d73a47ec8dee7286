package com.jixiao.money;

import static com.jixiao.money.MoneyFixtures.PERIOD;
import static com.jixiao.money.MoneyFixtures.agent;
import static com.jixiao.money.MoneyFixtures.month;
import static com.jixiao.money.MoneyFixtures.n;
import static com.jixiao.money.MoneyFixtures.score;
import static com.jixiao.money.MoneyFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.model.Metric;
import com.jixiao.model.MonthlyStats;
import com.jixiao.model.PointsEntry;
import com.jixiao.model.Role;
import com.jixiao.rules.Param;
import com.jixiao.rules.Parameters;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AgentPointsTest {
  private static final List<PointsEntry> ROWS =
      List.of(
          new PointsEntry(LocalDate.of(2026, 12, 3), "A", n("5"), "挽单"),
          new PointsEntry(LocalDate.of(2026, 12, 31), "A", n("-2"), "迟到"),
          new PointsEntry(LocalDate.of(2026, 11, 30), "A", n("100"), "上月"),
          new PointsEntry(LocalDate.of(2026, 12, 5), "B", n("-50"), "投诉"));

  private static AgentPoints pointsOf(Role role, MonthlyStats stats, Parameters params) {
    String id = stats.agentId();
    return AgentPoints.of(PERIOD, List.of(score(agent(id, role, 1), stats, "90")), ROWS, params)
        .get(0);
  }

  @Test
  void pointsAreThePeriodsRowsPlusGoodReviewsPlusTargetMetForPresales() {
    MonthlyStats a = with(month("A", PERIOD, 0), Metric.GOOD_REVIEWS, "12");
    AgentPoints p = pointsOf(Role.PRESALES, a, Parameters.defaults());
    assertThat(p.fromRows()).isEqualByComparingTo("3"); // 5 − 2; November's 100 is not counted
    assertThat(p.fromReviews()).isEqualByComparingTo("12");
    assertThat(p.fromTarget()).isEqualByComparingTo("10"); // sales 100000 = target
    assertThat(p.counted()).isEqualByComparingTo("25");
  }

  @Test
  void onlyPresalesAgentsGetTheTargetMetPoints() {
    MonthlyStats a = month("A", PERIOD, 0);
    assertThat(pointsOf(Role.LEAD, a, Parameters.defaults()).fromTarget()).isZero();
    assertThat(pointsOf(Role.AFTERSALES, a, Parameters.defaults()).fromTarget()).isZero();
  }

  @Test
  void salesJustBelowTheTargetOrATargetOfZeroGetNoTargetPoints() {
    MonthlyStats below = with(month("A", PERIOD, 0), Metric.SALES, "99999.99");
    MonthlyStats noTarget =
        with(with(month("A", PERIOD, 0), Metric.SALES_TARGET, "0"), Metric.SALES, "0");
    assertThat(pointsOf(Role.PRESALES, below, Parameters.defaults()).fromTarget()).isZero();
    assertThat(pointsOf(Role.PRESALES, noTarget, Parameters.defaults()).fromTarget()).isZero();
  }

  @Test
  void theParametersSetThePointsPerGoodReviewAndForTheTarget() {
    Parameters params =
        Parameters.defaults()
            .with(
                Map.<Param, Object>of(
                    Param.POINTS_PER_GOOD_REVIEW, n("0.5"), Param.POINTS_TARGET_MET, n("20")));
    MonthlyStats a = with(month("A", PERIOD, 0), Metric.GOOD_REVIEWS, "7");
    AgentPoints p = pointsOf(Role.PRESALES, a, params);
    assertThat(p.fromReviews()).isEqualByComparingTo("3.5");
    assertThat(p.fromTarget()).isEqualByComparingTo("20");
  }

  @Test
  void aNegativeSumCountsAsZero() {
    MonthlyStats b = with(month("B", PERIOD, 0), Metric.GOOD_REVIEWS, "3");
    AgentPoints p = pointsOf(Role.AFTERSALES, b, Parameters.defaults());
    assertThat(p.sum()).isEqualByComparingTo("-47");
    assertThat(p.counted()).isEqualByComparingTo("0");
  }
}

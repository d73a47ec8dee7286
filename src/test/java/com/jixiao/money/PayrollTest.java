package com.jixiao.money;

import static com.jixiao.money.MoneyFixtures.PERIOD;
import static com.jixiao.money.MoneyFixtures.agent;
import static com.jixiao.money.MoneyFixtures.month;
import static com.jixiao.money.MoneyFixtures.n;
import static com.jixiao.money.MoneyFixtures.score;
import static com.jixiao.money.MoneyFixtures.settings;
import static com.jixiao.money.MoneyFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.assess.AgentScore;
import com.jixiao.assess.Alert;
import com.jixiao.assess.MonthInput;
import com.jixiao.model.Agent;
import com.jixiao.model.Metric;
import com.jixiao.model.Role;
import com.jixiao.rules.Param;
import com.jixiao.rules.Parameters;
import com.jixiao.rules.RuleSet;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PayrollTest {
  private static final Agent A = agent("KF001", Role.PRESALES, 2);

  private static MonthInput input(Parameters params) {
    RuleSet d = RuleSet.defaults();
    RuleSet rules = new RuleSet(d.weights(), d.bands(), d.commission(), params);
    return MoneyFixtures.input(
        settings(Optional.of(n("1000000")), Optional.empty(), Optional.empty()),
        rules,
        List.of(A),
        List.of(),
        List.of());
  }

  private static PayrollLine line(
      AgentScore score, RewardsAndPenalties rp, PointsPool pool, Parameters params) {
    return Payroll.of(input(params), List.of(score), rp, pool).lines().get(0);
  }

  private static PointsPool payout(String agentId, String amount) {
    return new PointsPool(
        n(amount),
        PointsPool.Status.FROM_REVENUE,
        n("1"),
        Optional.empty(),
        Map.of(agentId, n(amount)));
  }

  private static final PointsPool NO_POOL =
      new PointsPool(Money.ZERO, PointsPool.Status.NO_REVENUE, n("0"), Optional.empty(), Map.of());

  @ParameterizedTest(name = "total {0}: coefficient {1}, performance pay {2}")
  @CsvSource({
    "106.67, 1.2, 1800.00",
    "100.00, 1.2, 1800.00",
    "99.99, 0.9, 1350.00",
    "90.00, 0.9, 1350.00",
    "89.99, 0.8, 1200.00",
    "80.00, 0.8, 1200.00",
    "79.99, 0.7, 1050.00",
    "60.00, 0.7, 1050.00",
    "59.99, 0.6, 900.00",
    "50.00, 0.6, 900.00",
    "49.99, 0.4, 600.00",
  })
  void performancePayIsThePerformanceWageTimesTheBandCoefficient(
      String total, String coefficient, String pay) {
    PayrollLine l =
        line(
            score(A, month("KF001", PERIOD, 0), total),
            RewardsAndPenalties.NONE,
            NO_POOL,
            Parameters.defaults());
    assertThat(l.performanceWage()).isEqualTo("1500.00");
    assertThat(l.coefficient()).isEqualByComparingTo(coefficient);
    assertThat(l.performancePay()).isEqualTo(pay);
  }

  @Test
  void grossPayIsTheSumOfItsPartsWithRewardsAddedAndPenaltiesSubtracted() {
    RewardsAndPenalties rp =
        RewardsAndPenalties.of(Map.of("KF001", n("300")), Map.of("KF001", n("50")));
    PayrollLine l =
        line(
            score(A, with(month("KF001", PERIOD, 0), Metric.SALES, "120000"), "95"),
            rp,
            payout("KF001", "433.80"),
            Parameters.defaults());
    // 4000 + 1500 × 0.9 + (500 + 1000 + 600) + 300 − 50 + 433.80
    assertThat(l.levelWage()).isEqualTo("4000.00");
    assertThat(l.performancePay()).isEqualTo("1350.00");
    assertThat(l.commission()).isEqualTo("2100.00");
    assertThat(l.rewards()).isEqualTo("300.00");
    assertThat(l.penalties()).isEqualTo("50.00");
    assertThat(l.pointsBonus()).isEqualTo("433.80");
    assertThat(l.grossPay()).isEqualTo("8133.80");
  }

  @Test
  void theCommissionModeParameterSwitchesToWhole() {
    Parameters whole =
        Parameters.defaults().with(Map.<Param, Object>of(Param.COMMISSION_MODE, "whole"));
    PayrollLine l =
        line(
            score(A, with(month("KF001", PERIOD, 0), Metric.SALES, "120000"), "95"),
            RewardsAndPenalties.NONE,
            NO_POOL,
            whole);
    assertThat(l.commission()).isEqualTo("3600.00");
  }

  private static List<Alert> alertsFor(String penalty, Parameters params) {
    // sales 0, total 85 → 4000 + 1500 × 0.8 = 5200 before penalties
    AgentScore s = score(A, with(month("KF001", PERIOD, 0), Metric.SALES, "0"), "85");
    RewardsAndPenalties rp = RewardsAndPenalties.of(Map.of(), Map.of("KF001", n(penalty)));
    return Payroll.of(input(params), List.of(s), rp, NO_POOL).alerts();
  }

  @Test
  void penaltiesOfExactlyTwentyPercentOfPayBeforePenaltiesAreNotFlagged() {
    assertThat(alertsFor("1040", Parameters.defaults())).isEmpty();
  }

  @Test
  void penaltiesJustOverTwentyPercentAreFlaggedForHrAndPayIsNotChanged() {
    List<Alert> alerts = alertsFor("1040.01", Parameters.defaults());
    assertThat(alerts).extracting(Alert::type).containsExactly("deduction_over_share");
    assertThat(alerts.get(0).subject()).startsWith("KF001");
  }

  @Test
  void theDeductionShareIsAParameter() {
    Parameters tenPercent =
        Parameters.defaults()
            .with(Map.<Param, Object>of(Param.PAYROLL_MAX_DEDUCTION_SHARE, n("0.1")));
    assertThat(alertsFor("520.01", tenPercent))
        .extracting(Alert::type)
        .contains("deduction_over_share");
    assertThat(alertsFor("520", tenPercent)).isEmpty();
  }

  @Test
  void grossPayBelowTheMinimumWageIsFlaggedOnlyWhenAMinimumIsSet() {
    Parameters minimum =
        Parameters.defaults()
            .with(Map.<Param, Object>of(Param.PAYROLL_MINIMUM_WAGE, Optional.of(n("5000"))));
    // 5200 − 200.01 = 4999.99
    assertThat(alertsFor("200.01", minimum))
        .extracting(Alert::type)
        .containsExactly("below_minimum_wage");
    assertThat(alertsFor("200", minimum)).isEmpty();
    assertThat(alertsFor("200.01", Parameters.defaults())).isEmpty();
  }

  @Test
  void theTotalOfAColumnIsTheExactSumOfItsLines() {
    Agent b = agent("KF002", Role.AFTERSALES, 1);
    Payroll p =
        Payroll.of(
            input(Parameters.defaults()),
            List.of(
                score(A, with(month("KF001", PERIOD, 0), Metric.SALES, "33333.33"), "95"),
                score(b, with(month("KF002", PERIOD, 0), Metric.SALES, "66666.67"), "77.77")),
            RewardsAndPenalties.NONE,
            NO_POOL);
    assertThat(p.total(PayrollLine::commission)).isEqualTo("1166.66"); // 333.33 + 833.33
    BigDecimal gross = p.lines().get(0).grossPay().add(p.lines().get(1).grossPay());
    assertThat(p.total(PayrollLine::grossPay)).isEqualTo(gross);
  }
}

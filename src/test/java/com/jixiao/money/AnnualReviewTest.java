package com.jixiao.money;

import static com.jixiao.money.MoneyFixtures.agent;
import static com.jixiao.money.MoneyFixtures.month;
import static com.jixiao.money.MoneyFixtures.n;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.assess.Alert;
import com.jixiao.assess.History;
import com.jixiao.assess.MonthAssessor;
import com.jixiao.assess.MonthInput;
import com.jixiao.model.Agent;
import com.jixiao.model.Band;
import com.jixiao.model.Language;
import com.jixiao.model.MonthlyStats;
import com.jixiao.model.Role;
import com.jixiao.model.Settings;
import com.jixiao.money.MonthMoney.AnnualWhen;
import com.jixiao.rules.Param;
import com.jixiao.rules.Parameters;
import com.jixiao.rules.RuleSet;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnnualReviewTest {
  private static Settings settings(YearMonth period) {
    return new Settings(
        "店铺",
        period,
        Language.ZH,
        "CNY",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Settings.DEFAULT_POINTS_POOL_RATE,
        Optional.empty());
  }

  /**
   * Months {@code from}..{@code to} of 2026; months listed in {@code late} have 4 late arrivals.
   */
  private static List<MonthlyStats> months(String id, int from, int to, List<Integer> late) {
    List<MonthlyStats> rows = new ArrayList<>();
    for (int m = from; m <= to; m++) {
      rows.add(month(id, YearMonth.of(2026, m), late.contains(m) ? 4 : 0));
    }
    return rows;
  }

  private static MonthInput input(
      YearMonth period, RuleSet rules, List<Agent> agents, List<MonthlyStats> monthly) {
    return MoneyFixtures.input(settings(period), rules, agents, monthly, List.of());
  }

  private static AnnualReview review(MonthInput input) {
    return AnnualReview.of(input, History.of(input, MonthAssessor.assess(input)));
  }

  @Test
  void theAnnualScoreIsTheMeanOfTheTwelveMonthlyTotalsScoredByTheSameRules() {
    // six months at 100.00 and six at 96.19 (4 late arrivals: attendance 0 of 105 weights)
    MonthInput in =
        input(
            YearMonth.of(2026, 12),
            RuleSet.defaults(),
            List.of(agent("KF001", Role.PRESALES, 1)),
            months("KF001", 1, 12, List.of(1, 3, 5, 7, 9, 11)));
    assertThat(MonthAssessor.assess(in, YearMonth.of(2026, 1)).scores().get(0).total())
        .isEqualTo("96.19");
    AnnualReview r = review(in);
    AnnualLine line = r.lines().get(0);
    assertThat(line.months()).isEqualTo(12);
    assertThat(line.annualScore()).isEqualTo("98.10"); // 1177.14 / 12 = 98.095, half up
    assertThat(line.band().coefficient()).isEqualByComparingTo("0.9");
    assertThat(line.band().levelChange()).isEqualTo(1);
    assertThat(line.newLevel()).isEqualTo(2);
    assertThat(line.clamped()).isFalse();
    assertThat(r.alerts()).isEmpty();
  }

  @Test
  void anAgentWithFewerThanTwelveMonthsIsAveragedOverTheirMonthsAndNotedInAlerts() {
    MonthInput in =
        input(
            YearMonth.of(2026, 12),
            RuleSet.defaults(),
            List.of(agent("KF001", Role.PRESALES, 1), agent("KF002", Role.PRESALES, 1)),
            concat(months("KF001", 1, 12, List.of()), months("KF002", 3, 12, List.of())));
    AnnualReview r = review(in);
    assertThat(r.lines()).extracting(AnnualLine::months).containsExactly(12, 10);
    assertThat(r.alerts()).extracting(Alert::type).containsExactly("annual_partial_year");
    assertThat(r.alerts().get(0).subject()).startsWith("KF002");
    assertThat(r.alerts().get(0).message().args()).containsExactly("2026", "10");
  }

  @Test
  void aPromotionPastTheHighestLevelStopsAtTheHighestLevel() {
    MonthInput in =
        input(
            YearMonth.of(2026, 12),
            RuleSet.defaults(),
            List.of(agent("KF001", Role.PRESALES, 2)),
            months("KF001", 1, 12, List.of()));
    AnnualLine line = review(in).lines().get(0);
    assertThat(line.annualScore()).isEqualTo("100.00");
    assertThat(line.band().levelChange()).isEqualTo(2);
    assertThat(line.newLevel()).isEqualTo(3);
    assertThat(line.clamped()).isTrue();
  }

  @Test
  void aDemotionBelowTheLowestLevelStopsAtTheLowestLevel() {
    RuleSet d = RuleSet.defaults();
    RuleSet demoteAll =
        new RuleSet(
            d.weights(),
            List.of(new Band(n("0"), n("0.6"), -1, "demote")),
            d.commission(),
            d.params());
    MonthInput in =
        input(
            YearMonth.of(2026, 12),
            demoteAll,
            List.of(agent("KF001", Role.PRESALES, 1), agent("KF002", Role.PRESALES, 3)),
            concat(months("KF001", 1, 12, List.of()), months("KF002", 1, 12, List.of())));
    List<AnnualLine> lines = review(in).lines();
    assertThat(lines.get(0).newLevel()).isEqualTo(1);
    assertThat(lines.get(0).clamped()).isTrue();
    assertThat(lines.get(1).newLevel()).isEqualTo(2);
    assertThat(lines.get(1).clamped()).isFalse();
  }

  @Test
  void aLevelChangeMovesAlongTheLevelsThatExistSkippingGaps() {
    SalaryLadder ladder = new SalaryLadder(List.of(4, 1, 2));
    assertThat(ladder.clamp(2, 1)).isEqualTo(4);
    assertThat(ladder.clamp(1, 2)).isEqualTo(4);
    assertThat(ladder.reaches(2, 2)).isFalse();
    assertThat(ladder.clamp(4, -1)).isEqualTo(2);
  }

  @Test
  void theAnnualReviewComesInDecemberByDefaultAndOnDemandInAnyOtherMonth() {
    List<Agent> agents = List.of(agent("KF001", Role.PRESALES, 1));
    MonthInput september =
        input(YearMonth.of(2026, 9), RuleSet.defaults(), agents, months("KF001", 1, 9, List.of()));
    MonthInput december =
        input(
            YearMonth.of(2026, 12), RuleSet.defaults(), agents, months("KF001", 1, 12, List.of()));
    assertThat(money(september, AnnualWhen.IN_ANNUAL_MONTH).annual()).isEmpty();
    assertThat(money(december, AnnualWhen.IN_ANNUAL_MONTH).annual()).isPresent();
    AnnualReview onDemand = money(september, AnnualWhen.ALWAYS).annual().orElseThrow();
    assertThat(onDemand.lines().get(0).months()).isEqualTo(9);
    assertThat(onDemand.alerts()).extracting(Alert::type).containsExactly("annual_partial_year");
  }

  @Test
  void theAnnualMonthIsAParameter() {
    RuleSet d = RuleSet.defaults();
    RuleSet june =
        new RuleSet(
            d.weights(),
            d.bands(),
            d.commission(),
            Parameters.defaults().with(Map.<Param, Object>of(Param.ANNUAL_MONTH, n("6"))));
    List<Agent> agents = List.of(agent("KF001", Role.PRESALES, 1));
    MonthInput in = input(YearMonth.of(2026, 6), june, agents, months("KF001", 1, 6, List.of()));
    assertThat(money(in, AnnualWhen.IN_ANNUAL_MONTH).annual()).isPresent();
  }

  private static MonthMoney money(MonthInput in, AnnualWhen when) {
    return MonthMoney.of(
        in, History.of(in, MonthAssessor.assess(in)), RewardsAndPenalties.NONE, when);
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}

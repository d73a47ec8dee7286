package com.jixiao.assess;

import static com.jixiao.assess.Fixtures.PERIOD;
import static com.jixiao.assess.Fixtures.agent;
import static com.jixiao.assess.Fixtures.input;
import static com.jixiao.assess.Fixtures.n;
import static com.jixiao.assess.Fixtures.perfect;
import static com.jixiao.assess.Fixtures.qa;
import static com.jixiao.assess.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.model.Agent;
import com.jixiao.model.Metric;
import com.jixiao.model.MonthlyStats;
import com.jixiao.model.QaCode;
import com.jixiao.model.Role;
import com.jixiao.rules.Item;
import com.jixiao.rules.RuleSet;
import com.jixiao.rules.WeightTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The scoring (docs/rules.md#total, #quality) over a whole workbook: who is assessed, history,
 * store orders, ranks, alerts.
 */
class MonthAssessorTest {
  private static final Agent A = agent("KF001", "张三", Role.PRESALES);
  private static final Agent B = agent("KF002", "李四", Role.PRESALES);
  private static final Agent C = agent("KF003", "王五", Role.AFTERSALES);
  private static final Agent D = agent("KF004", "赵六", Role.PRESALES);

  private static MonthlyStats last(String id) {
    return perfect(id, PERIOD.minusMonths(1));
  }

  private static MonthResult assess(List<Agent> agents, List<MonthlyStats> monthly) {
    return MonthAssessor.assess(input(RuleSet.defaults(), agents, monthly, List.of()));
  }

  @Test
  void agentsWithAMonthlyRowInThePeriodAreAssessedInAgentsSheetOrder() {
    MonthResult r =
        assess(
            List.of(B, A, C),
            List.of(perfect("KF001"), perfect("KF002"), last("KF003"), last("KF001")));
    assertThat(r.period()).isEqualTo(PERIOD);
    assertThat(r.scores()).extracting(s -> s.agent().id()).containsExactly("KF002", "KF001");
  }

  @Test
  void thePreviousMonthsRowGivesTheGrowth() {
    MonthlyStats prev = with(last("KF001"), Metric.SALES, "80000");
    MonthResult r = assess(List.of(A), List.of(perfect("KF001"), prev));
    // 100,000 after 80,000 is +25%: 8 + 4 (capped)
    assertThat(r.scores().get(0).item(Item.SALES_GROWTH).orElseThrow().score())
        .isEqualByComparingTo("12");
  }

  @Test
  void storeOrdersDefaultToTheSumOfAllAgentsOrdersInThePeriod() {
    // KF001 has 100 of 100 + 950 = 1,050 orders: 9.5%, below 10%
    MonthResult r =
        assess(
            List.of(A, B),
            List.of(
                with(perfect("KF001"), Metric.ORDERS, "100"),
                with(perfect("KF002"), Metric.ORDERS, "950"),
                with(last("KF001"), Metric.ORDERS, "100000")));
    assertThat(personalShare(r, 0)).isEqualByComparingTo("0");
    assertThat(personalShare(r, 1)).isEqualByComparingTo("2");
  }

  @Test
  void settingsStoreOrdersOverrideTheSum() {
    MonthInput in =
        new MonthInput(
            Fixtures.settings(Optional.of(n("1000"))),
            RuleSet.defaults(),
            List.of(A, B),
            Map.of(),
            List.of(
                with(perfect("KF001"), Metric.ORDERS, "100"),
                with(perfect("KF002"), Metric.ORDERS, "950")),
            List.of(),
            List.of(),
            List.of());
    assertThat(personalShare(MonthAssessor.assess(in), 0)).isEqualByComparingTo("2");
  }

  @Test
  void anEarlierMonthIsScoredWithThatMonthsOwnStoreOrdersNotTheSettingsFigure() {
    // Settings store_orders 1000 is the period's; in May KF001 has 100 of 100 + 950: 9.5%
    MonthInput in =
        new MonthInput(
            Fixtures.settings(Optional.of(n("1000"))),
            RuleSet.defaults(),
            List.of(A, B),
            Map.of(),
            List.of(
                with(last("KF001"), Metric.ORDERS, "100"),
                with(last("KF002"), Metric.ORDERS, "950"),
                perfect("KF001"),
                perfect("KF002")),
            List.of(),
            List.of(),
            List.of());
    MonthResult may = MonthAssessor.assess(in, PERIOD.minusMonths(1));
    assertThat(may.period()).isEqualTo(PERIOD.minusMonths(1));
    assertThat(personalShare(may, 0)).isEqualByComparingTo("0");
    assertThat(personalShare(may, 1)).isEqualByComparingTo("2");
  }

  @Test
  void historyHoldsEveryMonthWithRowsUpToThePeriodAndNothingElse() {
    MonthInput in =
        input(RuleSet.defaults(), List.of(A), List.of(last("KF001"), perfect("KF001")), List.of());
    History h = History.of(in, MonthAssessor.assess(in));
    assertThat(h.month(PERIOD.minusMonths(1))).isPresent();
    assertThat(h.month(PERIOD.minusMonths(2))).isEmpty();
    assertThat(h.score("KF001", PERIOD.minusMonths(1))).isPresent();
    assertThat(h.score("KF002", PERIOD)).isEmpty();
  }

  @Test
  void historyKeepsEarlierMonthsScoresButNotTheirExplanationsAndThePeriodWhole() {
    MonthInput in =
        input(RuleSet.defaults(), List.of(A), List.of(last("KF001"), perfect("KF001")), List.of());
    MonthResult period = MonthAssessor.assess(in);
    History h = History.of(in, period);

    AgentScore before = h.score("KF001", PERIOD.minusMonths(1)).orElseThrow();
    AgentScore full = MonthAssessor.assess(in, PERIOD.minusMonths(1)).scores().get(0);
    assertThat(before.total()).isEqualByComparingTo(full.total());
    assertThat(before.band()).isEqualTo(full.band());
    assertThat(before.items()).hasSameSizeAs(full.items());
    for (int i = 0; i < full.items().size(); i++) {
      assertThat(before.items().get(i).item()).isEqualTo(full.items().get(i).item());
      assertThat(before.items().get(i).score()).isEqualByComparingTo(full.items().get(i).score());
      assertThat(before.items().get(i).explanation()).isEqualTo(MonthResult.NOT_KEPT);
    }
    assertThat(h.month(PERIOD).orElseThrow()).isSameAs(period);
    assertThat(h.score("KF001", PERIOD).orElseThrow().items())
        .allSatisfy(i -> assertThat(i.explanation()).isNotEqualTo(MonthResult.NOT_KEPT));
  }

  private static BigDecimal personalShare(MonthResult r, int i) {
    return r.scores().get(i).item(Item.PERSONAL_SHARE).orElseThrow().score();
  }

  @Test
  void aThirdRepeatOfANonFatalCodeInThePeriodZeroesServiceAttitude() {
    MonthInput in =
        input(
            RuleSet.defaults(),
            List.of(A, B),
            List.of(perfect("KF001"), perfect("KF002")),
            List.of(
                qa("KF001", PERIOD.atDay(1), QaCode.N4),
                qa("KF001", PERIOD.atDay(2), QaCode.N4),
                qa("KF001", PERIOD.atDay(3), QaCode.N4),
                qa("KF002", PERIOD.atDay(1), QaCode.N4),
                qa("KF002", PERIOD.atDay(2), QaCode.N4)));
    MonthResult r = MonthAssessor.assess(in);
    assertThat(r.scores().get(0).item(Item.SERVICE_ATTITUDE).orElseThrow().score())
        .isEqualByComparingTo("0");
    assertThat(r.scores().get(1).item(Item.SERVICE_ATTITUDE).orElseThrow().score())
        .isEqualByComparingTo("3");
  }

  @Test
  void competitionRankingGivesTiedTotalsTheSameRankAndSkipsTheNext() {
    assertThat(MonthAssessor.competitionRanks(List.of(n("90"), n("80"), n("80.00"), n("70"))))
        .containsExactly(1, 2, 2, 4);
    assertThat(MonthAssessor.competitionRanks(List.of(n("70"), n("80"), n("90"), n("80"))))
        .containsExactly(4, 2, 1, 2);
  }

  @Test
  void everyRankIsOneMoreThanTheNumberOfStrictlyBetterTotals() {
    Random random = new Random(8);
    for (int round = 0; round < 200; round++) {
      List<BigDecimal> totals = new ArrayList<>();
      int size = random.nextInt(60);
      for (int i = 0; i < size; i++) {
        // few distinct values, some equal at different scales (80 and 80.00), so ties are common
        BigDecimal v = BigDecimal.valueOf(random.nextInt(12) * 5L);
        totals.add(random.nextBoolean() ? v : v.setScale(2));
      }
      List<Integer> ranks = MonthAssessor.competitionRanks(totals);
      for (int i = 0; i < size; i++) {
        BigDecimal mine = totals.get(i);
        long better = totals.stream().filter(t -> t.compareTo(mine) > 0).count();
        assertThat(ranks.get(i)).as("%s in %s", mine, totals).isEqualTo(better + 1);
      }
    }
  }

  @Test
  void agentsAreRankedOnTheirTotals() {
    MonthResult r =
        assess(
            List.of(A, B, C, D),
            List.of(
                with(perfect("KF001"), Metric.DISPUTES, "1"),
                perfect("KF002"),
                with(perfect("KF003"), Metric.TEAMWORK_INCIDENTS, "1"),
                with(perfect("KF004"), Metric.DISPUTES, "1"),
                last("KF001"),
                last("KF002"),
                last("KF003"),
                last("KF004")));
    assertThat(r.scores()).extracting(AgentScore::rank).containsExactly(2, 1, 4, 2);
  }

  @Test
  void aPresalesAgentWithoutAPreviousMonthGetsAnInfoAlert() {
    MonthlyStats prevZero = with(last("KF002"), Metric.SALES, "0");
    MonthResult r =
        assess(
            List.of(A, B, D),
            List.of(perfect("KF001"), perfect("KF002"), perfect("KF004"), prevZero, last("KF004")));
    assertThat(r.alerts())
        .extracting(Alert::severity, Alert::type, Alert::subject)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(Severity.INFO, "no_previous_month", "KF001 张三"),
            org.assertj.core.groups.Tuple.tuple(Severity.INFO, "no_previous_month", "KF002 李四"));
    assertThat(r.alerts().get(0).message().args()).containsExactly("2024-05");
  }

  @Test
  void anAgentNotAssessedOnGrowthGetsNoPreviousMonthAlert() {
    MonthResult r = assess(List.of(C), List.of(perfect("KF003")));
    assertThat(r.alerts()).isEmpty();
  }

  @Test
  void theDefaultWeightsAreScaledWithoutAWarning() {
    MonthResult r =
        assess(List.of(A, C), List.of(perfect("KF001"), perfect("KF003"), last("KF001")));
    assertThat(r.alerts()).isEmpty();
  }

  @Test
  void changedWeightsThatDoNotAddUpTo100AreWarnedAboutPerRole() {
    Map<Item, BigDecimal> presales = new EnumMap<>(WeightTable.defaults().forRole(Role.PRESALES));
    presales.put(Item.SALES_COMPLETION, n("20"));
    WeightTable w =
        new WeightTable(
            Map.of(
                Role.PRESALES,
                presales,
                Role.AFTERSALES,
                WeightTable.defaults().forRole(Role.AFTERSALES)));
    RuleSet d = RuleSet.defaults();
    RuleSet rules = new RuleSet(w, d.bands(), d.commission(), d.params());
    MonthResult r =
        MonthAssessor.assess(
            input(
                rules,
                List.of(A, C),
                List.of(perfect("KF001"), perfect("KF003"), last("KF001")),
                List.of()));
    assertThat(r.alerts()).hasSize(1);
    Alert a = r.alerts().get(0);
    assertThat(a.severity()).isEqualTo(Severity.WARNING);
    assertThat(a.type()).isEqualTo("weights_not_100");
    assertThat(a.subject()).isEqualTo("presales");
    assertThat(a.message().args()).last().isEqualTo("95");
  }

  @Test
  void changedWeightsThatAddUpTo100AreNotWarnedAbout() {
    Map<Item, BigDecimal> presales = new EnumMap<>(WeightTable.defaults().forRole(Role.PRESALES));
    presales.put(Item.SALES_COMPLETION, n("25"));
    WeightTable w = new WeightTable(Map.of(Role.PRESALES, presales));
    RuleSet d = RuleSet.defaults();
    RuleSet rules = new RuleSet(w, d.bands(), d.commission(), d.params());
    MonthResult r =
        MonthAssessor.assess(
            input(rules, List.of(A), List.of(perfect("KF001"), last("KF001")), List.of()));
    assertThat(r.alerts()).isEmpty();
    assertThat(r.scores().get(0).total()).isEqualTo(n("100.00"));
  }

  @Test
  void defaultWeightsWrittenWithDecimalsCountAsTheDefaults() {
    Map<Item, BigDecimal> presales = new EnumMap<>(Item.class);
    WeightTable.defaults().forRole(Role.PRESALES).forEach((i, w) -> presales.put(i, w.setScale(1)));
    WeightTable w = new WeightTable(Map.of(Role.PRESALES, presales));
    RuleSet d = RuleSet.defaults();
    RuleSet rules = new RuleSet(w, d.bands(), d.commission(), d.params());
    MonthResult r =
        MonthAssessor.assess(
            input(rules, List.of(A), List.of(perfect("KF001"), last("KF001")), List.of()));
    assertThat(r.alerts()).isEmpty();
  }
}

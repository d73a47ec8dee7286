package com.jixiao.assess;

import static com.jixiao.assess.Fixtures.agent;
import static com.jixiao.assess.Fixtures.month;
import static com.jixiao.assess.Fixtures.n;
import static com.jixiao.assess.Fixtures.perfect;
import static com.jixiao.assess.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.model.Metric;
import com.jixiao.model.MonthlyStats;
import com.jixiao.model.Role;
import com.jixiao.rules.Group;
import com.jixiao.rules.Item;
import com.jixiao.rules.Param;
import com.jixiao.rules.RuleSet;
import com.jixiao.rules.WeightTable;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Roles, total and band: docs/rules.md#roles, #total and #bands. */
class MonthlyScorerTest {
  private final MonthlyScorer scorer = new MonthlyScorer(RuleSet.defaults());

  private static RuleSet withParam(Param p, Object value) {
    RuleSet d = RuleSet.defaults();
    return new RuleSet(d.weights(), d.bands(), d.commission(), d.params().with(Map.of(p, value)));
  }

  @Test
  void aPerfectPresalesAgentWithNoBonusTotalsExactly100() {
    AgentScore s = scorer.score(agent("KF001", "张三", Role.PRESALES), month(perfect("KF001")));
    assertThat(s.items()).hasSize(19);
    assertThat(s.total()).isEqualTo(n("100.00"));
    assertThat(s.groups())
        .containsEntry(Group.PERFORMANCE, n("65.00"))
        .containsEntry(Group.ABILITY, n("15.00"))
        .containsEntry(Group.ATTITUDE, n("25.00"));
    assertThat(s.band().coefficient()).isEqualByComparingTo("1.2");
    assertThat(s.rank()).isZero();
  }

  @Test
  void aPerfectLeadIsAssessedOnAll19ItemsAndTotals100() {
    AgentScore s = scorer.score(agent("KF009", "组长", Role.LEAD), month(perfect("KF009")));
    assertThat(s.items()).hasSize(19);
    assertThat(s.total()).isEqualTo(n("100.00"));
  }

  @Test
  void aPerfectAftersalesAgentIsNotAssessedOnTheSalesItemsAndTotals100() {
    AgentScore s = scorer.score(agent("KF002", "李四", Role.AFTERSALES), month(perfect("KF002")));
    assertThat(s.items())
        .extracting(ItemScore::item)
        .doesNotContain(
            Item.SALES_COMPLETION,
            Item.SALES_GROWTH,
            Item.CONVERSION,
            Item.FLAGSHIP,
            Item.PERSONAL_SHARE)
        .hasSize(14);
    assertThat(s.item(Item.SALES_COMPLETION)).isEmpty();
    assertThat(s.groups()).containsEntry(Group.PERFORMANCE, n("15.00"));
    assertThat(s.total()).isEqualTo(n("100.00"));
  }

  @Test
  void bonusesLiftTheTotalAbove100() {
    MonthlyStats best = with(perfect("KF001"), Metric.SALES, "125000", Metric.FLAGSHIP_RATIO, "1");
    MonthlyStats prev =
        with(perfect("KF001", Fixtures.PERIOD.minusMonths(1)), Metric.SALES, "100000");
    AgentMonth m = new AgentMonth(best, Optional.of(prev), QualitySummary.NONE, n("1000"));
    AgentScore s = scorer.score(agent("KF001", "张三", Role.PRESALES), m);
    // 105 + 2 (completion) + 4 (growth, capped) + 1 (flagship) = 112; 112 × 100 / 105
    assertThat(s.total()).isEqualTo(n("106.67"));
  }

  @Test
  void scaleToNoneKeepsTheRawSum() {
    RuleSet rules = withParam(Param.SCORE_SCALE_TO, Optional.empty());
    AgentScore s =
        new MonthlyScorer(rules)
            .score(agent("KF001", "张三", Role.PRESALES), month(perfect("KF001")));
    assertThat(s.total()).isEqualTo(n("105.00"));
  }

  @Test
  void theTotalIsScaledToScoreScaleTo() {
    RuleSet rules = withParam(Param.SCORE_SCALE_TO, Optional.of(n("10")));
    MonthlyStats s = with(perfect("KF002"), Metric.DISPUTES, "1");
    AgentScore a = new MonthlyScorer(rules).score(agent("KF002", "李四", Role.AFTERSALES), month(s));
    // aftersales: 55 assessed, 50 scored; 50 × 10 / 55 = 9.0909…
    assertThat(a.total()).isEqualTo(n("9.09"));
  }

  @Test
  void theTotalIsTheSumOfRoundedItemScoresScaledOverTheAssessedWeights() {
    MonthlyStats s =
        with(perfect("KF001"), Metric.PRODUCT_KNOWLEDGE, "2", Metric.ADAPTABILITY, "2");
    AgentScore a = scorer.score(agent("KF001", "张三", Role.PRESALES), month(s));
    // 105 − 5 + 3.33 − 2 + 1.33 = 102.66; × 100 / 105 = 97.771…
    assertThat(a.groups()).containsEntry(Group.ABILITY, n("12.66"));
    assertThat(a.total()).isEqualTo(n("97.77"));
    assertThat(a.band().coefficient()).isEqualByComparingTo("0.9");
  }

  @Test
  void aRulesSheetWeightTableDecidesWhichItemsAreAssessed() {
    Map<Item, BigDecimal> row = new EnumMap<>(Item.class);
    row.put(Item.SALES_COMPLETION, n("60"));
    row.put(Item.ATTENDANCE, n("40"));
    WeightTable weights = new WeightTable(Map.of(Role.PRESALES, row));
    RuleSet d = RuleSet.defaults();
    RuleSet rules = new RuleSet(weights, d.bands(), d.commission(), d.params());
    MonthlyStats s = with(perfect("KF001"), Metric.SALES, "95000", Metric.LATE_COUNT, "1");
    AgentScore a = new MonthlyScorer(rules).score(agent("KF001", "张三", Role.PRESALES), month(s));
    assertThat(a.items())
        .extracting(ItemScore::item)
        .containsExactly(Item.SALES_COMPLETION, Item.ATTENDANCE);
    // 60 × 29/30 = 58; 40 × 3/4 = 30; 88 of 100
    assertThat(a.total()).isEqualTo(n("88.00"));
    assertThat(a.groups()).containsEntry(Group.ABILITY, n("0.00"));
  }

  @ParameterizedTest(name = "a total of {0} has coefficient {1}")
  @CsvSource({
    "120, 1.2",
    "100, 1.2",
    "99.99, 0.9",
    "90, 0.9",
    "89.99, 0.8",
    "80, 0.8",
    "79.99, 0.7",
    "60, 0.7",
    "59.99, 0.6",
    "50, 0.6",
    "49.99, 0.4",
    "0, 0.4",
  })
  void bandBoundariesAreInclusiveAtTheirMinimum(String total, String coefficient) {
    assertThat(RuleSet.defaults().bandOf(n(total)).coefficient()).isEqualByComparingTo(coefficient);
  }

  @Test
  void theAgentsBandIsTheBandOfTheTotal() {
    MonthlyStats s = with(perfect("KF001"), Metric.DISPUTES, "1", Metric.TEAMWORK_INCIDENTS, "1");
    AgentScore a = scorer.score(agent("KF001", "张三", Role.PRESALES), month(s));
    // 97 × 100 / 105 = 92.38
    assertThat(a.total()).isEqualTo(n("92.38"));
    assertThat(a.band()).isEqualTo(RuleSet.defaults().bandOf(n("92.38")));
    assertThat(a.band().levelChange()).isEqualTo(1);
  }
}

package com.jixiao.assess;

import static com.jixiao.assess.Fixtures.month;
import static com.jixiao.assess.Fixtures.n;
import static com.jixiao.assess.Fixtures.perfect;
import static com.jixiao.assess.Fixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.model.Metric;
import com.jixiao.model.MonthlyStats;
import com.jixiao.rules.Item;
import com.jixiao.rules.Param;
import com.jixiao.rules.Parameters;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The items of docs/rules.md#items, item by item, at its boundaries. Scores on the seed weight W0
 * unless stated.
 */
class ItemRulesTest {
  private final ItemRules rules = new ItemRules(Parameters.defaults());

  private BigDecimal score(Item item, MonthlyStats s) {
    return score(item, item.seedWeight(), month(s));
  }

  private BigDecimal score(Item item, BigDecimal weight, AgentMonth m) {
    return rules.score(item, weight, m).score();
  }

  private static MonthlyStats stats(Object... metricAndValue) {
    return with(perfect("KF001"), metricAndValue);
  }

  @DisplayName("1 sales_completion: r > 110% → 32, 100%–110% → 30, below → 30 − ⌊(1−r)/5%⌋")
  @ParameterizedTest(name = "sales {0} of target {1} scores {2}")
  @CsvSource({
    "110000, 100000, 30.00",
    "110001, 100000, 32.00",
    "100000, 100000, 30.00",
    "99990, 100000, 30.00",
    "95010, 100000, 30.00",
    "95000, 100000, 29.00",
    "94990, 100000, 29.00",
    "90000, 100000, 28.00",
    "89990, 100000, 28.00",
    "50000, 100000, 20.00",
    "0, 100000, 10.00",
    "117283.941, 123456.78, 29.00",
  })
  void salesCompletion(String sales, String target, String expected) {
    MonthlyStats s = stats(Metric.SALES, sales, Metric.SALES_TARGET, target);
    assertThat(score(Item.SALES_COMPLETION, s)).isEqualByComparingTo(expected);
  }

  @Test
  void exactly95PercentCompletionIsOneFullStep() {
    MonthlyStats s = stats(Metric.SALES, "95", Metric.SALES_TARGET, "100");
    assertThat(score(Item.SALES_COMPLETION, s)).isEqualByComparingTo("29");
  }

  @DisplayName("2 sales_growth: +1 per full 5% (at most +4), 8 down to −20%, 7 below, 6 below −40%")
  @ParameterizedTest(name = "previous {0}, now {1}: {2}")
  @CsvSource({
    "100000, 100000, 8.00",
    "100000, 104990, 8.00",
    "100000, 105000, 9.00",
    "100000, 120000, 12.00",
    "100000, 125000, 12.00",
    "100000, 300000, 12.00",
    "100000, 80000, 8.00",
    "100000, 79990, 7.00",
    "100000, 60000, 7.00",
    "100000, 59990, 6.00",
    "100000, 0, 6.00",
  })
  void salesGrowth(String previous, String sales, String expected) {
    MonthlyStats s = stats(Metric.SALES, sales);
    MonthlyStats prev = with(perfect("KF001", s.month().minusMonths(1)), Metric.SALES, previous);
    AgentMonth m = new AgentMonth(s, Optional.of(prev), QualitySummary.NONE, n("1000"));
    assertThat(score(Item.SALES_GROWTH, n("8"), m)).isEqualByComparingTo(expected);
  }

  @Test
  void growthWithoutAPreviousMonthScores8AndSaysSo() {
    AgentMonth m = new AgentMonth(stats(), Optional.empty(), QualitySummary.NONE, n("1000"));
    ItemScore s = rules.score(Item.SALES_GROWTH, n("8"), m);
    assertThat(s.score()).isEqualByComparingTo("8");
    assertThat(s.explanation().key()).isEqualTo("explain.sales_growth.no_previous");
  }

  @Test
  void growthWhenPreviousSalesWereZeroScores8AndSaysSo() {
    MonthlyStats prev = with(perfect("KF001", Fixtures.PERIOD.minusMonths(1)), Metric.SALES, "0");
    AgentMonth m = new AgentMonth(stats(), Optional.of(prev), QualitySummary.NONE, n("1000"));
    ItemScore s = rules.score(Item.SALES_GROWTH, n("8"), m);
    assertThat(s.score()).isEqualByComparingTo("8");
    assertThat(s.explanation().key()).isEqualTo("explain.sales_growth.no_previous");
  }

  @Test
  void theGrowthBonusCapIsAParameter() {
    Parameters p =
        Parameters.defaults().with(Map.of(Param.SALES_GROWTH_MAX_BONUS, (Object) n("10")));
    MonthlyStats s = stats(Metric.SALES, "125000");
    MonthlyStats prev = with(perfect("KF001", s.month().minusMonths(1)), Metric.SALES, "100000");
    AgentMonth m = new AgentMonth(s, Optional.of(prev), QualitySummary.NONE, n("1000"));
    assertThat(new ItemRules(p).score(Item.SALES_GROWTH, n("8"), m).score())
        .isEqualByComparingTo("13");
  }

  @DisplayName("3 conversion: ≥1.5% → 5, ≥1% → 3, ≥0.5% → 2, else 0; 0 visitors is 0%")
  @ParameterizedTest(name = "{0} deals of {1} visitors: {2}")
  @CsvSource({
    "15, 1000, 5",
    "14999, 1000000, 3",
    "10, 1000, 3",
    "9999, 1000000, 2",
    "5, 1000, 2",
    "4999, 1000000, 0",
    "0, 1000, 0",
    "5, 0, 0",
  })
  void conversion(String deals, String visitors, String expected) {
    MonthlyStats s = stats(Metric.DEALS, deals, Metric.VISITORS, visitors);
    assertThat(score(Item.CONVERSION, s)).isEqualByComparingTo(expected);
  }

  @DisplayName("4 flagship: ≥100% → 6, 80%–100% → 5, below 80% → 4")
  @ParameterizedTest(name = "flagship ratio {0}: {1}")
  @CsvSource({"1, 6", "0.9999, 5", "0.8, 5", "0.7999, 4", "0, 4"})
  void flagship(String ratio, String expected) {
    assertThat(score(Item.FLAGSHIP, stats(Metric.FLAGSHIP_RATIO, ratio)))
        .isEqualByComparingTo(expected);
  }

  @DisplayName("5 refund_rate: ≥1% → 0, else 5; no orders is 0%")
  @ParameterizedTest(name = "{0} refunds of {1} orders: {2}")
  @CsvSource({"1, 100, 0", "99, 10000, 5", "0, 100, 5", "0, 0, 5", "5, 100, 0"})
  void refundRate(String refunds, String orders, String expected) {
    MonthlyStats s = stats(Metric.REFUND_ORDERS, refunds, Metric.ORDERS, orders);
    assertThat(score(Item.REFUND_RATE, s)).isEqualByComparingTo(expected);
  }

  @DisplayName("6 inquiries of the standard 450: ≥80% → 5, ≥60% → 3, ≥30% → 2, else 0")
  @ParameterizedTest(name = "{0} inquiries: {1}")
  @CsvSource({
    "450, 5", "360, 5", "359, 3", "270, 3", "269, 2", "135, 2", "134, 0", "0, 0", "900, 5"
  })
  void inquiries(String inquiries, String expected) {
    assertThat(score(Item.INQUIRIES, stats(Metric.INQUIRIES, inquiries)))
        .isEqualByComparingTo(expected);
  }

  @Test
  void theInquiriesStandardIsAParameter() {
    Parameters p = Parameters.defaults().with(Map.of(Param.INQUIRIES_STANDARD, (Object) n("100")));
    AgentMonth m = month(stats(Metric.INQUIRIES, "80"));
    assertThat(new ItemRules(p).score(Item.INQUIRIES, n("5"), m).score()).isEqualByComparingTo("5");
  }

  @DisplayName("7 disputes: one dispute caused by attitude costs the item")
  @ParameterizedTest(name = "{0} disputes: {1}")
  @CsvSource({"0, 5", "1, 0", "2, 0"})
  void disputes(String disputes, String expected) {
    assertThat(score(Item.DISPUTES, stats(Metric.DISPUTES, disputes)))
        .isEqualByComparingTo(expected);
  }

  @DisplayName("8 personal_share of store orders: ≥10% → 2, else 0")
  @ParameterizedTest(name = "{0} of {1} store orders: {2}")
  @CsvSource({"100, 1000, 2", "999, 10000, 0", "50, 1000, 0", "10, 1000, 0", "10, 0, 0"})
  void personalShare(String orders, String storeOrders, String expected) {
    MonthlyStats s = stats(Metric.ORDERS, orders);
    AgentMonth m = new AgentMonth(s, Optional.empty(), QualitySummary.NONE, n(storeOrders));
    assertThat(score(Item.PERSONAL_SHARE, n("2"), m)).isEqualByComparingTo(expected);
  }

  @DisplayName("9–12, 15 levels: W0 × level / max, rounded half up")
  @ParameterizedTest(name = "{0} level {1}: {2}")
  @CsvSource({
    "product_knowledge, 1, 1.67",
    "product_knowledge, 2, 3.33",
    "product_knowledge, 3, 5.00",
    "guidance, 1, 0.75",
    "guidance, 2, 1.50",
    "guidance, 3, 2.25",
    "guidance, 4, 3.00",
    "communication, 1, 1.67",
    "communication, 2, 3.33",
    "communication, 3, 5.00",
    "adaptability, 1, 0.67",
    "adaptability, 2, 1.33",
    "adaptability, 3, 2.00",
    "responsibility, 1, 0.75",
    "responsibility, 2, 1.50",
    "responsibility, 3, 2.25",
    "responsibility, 4, 3.00",
  })
  void levels(String key, String level, String expected) {
    Item item = Item.parse(key).orElseThrow();
    Metric metric = Metric.valueOf(key.toUpperCase(Locale.ROOT));
    BigDecimal s = score(item, stats(metric, level));
    assertThat(s).isEqualByComparingTo(expected);
    assertThat(s.scale()).isEqualTo(2);
  }

  @Test
  void anUnratedLevelScoresZero() {
    ItemScore s = rules.score(Item.GUIDANCE, n("3"), month(stats(Metric.GUIDANCE, null)));
    assertThat(s.score()).isEqualByComparingTo("0");
    assertThat(s.explanation().key()).isEqualTo("explain.not_rated");
  }

  @DisplayName("13 attendance: more than 3 late → 0, else 4 − late − absent days")
  @ParameterizedTest(name = "{0} late, {1} absent: {2}")
  @CsvSource({
    "0, 0, 4",
    "1, 0, 3",
    "3, 0, 1",
    "4, 0, 0",
    "0, 2, 2",
    "1, 0.5, 2.5",
    "3, 2, 0",
    "0, 5, 0"
  })
  void attendance(String late, String absent, String expected) {
    MonthlyStats s = stats(Metric.LATE_COUNT, late, Metric.ABSENT_DAYS, absent);
    assertThat(score(Item.ATTENDANCE, s)).isEqualByComparingTo(expected);
  }

  @DisplayName("14 etiquette: 2 − 2 per violation")
  @ParameterizedTest(name = "{0} violations: {1}")
  @CsvSource({"0, 2", "1, 0", "3, 0"})
  void etiquette(String violations, String expected) {
    assertThat(score(Item.ETIQUETTE, stats(Metric.ETIQUETTE_VIOLATIONS, violations)))
        .isEqualByComparingTo(expected);
  }

  @DisplayName("16 service_attitude: any fatal finding → 0, else 5 − 2 × complaints − non-fatal")
  @ParameterizedTest(name = "{0} complaints, {1} fatal, {2} non-fatal: {3}")
  @CsvSource({
    "0, 0, 0, 5",
    "1, 0, 0, 3",
    "2, 0, 0, 1",
    "3, 0, 0, 0",
    "0, 0, 2, 3",
    "1, 0, 1, 2",
    "0, 1, 0, 0",
    "0, 1, 2, 0",
  })
  void serviceAttitude(String complaints, int fatal, int nonFatal, String expected) {
    MonthlyStats s = stats(Metric.COMPLAINTS, complaints);
    QualitySummary q = new QualitySummary(10, fatal, nonFatal, 0);
    AgentMonth m = new AgentMonth(s, Optional.empty(), q, n("1000"));
    assertThat(score(Item.SERVICE_ATTITUDE, n("5"), m)).isEqualByComparingTo(expected);
  }

  @DisplayName("17 reports: on time + up to standard, at most 4")
  @ParameterizedTest(name = "{0} on time, {1} up to standard: {2}")
  @CsvSource({"2, 2, 4", "2, 1, 3", "3, 3, 4", "1, 0, 1", "0, 0, 0"})
  void reports(String onTime, String ok, String expected) {
    MonthlyStats s = stats(Metric.REPORTS_ON_TIME, onTime, Metric.REPORTS_QUALITY_OK, ok);
    assertThat(score(Item.REPORTS, s)).isEqualByComparingTo(expected);
  }

  @DisplayName("18 team_rules: 4 − 1 per violation")
  @ParameterizedTest(name = "{0} violations: {1}")
  @CsvSource({"0, 4", "1, 3", "4, 0", "5, 0"})
  void teamRules(String violations, String expected) {
    assertThat(score(Item.TEAM_RULES, stats(Metric.RULE_VIOLATIONS, violations)))
        .isEqualByComparingTo(expected);
  }

  @DisplayName("19 teamwork: 3 − 3 per incident")
  @ParameterizedTest(name = "{0} incidents: {1}")
  @CsvSource({"0, 3", "1, 0", "2, 0"})
  void teamwork(String incidents, String expected) {
    assertThat(score(Item.TEAMWORK, stats(Metric.TEAMWORK_INCIDENTS, incidents)))
        .isEqualByComparingTo(expected);
  }

  @DisplayName("another weight w scores w × (score on W0) / W0")
  @ParameterizedTest(name = "{0} with weight {1} and {2}={3}: {4}")
  @CsvSource({
    "sales_completion, 15, sales, 100000, 15.00",
    "sales_completion, 15, sales, 111000, 16.00",
    "sales_completion, 15, sales, 95000, 14.50",
    "guidance, 5, guidance, 3, 3.75",
    "guidance, 0.5, guidance, 1, 0.13",
    "disputes, 10, disputes, 1, 0.00",
    "attendance, 8, late_count, 1, 6.00",
    "team_rules, 0, rule_violations, 0, 0.00",
  })
  void weightScaling(String key, String weight, String metric, String value, String expected) {
    Item item = Item.parse(key).orElseThrow();
    Metric m = Metric.valueOf(metric.toUpperCase(Locale.ROOT));
    BigDecimal s = score(item, n(weight), month(stats(m, value)));
    assertThat(s).isEqualByComparingTo(expected);
  }

  @Test
  void aScaledScoreSaysByWhichWeight() {
    ItemScore s = rules.score(Item.SALES_COMPLETION, n("15"), month(stats()));
    assertThat(s.explanation().key()).isEqualTo("explain.scaled");
    assertThat(s.explanation().args()).endsWith("15", "30");
  }

  @Test
  void scoresAreNeverNegative() {
    MonthlyStats worst =
        stats(
            Metric.SALES, "0",
            Metric.DEALS, "0",
            Metric.FLAGSHIP_RATIO, "0",
            Metric.REFUND_ORDERS, "200",
            Metric.INQUIRIES, "0",
            Metric.DISPUTES, "9",
            Metric.ORDERS, "0",
            Metric.LATE_COUNT, "2",
            Metric.ABSENT_DAYS, "9",
            Metric.ETIQUETTE_VIOLATIONS, "9",
            Metric.COMPLAINTS, "9",
            Metric.REPORTS_ON_TIME, "0",
            Metric.REPORTS_QUALITY_OK, "0",
            Metric.RULE_VIOLATIONS, "9",
            Metric.TEAMWORK_INCIDENTS, "9");
    AgentMonth m = new AgentMonth(worst, Optional.empty(), new QualitySummary(5, 0, 9, 0), n("0"));
    for (Item item : Item.values()) {
      assertThat(score(item, item.seedWeight(), m)).as(item.key()).isNotNegative();
    }
  }

  @Test
  void everyItemOfAPerfectMonthScoresItsSeedWeight() {
    for (Item item : Item.values()) {
      assertThat(score(item, perfect("KF001")))
          .as(item.key())
          .isEqualByComparingTo(item.seedWeight());
    }
  }
}

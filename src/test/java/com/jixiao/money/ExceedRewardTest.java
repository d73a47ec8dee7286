package com.jixiao.money;

import static com.jixiao.money.MoneyFixtures.PERIOD;
import static com.jixiao.money.MoneyFixtures.agent;
import static com.jixiao.money.MoneyFixtures.month;
import static com.jixiao.money.MoneyFixtures.n;
import static com.jixiao.money.MoneyFixtures.settings;
import static com.jixiao.money.MoneyFixtures.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.assess.MonthAssessor;
import com.jixiao.assess.MonthInput;
import com.jixiao.i18n.Messages;
import com.jixiao.model.Agent;
import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.model.MonthlyStats;
import com.jixiao.model.Role;
import com.jixiao.rules.ExceedRule;
import com.jixiao.rules.Param;
import com.jixiao.rules.ParamParser;
import com.jixiao.rules.Parameters;
import com.jixiao.rules.RuleSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The extra reward for exceeding an item (Parameters exceed.&lt;item&gt;.*): paid from the
 * threshold on (inclusive), amount + share × performance pay, at most the cap, only for an item the
 * role is assessed on. The agent is on level 3 (performance wage 2,000); the months below all score
 * at least 100, so performance pay is 2,000 × 1.2 = 2,400.
 */
class ExceedRewardTest {
  private static final Agent PRESALES = agent("KF001", Role.PRESALES, 3);
  private static final Agent AFTERSALES = agent("KF002", Role.AFTERSALES, 3);

  /** Parameters from their texts, as the Parameters sheet and whatif --set give them. */
  private static Parameters params(String... keyAndText) {
    Map<Param, Object> overrides = new EnumMap<>(Param.class);
    for (int i = 0; i < keyAndText.length; i += 2) {
      Param p = ParamParser.find(keyAndText[i]).orElseThrow();
      overrides.put(p, ParamParser.parse(p, keyAndText[i + 1]).orElseThrow());
    }
    return Parameters.defaults().with(overrides);
  }

  private static PayrollLine line(Parameters params, Agent agent, MonthlyStats... rows) {
    RuleSet d = RuleSet.defaults();
    MonthInput input =
        MoneyFixtures.input(
            settings(Optional.empty(), Optional.empty(), Optional.empty()),
            new RuleSet(d.weights(), d.bands(), d.commission(), params),
            List.of(agent),
            List.of(rows),
            List.of());
    return Payroll.of(
            input,
            MonthAssessor.assess(input).scores(),
            RewardsAndPenalties.NONE,
            PointsPool.of(input.settings(), List.of()))
        .lines()
        .get(0);
  }

  private static MonthlyStats sales(String amount) {
    return with(month("KF001", PERIOD, 0), Metric.SALES, amount);
  }

  @ParameterizedTest(name = "sales {0} of 100,000: reward {1}")
  @CsvSource({
    "120000, 200.00", // exactly 120%: reached
    "119999.99, 0.00", // just below
    "150000, 200.00"
  })
  @DisplayName("sales completion ≥ 120% earns 200: exactly 120% is reached, 119,999.99 is not")
  void fixedAmountFromTheThresholdOn(String sales, String reward) {
    Parameters p =
        params(
            "exceed.sales_completion.threshold", "120%", "exceed.sales_completion.amount", "200");
    PayrollLine l = line(p, PRESALES, sales(sales));
    assertThat(l.performancePay()).isEqualByComparingTo("2400.00");
    assertThat(l.exceedReward()).isEqualTo(new BigDecimal(reward));
  }

  @ParameterizedTest(name = "cap {0}: reward {1}")
  @CsvSource({
    "none, 440.00", // 200 + 10% × 2,400
    "500, 440.00",
    "440, 440.00", // the cap exactly: paid in full, not capped
    "300, 300.00", // cap reached
    "0, 0.00"
  })
  @DisplayName("amount and share add up (200 + 10% × 2,400 = 440), at most the cap")
  void amountPlusShareAtMostTheCap(String cap, String reward) {
    Parameters p =
        params(
            "exceed.sales_completion.threshold", "120%",
            "exceed.sales_completion.amount", "200",
            "exceed.sales_completion.share", "10%",
            "exceed.sales_completion.cap", cap);
    PayrollLine l = line(p, PRESALES, sales("120000"));
    assertThat(l.exceedReward()).isEqualTo(new BigDecimal(reward));
    ExceedReward e = l.exceed().get(0);
    assertThat(e.uncapped()).isEqualByComparingTo("440.00");
    assertThat(e.capped()).isEqualTo(new BigDecimal(reward).compareTo(n("440")) < 0);
  }

  @Test
  @DisplayName("gross pay includes the reward: 5,000 + 2,400 + commission 2,100 + 240")
  void grossPayIncludesTheReward() {
    Parameters p =
        params("exceed.sales_completion.threshold", "120%", "exceed.sales_completion.share", "10%");
    PayrollLine l = line(p, PRESALES, sales("120000"));
    // commission on 120,000: 50,000 × 1% + 50,000 × 2% + 20,000 × 3% = 500 + 1,000 + 600
    assertThat(l.commission()).isEqualByComparingTo("2100.00");
    assertThat(l.exceedReward()).isEqualByComparingTo("240.00");
    assertThat(l.grossPay()).isEqualByComparingTo("9740.00");
    assertThat(new Messages(Language.ZH).format(l.exceed().get(0).why()))
        .isEqualTo("销售额完成率 120.0% ≥ 120%：10% × 2400.00 = 240.00");
    assertThat(new Messages(Language.EN).format(l.exceed().get(0).why()))
        .isEqualTo("Sales completion 120.0% ≥ 120%: 10% × 2400.00 = 240.00");
  }

  @ParameterizedTest(name = "{0} deals of 1,000 visitors: reward {1}")
  @CsvSource({"30, 100.00", "29, 0.00", "31, 100.00"})
  @DisplayName("conversion ≥ 3% (deals / visitors): 30 of 1,000 is exactly 3%")
  void conversionThreshold(String deals, String reward) {
    Parameters p = params("exceed.conversion.threshold", "3%", "exceed.conversion.amount", "100");
    PayrollLine l = line(p, PRESALES, with(month("KF001", PERIOD, 0), Metric.DEALS, deals));
    assertThat(l.exceedReward()).isEqualTo(new BigDecimal(reward));
  }

  @Test
  @DisplayName("an aftersales agent is not assessed on sales completion: no reward at 150%")
  void notForAnItemTheRoleIsNotAssessedOn() {
    Parameters p =
        params(
            "exceed.sales_completion.threshold", "120%", "exceed.sales_completion.amount", "200");
    PayrollLine l = line(p, AFTERSALES, with(month("KF002", PERIOD, 0), Metric.SALES, "150000"));
    assertThat(l.exceed()).isEmpty();
    assertThat(l.exceedReward()).isEqualByComparingTo("0");
  }

  @Test
  @DisplayName("sales growth ≥ 30%: +30% over last month is reached; without a last month, nothing")
  void salesGrowthNeedsLastMonth() {
    Parameters p =
        params("exceed.sales_growth.threshold", "30%", "exceed.sales_growth.amount", "150");
    MonthlyStats previous = month("KF001", PERIOD.minusMonths(1), 0); // sales 100,000
    assertThat(line(p, PRESALES, sales("130000"), previous).exceedReward())
        .isEqualByComparingTo("150.00");
    assertThat(line(p, PRESALES, sales("129999.99"), previous).exceedReward())
        .isEqualByComparingTo("0");
    assertThat(line(p, PRESALES, sales("200000")).exceed()).isEmpty();
  }

  @Test
  @DisplayName("two items exceeded: one reward each, in the items' order")
  void oneRewardPerItem() {
    Parameters p =
        params(
            "exceed.sales_completion.threshold", "120%",
            "exceed.sales_completion.amount", "200",
            "exceed.inquiries.threshold", "100%",
            "exceed.inquiries.amount", "50");
    // 450 inquiries of the standard 450: exactly 100%
    PayrollLine l = line(p, PRESALES, sales("120000"));
    assertThat(l.exceed())
        .extracting(e -> e.rule().item().key())
        .containsExactly("sales_completion", "inquiries");
    assertThat(l.exceedReward()).isEqualByComparingTo("250.00");
  }

  @Test
  @DisplayName("off by default; a threshold without an amount or a share is off too")
  void offByDefault() {
    assertThat(ExceedRule.of(Parameters.defaults())).isEmpty();
    assertThat(ExceedRule.of(params("exceed.conversion.threshold", "3%"))).isEmpty();
    assertThat(line(Parameters.defaults(), PRESALES, sales("200000")).exceed()).isEmpty();
    List<String> keys = new ArrayList<>();
    for (Param param : Param.values()) {
      if (param.key().startsWith("exceed.")) {
        keys.add(param.key());
      }
    }
    assertThat(keys).hasSize(20).contains("exceed.flagship.cap", "exceed.inquiries.share");
  }

  @ParameterizedTest(name = "\"{0}\" → {1}")
  @CsvSource({"120%, 1.2", "0.03, 0.03", "3%, 0.03", "none, ", "'', ", "无, "})
  @DisplayName("a threshold is a rate (120% or 0.03), or none for off")
  void thresholdTexts(String text, String value) {
    Optional<?> parsed =
        (Optional<?>) ParamParser.parse(Param.EXCEED_CONVERSION_THRESHOLD, text).orElseThrow();
    if (value == null) {
      assertThat(parsed).isEmpty();
    } else {
      assertThat((BigDecimal) parsed.orElseThrow()).isEqualByComparingTo(value);
    }
  }

  @ParameterizedTest(name = "\"{0}\" is not a threshold")
  @CsvSource({"1.2", "-5%", "abc"})
  @DisplayName("a plain number above 1 looks like a percent without its sign, and is refused")
  void badThresholds(String text) {
    assertThat(ParamParser.parse(Param.EXCEED_CONVERSION_THRESHOLD, text)).isEmpty();
  }
}

package com.jixiao.workbook.input;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.i18n.Messages;
import com.jixiao.model.Band;
import com.jixiao.model.CommissionTier;
import com.jixiao.model.Language;
import com.jixiao.model.Role;
import com.jixiao.report.whatif.Scenario;
import com.jixiao.rules.ExceedRule;
import com.jixiao.rules.Item;
import com.jixiao.rules.Param;
import com.jixiao.rules.RuleSet;
import com.jixiao.workbook.InputError;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code whatif --set}: the names and the checks of the rule sheets, applied in order. */
class RuleAssignmentsTest {
  private static final Scenario DEFAULTS =
      new Scenario(RuleSet.defaults(), new BigDecimal("0.005"));

  private static Scenario ok(String... assignments) {
    RuleAssignments.Result r = RuleAssignments.apply(DEFAULTS, List.of(assignments), Language.ZH);
    assertThat(r.errors()).isEmpty();
    return r.scenario();
  }

  private static List<String> problems(String... assignments) {
    RuleAssignments.Result r = RuleAssignments.apply(DEFAULTS, List.of(assignments), Language.ZH);
    Messages m = new Messages(Language.ZH);
    return r.errors().stream()
        .map((InputError e) -> e.where() + "：" + m.format(e.what()) + "。" + m.format(e.hint()))
        .toList();
  }

  private static Optional<BigDecimal> weight(Scenario s, Role role, Item item) {
    return s.rules().weights().weight(role, item);
  }

  @Test
  @DisplayName("weight.ITEM sets every role assessed on it now; aftersales are not, so stay not")
  void weightForEveryAssessedRole() {
    Scenario s = ok("weight.conversion=10");
    assertThat(weight(s, Role.PRESALES, Item.CONVERSION)).contains(BigDecimal.TEN);
    assertThat(weight(s, Role.LEAD, Item.CONVERSION)).contains(BigDecimal.TEN);
    assertThat(weight(s, Role.AFTERSALES, Item.CONVERSION)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "weight.conversion.presales=10, PRESALES, 10",
    "weight.转化率.售前=10, PRESALES, 10",
    "weight.3.presales=7.5, PRESALES, 7.5",
    "weight.Conversion.aftersales=5, AFTERSALES, 5",
    "weight.conversion.lead=0, LEAD, "
  })
  @DisplayName(
      "weight.ITEM.ROLE: the item and the role as the Rules sheet names them; 0 = not"
          + " assessed")
  void weightForOneRole(String assignment, Role role, String expected) {
    Scenario s = ok(assignment);
    if (expected == null) {
      assertThat(weight(s, role, Item.CONVERSION)).isEmpty();
    } else {
      assertThat(weight(s, role, Item.CONVERSION).orElseThrow()).isEqualByComparingTo(expected);
    }
  }

  @Test
  @DisplayName("bands by their current minimum (or lowest): min_score, coefficient, action")
  void bands() {
    Scenario s =
        ok(
            "band.90.min_score=92",
            "band.92.coefficient=1.0",
            "band.lowest.coefficient=0.5",
            "band.50.建议=降级观察",
            "band.50.level_change=-2");
    List<Band> bands = s.rules().bands();
    assertThat(bands.get(1).minScore()).isEqualByComparingTo("92");
    assertThat(bands.get(1).coefficient()).isEqualByComparingTo("1.0");
    assertThat(bands.get(5).coefficient()).isEqualByComparingTo("0.5");
    assertThat(bands.get(4).action()).isEqualTo("降级观察");
    assertThat(bands.get(4).levelChange()).isEqualTo(-2);
  }

  @Test
  @DisplayName("commission tiers by their start: a rate (a new start adds a tier), a moved start")
  void commission() {
    Scenario s =
        ok(
            "commission.50000.rate=2.5%",
            "commission.200000.rate=0.05", "commission.150000.from=160000");
    assertThat(s.rules().commission())
        .extracting(CommissionTier::from)
        .usingElementComparator(BigDecimal::compareTo)
        .containsExactly(
            BigDecimal.ZERO,
            new BigDecimal("50000"),
            new BigDecimal("100000"),
            new BigDecimal("160000"),
            new BigDecimal("200000"));
    assertThat(s.rules().commission().get(1).rate()).isEqualByComparingTo("0.025");
  }

  @Test
  @DisplayName("parameters as the Parameters sheet reads them, the pool rate as Settings does")
  void parametersAndPoolRate() {
    Scenario s =
        ok(
            "tiers.share=25%",
            "rewards.sales_top=500,300,100",
            "exceed.conversion.threshold=3%",
            "exceed.conversion.amount=100",
            "points_pool_rate=0.6%");
    assertThat(s.rules().params().number(Param.TIERS_SHARE)).isEqualByComparingTo("0.25");
    assertThat(s.rules().params().moneyList(Param.REWARDS_SALES_TOP)).hasSize(3);
    assertThat(ExceedRule.of(s.rules().params())).hasSize(1);
    assertThat(s.pointsPoolRate()).isEqualByComparingTo("0.006");
  }

  @Test
  @DisplayName("later assignments win; the scenario starts from the workbook's rules")
  void inOrder() {
    Scenario s = ok("tiers.share=25%", "tiers.share=30%");
    assertThat(s.rules().params().number(Param.TIERS_SHARE)).isEqualByComparingTo("0.3");
    Scenario none = RuleAssignments.apply(DEFAULTS, List.of(), Language.ZH).scenario();
    assertThat(com.jixiao.report.whatif.RuleChanges.between(DEFAULTS, none)).isEmpty();
  }

  @Test
  @DisplayName("every problem at once, each with the assignment, what is wrong and the fix")
  void problemsAreCollected() {
    assertThat(
            problems(
                "tiers.share=120",
                "weight.conversion=-1",
                "weight.conversion.boss=1",
                "band.91.coefficient=1",
                "band.90.colour=red",
                "commission.1234.from=5",
                "commission.0.rate=abc",
                "store=x",
                "weight.conversion",
                "band.90.min_score=80"))
        .containsExactly(
            "--set tiers.share=120：参数 tiers.share 的值“120”无效。请填写比例，如 20% 或 0.2（默认 20%）。",
            "--set weight.conversion=-1：不能为负数：-1。请填写 0 或正数。",
            "--set weight.conversion.boss=1：未知的岗位“boss”。可用的岗位：presales (售前), aftersales (售后), lead (组长)。",
            "--set band.91.coefficient=1：没有最低分为“91”的考核档位。现有档位的最低分：100, 90, 80, 60, 50, lowest（lowest 表示最低档）。",
            "--set band.90.colour=red：未知的字段“colour”。可用的字段：min_score (最低分), coefficient (绩效系数), level_change (级别调整), action (建议)。",
            "--set commission.1234.from=5：没有从“1234”起的提成阶梯。现有阶梯的起点：0, 50000, 100000, 150000；用 commission.起点.rate=比例 可新增阶梯。",
            "--set commission.0.rate=abc：“abc”不是比例。比例请写成小数（0.005）或百分数文本（0.5%）。",
            "--set store=x：设置项 store 是本月的数据，不是规则。试算只改变规则；要改“店铺”，请修改工作簿的设置表。",
            "--set weight.conversion：“weight.conversion”缺少值。" + hint(),
            "--set：修改后有两个考核档位的最低分相同。请让每个档位的最低分各不相同。");
  }

  private static String hint() {
    return new Messages(Language.ZH).format("whatif.hint.set_form");
  }
}

package com.jixiao.report.whatif;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.i18n.Messages;
import com.jixiao.model.Band;
import com.jixiao.model.CommissionTier;
import com.jixiao.model.Language;
import com.jixiao.model.Role;
import com.jixiao.rules.Item;
import com.jixiao.rules.Param;
import com.jixiao.rules.ParamParser;
import com.jixiao.rules.Parameters;
import com.jixiao.rules.RuleSet;
import com.jixiao.rules.WeightTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** A scenario's change in words, in both languages: one line per rule that differs. */
class RuleChangesTest {
  private static final Scenario CURRENT = new Scenario(RuleSet.defaults(), new BigDecimal("0.005"));

  private static List<String> zh(Scenario after) {
    Messages m = new Messages(Language.ZH);
    return RuleChanges.between(CURRENT, after).stream().map(m::format).toList();
  }

  private static List<String> en(Scenario after) {
    Messages m = new Messages(Language.EN);
    return RuleChanges.between(CURRENT, after).stream().map(m::format).toList();
  }

  private static RuleSet rules(
      WeightTable w, List<Band> bands, List<CommissionTier> tiers, Parameters params) {
    return new RuleSet(w, bands, tiers, params);
  }

  @Test
  @DisplayName("the same rules: no words")
  void sameRules() {
    assertThat(RuleChanges.between(CURRENT, CURRENT)).isEmpty();
  }

  @Test
  @DisplayName("a weight per role, \"not assessed\" where the role was not or is no longer")
  void weights() {
    Map<Role, Map<Item, BigDecimal>> w = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      w.put(r, new EnumMap<>(WeightTable.defaults().forRole(r)));
    }
    w.get(Role.PRESALES).put(Item.CONVERSION, BigDecimal.TEN);
    w.get(Role.AFTERSALES).put(Item.CONVERSION, new BigDecimal("5.0"));
    w.get(Role.LEAD).remove(Item.CONVERSION);
    RuleSet d = RuleSet.defaults();
    Scenario after =
        CURRENT.withRules(rules(new WeightTable(w), d.bands(), d.commission(), d.params()));
    assertThat(zh(after))
        .containsExactly("转化率 权重 5 → 10（售前）", "转化率 权重 不考核 → 5（售后）", "转化率 权重 5 → 不考核（组长）");
    assertThat(en(after).get(0)).isEqualTo("Conversion weight 5 → 10 (presales)");
  }

  @Test
  @DisplayName("parameters as the Parameters sheet writes them; 20% written as 0.2 is no change")
  void parameters() {
    RuleSet d = RuleSet.defaults();
    Parameters p =
        d.params()
            .with(
                Map.of(
                    Param.TIERS_SHARE, ParamParser.parse(Param.TIERS_SHARE, "0.2").orElseThrow(),
                    Param.REWARDS_SALES_TOP,
                        ParamParser.parse(Param.REWARDS_SALES_TOP, "500,300").orElseThrow(),
                    Param.EXCEED_CONVERSION_THRESHOLD,
                        ParamParser.parse(Param.EXCEED_CONVERSION_THRESHOLD, "3%").orElseThrow()));
    Scenario after =
        CURRENT
            .withRules(rules(d.weights(), d.bands(), d.commission(), p))
            .withPointsPoolRate(new BigDecimal("0.006"));
    assertThat(zh(after))
        .containsExactly(
            "参数 rewards.sales_top：300,200,100 → 500,300",
            "参数 exceed.conversion.threshold：none → 3%",
            "积分奖金池比例：0.5% → 0.6%");
  }

  @Test
  @DisplayName(
      "bands by place (the lowest as below the one above it), their action when it"
          + " changes; another number of bands as two lists")
  void bands() {
    RuleSet d = RuleSet.defaults();
    List<Band> bands = new ArrayList<>(d.bands());
    bands.set(1, new Band(new BigDecimal("92"), new BigDecimal("0.9"), 1, "promote1"));
    bands.set(5, new Band(new BigDecimal("-1000000"), new BigDecimal("0.5"), 0, "dismiss"));
    bands.set(4, new Band(new BigDecimal("50"), new BigDecimal("0.6"), -1, "降级观察"));
    Scenario after = CURRENT.withRules(rules(d.weights(), bands, d.commission(), d.params()));
    assertThat(zh(after))
        .containsExactly(
            "考核档位第 2 档：≥90 ×0.9 → ≥92 ×0.9",
            "考核档位第 5 档：≥50 ×0.6（级别调整 -1，建议降级，给予考察期） → ≥50 ×0.6（级别调整 -1，降级观察）",
            "考核档位第 6 档：<50 ×0.4 → <50 ×0.5");
    List<Band> two =
        List.of(
            new Band(new BigDecimal("90"), BigDecimal.ONE, 0, "keep"),
            new Band(BigDecimal.ZERO, new BigDecimal("0.5"), 0, "keep"));
    assertThat(en(CURRENT.withRules(rules(d.weights(), two, d.commission(), d.params()))))
        .containsExactly(
            "Bands: ≥100 ×1.2; ≥90 ×0.9; ≥80 ×0.8; ≥60 ×0.7; ≥50 ×0.6; <50 ×0.4 → ≥90 ×1; <90 ×0.5");
  }

  @Test
  @DisplayName("commission tiers by their start: a changed rate, an added tier")
  void commission() {
    RuleSet d = RuleSet.defaults();
    List<CommissionTier> tiers = new ArrayList<>(d.commission());
    tiers.set(1, new CommissionTier(new BigDecimal("50000.00"), new BigDecimal("0.025")));
    tiers.add(new CommissionTier(new BigDecimal("200000"), new BigDecimal("0.05")));
    Scenario after = CURRENT.withRules(rules(d.weights(), d.bands(), tiers, d.params()));
    assertThat(zh(after)).containsExactly("提成阶梯 50000 起：2% → 2.5%", "提成阶梯 200000 起：无 → 5%");
  }
}

package com.jixiao.report;

import static com.jixiao.report.ReportFixtures.A;
import static com.jixiao.report.ReportFixtures.B;
import static com.jixiao.report.ReportFixtures.C;
import static com.jixiao.report.ReportFixtures.PERIOD;
import static com.jixiao.report.ReportFixtures.levels;
import static com.jixiao.report.ReportFixtures.perfect;
import static com.jixiao.report.ReportFixtures.report;
import static com.jixiao.report.ReportFixtures.settings;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.assess.MonthInput;
import com.jixiao.i18n.Messages;
import com.jixiao.model.Confirmation;
import com.jixiao.model.Confirmations;
import com.jixiao.model.Contested;
import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.model.MonthlyStats;
import com.jixiao.model.Objection;
import com.jixiao.model.Role;
import com.jixiao.rules.Item;
import com.jixiao.rules.RuleSet;
import com.jixiao.rules.WeightTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Why a later version differs: the causes the second pass attaches to the comparison of two month
 * reports (ReportFixtures: KF001 and KF002 presales, KF003 aftersales, every item full).
 */
class ChangeCausesTest {
  private static final Messages ZH = new Messages(Language.ZH);

  private static List<String> causes(ReportComparison c, String agentId) {
    return c.agents().stream()
        .filter(a -> a.agentId().equals(agentId))
        .flatMap(a -> a.causes().stream())
        .map(ZH::format)
        .toList();
  }

  private static List<MonthlyStats> month(MonthlyStats kf002) {
    return List.of(perfect("KF001"), kf002, perfect("KF003"));
  }

  @Test
  @DisplayName("a figure edited in the workbook is named with its month, before and after")
  void anEditedFigure() {
    MonthReport before = report(month(perfect("KF002")));
    MonthReport after = report(month(ReportFixtures.month("KF002", PERIOD, 5)));
    ReportComparison c = ChangeCauses.compare(before, after);
    assertThat(causes(c, "KF002")).containsExactly("月度数据 2026-12 迟到次数：0 → 5");
    assertThat(c.causes()).isEmpty();
  }

  @Test
  @DisplayName(
      "an agent whose own figures did not change moved through the others (the pool's share)")
  void throughTheOthers() {
    MonthlyStats missed = with(perfect("KF002"), Metric.SALES, "90000");
    ReportComparison c =
        ChangeCauses.compare(report(month(perfect("KF002"))), report(month(missed)));
    // KF002 below target loses the 10 target points: KF001's share of the same pool grows
    assertThat(c.agents()).extracting(AgentChange::agentId).contains("KF001", "KF002");
    assertThat(causes(c, "KF001")).containsExactly("自身数据未变，因其他客服的变化而变（排名、积分奖金池的分配）");
    assertThat(causes(c, "KF002")).containsExactly("月度数据 2026-12 销售额：100000 → 90000");
  }

  @Test
  @DisplayName("a rule change is a cause for everyone, named rule by rule")
  void aRuleChange() {
    RuleSet d = RuleSet.defaults();
    Map<Role, Map<Item, BigDecimal>> weights = new EnumMap<>(d.weights().weights());
    Map<Item, BigDecimal> presales = new EnumMap<>(weights.get(Role.PRESALES));
    presales.put(Item.CONVERSION, BigDecimal.TEN);
    weights.put(Role.PRESALES, presales);
    RuleSet changed = new RuleSet(new WeightTable(weights), d.bands(), d.commission(), d.params());
    MonthlyStats weak = with(perfect("KF002"), Metric.DEALS, "5"); // conversion 0.5%: 2 of 5
    ReportComparison c =
        ChangeCauses.compare(report(RuleSet.defaults(), month(weak)), report(changed, month(weak)));
    assertThat(c.causes().stream().map(ZH::format))
        .containsExactly("规则或参数 weight presales conversion：5 → 10");
    assertThat(causes(c, "KF002")).isEmpty();
  }

  @Test
  @DisplayName(
      "an objection accepted since the earlier version is named with its number and decider")
  void anAcceptedObjection() {
    MonthlyStats late = ReportFixtures.month("KF002", PERIOD, 5);
    Confirmation pending = objection(Objection.Decision.PENDING, "");
    Confirmation accepted = objection(Objection.Decision.ACCEPTED, "陈经理");
    ReportComparison c =
        ChangeCauses.compare(
            MonthReport.of(input(late, pending), List.of()),
            MonthReport.of(input(late, accepted), List.of()));
    assertThat(causes(c, "KF002")).containsExactly("异议 #1 通过：迟到次数 5 → 0（陈经理）");
  }

  private static Confirmation objection(Objection.Decision decision, String by) {
    Contested claim = new Contested.MonthlyField(Metric.LATE_COUNT, BigDecimal.ZERO);
    return new Confirmation(
        2,
        "KF002",
        Confirmation.Response.OBJECTED,
        LocalDate.of(2027, 1, 12),
        Optional.of(new Objection(1, claim, "", decision, by, Optional.empty(), "")));
  }

  private static MonthInput input(MonthlyStats kf002, Confirmation row) {
    return new MonthInput(
        settings(),
        RuleSet.defaults(),
        List.of(A, B, C),
        levels(),
        month(kf002),
        List.of(),
        List.of(),
        List.of(),
        new Confirmations(true, List.of(row)));
  }

  private static MonthlyStats with(MonthlyStats s, Metric metric, String value) {
    Map<Metric, BigDecimal> v = new EnumMap<>(s.values());
    v.put(metric, new BigDecimal(value));
    return new MonthlyStats(s.agentId(), s.month(), v);
  }
}

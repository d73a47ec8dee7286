package com.jixiao.money;

import com.jixiao.assess.AgentScore;
import com.jixiao.assess.MonthInput;
import com.jixiao.model.Agent;
import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.model.MonthlyStats;
import com.jixiao.model.PointsEntry;
import com.jixiao.model.Role;
import com.jixiao.model.SalaryLevel;
import com.jixiao.model.Settings;
import com.jixiao.rules.RuleSet;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Plain values for the money tests. */
final class MoneyFixtures {
  static final YearMonth PERIOD = YearMonth.of(2026, 12);

  private MoneyFixtures() {}

  static BigDecimal n(String text) {
    return new BigDecimal(text);
  }

  static Agent agent(String id, Role role, int level) {
    return new Agent(id, "客服" + id, "一组", role, level, "", "", true);
  }

  /** Levels 1–3: 3000 + 1000, 4000 + 1500, 5000 + 2000. */
  static Map<Integer, SalaryLevel> levels() {
    return Map.of(
        1, new SalaryLevel(1, n("3000"), n("1000")),
        2, new SalaryLevel(2, n("4000"), n("1500")),
        3, new SalaryLevel(3, n("5000"), n("2000")));
  }

  /**
   * A month in which a presales agent scores exactly 100.00: every item at its seed weight, no
   * bonus. {@code lateCount} 4 costs attendance (4 of 105 weights): 96.19.
   */
  static MonthlyStats month(String agentId, YearMonth month, int lateCount) {
    Map<Metric, BigDecimal> v = new EnumMap<>(Metric.class);
    v.put(Metric.SALES, n("100000"));
    v.put(Metric.SALES_TARGET, n("100000"));
    v.put(Metric.VISITORS, n("1000"));
    v.put(Metric.DEALS, n("20"));
    v.put(Metric.INQUIRIES, n("450"));
    v.put(Metric.ORDERS, n("200"));
    v.put(Metric.FLAGSHIP_RATIO, n("0.9"));
    v.put(Metric.PRODUCT_KNOWLEDGE, n("3"));
    v.put(Metric.GUIDANCE, n("4"));
    v.put(Metric.COMMUNICATION, n("3"));
    v.put(Metric.ADAPTABILITY, n("3"));
    v.put(Metric.RESPONSIBILITY, n("4"));
    v.put(Metric.SCHEDULED_DAYS, n("22"));
    v.put(Metric.REPORTS_ON_TIME, n("2"));
    v.put(Metric.REPORTS_QUALITY_OK, n("2"));
    v.put(Metric.LATE_COUNT, BigDecimal.valueOf(lateCount));
    return new MonthlyStats(agentId, month, v);
  }

  static MonthlyStats with(MonthlyStats s, Metric metric, String value) {
    Map<Metric, BigDecimal> v = new EnumMap<>(Metric.class);
    v.putAll(s.values());
    v.put(metric, n(value));
    return new MonthlyStats(s.agentId(), s.month(), v);
  }

  /** A score of the given total (band from the default bands), for payroll tests. */
  static AgentScore score(Agent agent, MonthlyStats stats, String total) {
    RuleSet rules = RuleSet.defaults();
    return new AgentScore(agent, stats, List.of(), Map.of(), n(total), rules.bandOf(n(total)), 1);
  }

  static Settings settings(
      Optional<BigDecimal> revenue, Optional<BigDecimal> target, Optional<BigDecimal> previous) {
    return new Settings(
        "店铺",
        PERIOD,
        Language.ZH,
        "CNY",
        revenue,
        target,
        previous,
        Settings.DEFAULT_POINTS_POOL_RATE,
        Optional.empty());
  }

  static MonthInput input(
      Settings settings,
      RuleSet rules,
      List<Agent> agents,
      List<MonthlyStats> monthly,
      List<PointsEntry> points) {
    return new MonthInput(settings, rules, agents, levels(), monthly, List.of(), points, List.of());
  }
}

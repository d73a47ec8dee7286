package com.jixiao.report;

import com.jixiao.assess.MonthInput;
import com.jixiao.model.Agent;
import com.jixiao.model.Band;
import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.model.MonthlyStats;
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

/**
 * Hand-made month reports for the comparison tests: three agents whose perfect month scores exactly
 * 100.00, on salary levels 1–3, in a store whose revenue of 100,000 makes a pool of 500.
 */
final class ReportFixtures {
  static final YearMonth PERIOD = YearMonth.of(2026, 12);

  /** Presales, level 3 (5,000 + 2,000). */
  static final Agent A = agent("KF001", Role.PRESALES, 3);

  /** Presales, level 2 (4,000 + 1,500). */
  static final Agent B = agent("KF002", Role.PRESALES, 2);

  /** Aftersales, level 1 (3,000 + 1,000). */
  static final Agent C = agent("KF003", Role.AFTERSALES, 1);

  private ReportFixtures() {}

  static BigDecimal n(String text) {
    return new BigDecimal(text);
  }

  static Agent agent(String id, Role role, int level) {
    return new Agent(id, "客服" + id, "一组", role, level, "", "", true);
  }

  static Map<Integer, SalaryLevel> levels() {
    return Map.of(
        1, new SalaryLevel(1, n("3000"), n("1000")),
        2, new SalaryLevel(2, n("4000"), n("1500")),
        3, new SalaryLevel(3, n("5000"), n("2000")));
  }

  /**
   * Every item at its full seed weight and no bonus (total 100.00): sales exactly at the 100,000
   * target, conversion 2%, 450 inquiries, flagship 90%, top levels, two reports on time and up to
   * standard, no lateness. {@code late} late arrivals: above 3 the attendance item (4 of 105)
   * scores 0, so a presales total becomes 101 × 100 / 105 = 96.19.
   */
  static MonthlyStats month(String agentId, YearMonth month, int late) {
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
    v.put(Metric.LATE_COUNT, BigDecimal.valueOf(late));
    return new MonthlyStats(agentId, month, v);
  }

  static MonthlyStats perfect(String agentId) {
    return month(agentId, PERIOD, 0);
  }

  static Settings settings() {
    return new Settings(
        "店铺",
        PERIOD,
        Language.ZH,
        "CNY",
        Optional.of(n("100000")),
        Optional.empty(),
        Optional.empty(),
        Settings.DEFAULT_POINTS_POOL_RATE,
        Optional.empty());
  }

  static MonthInput input(RuleSet rules, List<Agent> agents, List<MonthlyStats> monthly) {
    return new MonthInput(
        settings(), rules, agents, levels(), monthly, List.of(), List.of(), List.of());
  }

  static MonthReport report(RuleSet rules, List<MonthlyStats> monthly) {
    return MonthReport.of(input(rules, List.of(A, B, C), monthly), List.of());
  }

  static MonthReport report(List<MonthlyStats> monthly) {
    return report(RuleSet.defaults(), monthly);
  }

  /** The default rules with other bands. */
  static RuleSet withBands(List<Band> bands) {
    RuleSet d = RuleSet.defaults();
    return new RuleSet(d.weights(), bands, d.commission(), d.params());
  }

  static Band band(String min, String coefficient, String action) {
    return new Band(n(min), n(coefficient), 0, action);
  }
}

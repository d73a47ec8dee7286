package com.jixiao.assess;

import com.jixiao.model.Agent;
import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.model.MonthlyStats;
import com.jixiao.model.QaCode;
import com.jixiao.model.QaRecord;
import com.jixiao.model.Role;
import com.jixiao.model.Settings;
import com.jixiao.rules.RuleSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Plain values for the assessment tests. */
final class Fixtures {
  static final YearMonth PERIOD = YearMonth.of(2024, 6);

  private Fixtures() {}

  static BigDecimal n(String text) {
    return new BigDecimal(text);
  }

  /**
   * A month in which every item scores its full seed weight W0 and no bonus: 100% completion,
   * conversion 2%, flagship 90%, no refunds, 450 inquiries, top levels, perfect attendance, two
   * reports on time and up to standard.
   */
  static MonthlyStats perfect(String agentId, YearMonth month) {
    Map<Metric, BigDecimal> v = new EnumMap<>(Metric.class);
    v.put(Metric.SALES, n("100000"));
    v.put(Metric.SALES_TARGET, n("100000"));
    v.put(Metric.VISITORS, n("1000"));
    v.put(Metric.DEALS, n("20"));
    v.put(Metric.INQUIRIES, n("450"));
    v.put(Metric.ORDERS, n("200"));
    v.put(Metric.REFUND_ORDERS, n("0"));
    v.put(Metric.FLAGSHIP_RATIO, n("0.9"));
    v.put(Metric.PRODUCT_KNOWLEDGE, n("3"));
    v.put(Metric.GUIDANCE, n("4"));
    v.put(Metric.COMMUNICATION, n("3"));
    v.put(Metric.ADAPTABILITY, n("3"));
    v.put(Metric.RESPONSIBILITY, n("4"));
    v.put(Metric.SCHEDULED_DAYS, n("22"));
    v.put(Metric.REPORTS_ON_TIME, n("2"));
    v.put(Metric.REPORTS_QUALITY_OK, n("2"));
    return new MonthlyStats(agentId, month, v);
  }

  static MonthlyStats perfect(String agentId) {
    return perfect(agentId, PERIOD);
  }

  /** The same row with some values replaced (metric, value as text; null removes the value). */
  static MonthlyStats with(MonthlyStats s, Object... metricAndValue) {
    Map<Metric, BigDecimal> v = new EnumMap<>(Metric.class);
    v.putAll(s.values());
    for (int i = 0; i < metricAndValue.length; i += 2) {
      Metric m = (Metric) metricAndValue[i];
      Object value = metricAndValue[i + 1];
      if (value == null) {
        v.remove(m);
      } else {
        v.put(m, n(value.toString()));
      }
    }
    return new MonthlyStats(s.agentId(), s.month(), v);
  }

  /** A month with the same sales last month (growth 0), no QA findings and 1,000 store orders. */
  static AgentMonth month(MonthlyStats s) {
    MonthlyStats previous = perfect(s.agentId(), s.month().minusMonths(1));
    previous = with(previous, Metric.SALES, s.get(Metric.SALES));
    return new AgentMonth(s, Optional.of(previous), QualitySummary.NONE, n("1000"));
  }

  static Agent agent(String id, String name, Role role) {
    return new Agent(id, name, "默认", role, 1, "", "", true);
  }

  static QaRecord qa(String agentId, LocalDate date, QaCode code) {
    return new QaRecord(date, agentId, code, "", "质检员");
  }

  static Settings settings(Optional<BigDecimal> storeOrders) {
    return new Settings(
        "店铺",
        PERIOD,
        Language.ZH,
        "CNY",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Settings.DEFAULT_POINTS_POOL_RATE,
        storeOrders);
  }

  static MonthInput input(
      RuleSet rules, List<Agent> agents, List<MonthlyStats> monthly, List<QaRecord> quality) {
    return new MonthInput(
        settings(Optional.empty()),
        rules,
        agents,
        Map.of(),
        monthly,
        quality,
        List.of(),
        List.of());
  }
}

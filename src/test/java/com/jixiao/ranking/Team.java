package com.jixiao.ranking;

import com.jixiao.assess.History;
import com.jixiao.assess.MonthAssessor;
import com.jixiao.assess.MonthInput;
import com.jixiao.model.Agent;
import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.model.MonthlyStats;
import com.jixiao.model.QaRecord;
import com.jixiao.model.Role;
import com.jixiao.model.Settings;
import com.jixiao.rules.Param;
import com.jixiao.rules.ParamParser;
import com.jixiao.rules.RuleSet;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small team built in plain values for the ranking tests: agents, then Monthly rows (full marks
 * on every level, with the figures a test sets), then {@link #rank()} at a period.
 */
final class Team {
  private final List<Agent> agents = new ArrayList<>();
  private final List<MonthlyStats> monthly = new ArrayList<>();
  private final List<QaRecord> quality = new ArrayList<>();
  private final Map<Param, Object> params = new HashMap<>();
  private YearMonth period = YearMonth.of(2026, 9);

  /** No quality inspections are required unless a test sets qa.per_day: fewer alerts to sift. */
  Team() {
    param(Param.QA_PER_DAY, "0");
  }

  static BigDecimal n(String text) {
    return new BigDecimal(text);
  }

  Team period(YearMonth p) {
    this.period = p;
    return this;
  }

  Team agent(String id, Role role, String team) {
    agents.add(new Agent(id, "名" + id, team, role, 1, "", "", true));
    return this;
  }

  Team presales(String... ids) {
    for (String id : ids) {
      agent(id, Role.PRESALES, "一组");
    }
    return this;
  }

  Team param(Param p, String value) {
    params.put(p, ParamParser.parse(p, value).orElseThrow());
    return this;
  }

  /** A row for the month: 100000 target, 450 inquiries, 22 days, then the given metric values. */
  Team row(String id, YearMonth month, Object... metricAndValue) {
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
    for (int i = 0; i < metricAndValue.length; i += 2) {
      v.put((Metric) metricAndValue[i], n(metricAndValue[i + 1].toString()));
    }
    monthly.add(new MonthlyStats(id, month, v));
    return this;
  }

  /** A row in the period. */
  Team row(String id, Object... metricAndValue) {
    return row(id, period, metricAndValue);
  }

  Team qa(QaRecord r) {
    quality.add(r);
    return this;
  }

  MonthInput input() {
    RuleSet d = RuleSet.defaults();
    RuleSet rules = new RuleSet(d.weights(), d.bands(), d.commission(), d.params().with(params));
    Settings settings =
        new Settings(
            "店",
            period,
            Language.ZH,
            "CNY",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Settings.DEFAULT_POINTS_POOL_RATE,
            Optional.empty());
    return new MonthInput(
        settings, rules, agents, Map.of(), monthly, quality, List.of(), List.of());
  }

  RankingResult rank() {
    MonthInput input = input();
    return RankingAssessor.assess(input, History.of(input, MonthAssessor.assess(input)));
  }
}

package com.jixiao.ranking;

import com.jixiao.assess.AgentScore;
import com.jixiao.assess.Alert;
import com.jixiao.assess.QualityCounter;
import com.jixiao.assess.QualitySummary;
import com.jixiao.assess.Ratio;
import com.jixiao.assess.Severity;
import com.jixiao.i18n.Message;
import com.jixiao.model.QaRecord;
import com.jixiao.rules.Param;
import com.jixiao.rules.Parameters;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Quality-inspection coverage (docs/rules.md#quality, source 3: 每日抽检每名客服3条以上聊天记录): required =
 * qa.per_day × (scheduled_days − absent_days), coverage = inspections / required. Below 100% is an
 * alert for the inspector(s) who inspected the agent this period (or, if nobody did, about the
 * agent), never a deduction for the agent.
 */
final class QualityCoverage {
  /** Joins several inspectors in an alert's subject. */
  static final String INSPECTOR_SEPARATOR = "/";

  private QualityCoverage() {}

  static List<AgentQuality> of(
      List<AgentScore> scores, List<QaRecord> records, YearMonth period, Parameters params) {
    Map<String, QualitySummary> counts = QualityCounter.count(records, period);
    BigDecimal perDay = params.number(Param.QA_PER_DAY);
    Map<String, List<String>> inspectors = inspectors(records, period);
    List<AgentQuality> result = new ArrayList<>();
    for (AgentScore s : scores) {
      String id = s.agent().id();
      BigDecimal required = perDay.multiply(Staffing.attendedDays(s)).max(BigDecimal.ZERO);
      QualitySummary summary = counts.getOrDefault(id, QualitySummary.NONE);
      Optional<Ratio> coverage =
          required.signum() > 0
              ? Optional.of(new Ratio(BigDecimal.valueOf(summary.inspections()), required))
              : Optional.empty();
      result.add(
          new AgentQuality(
              s.agent(), summary, required, coverage, inspectors.getOrDefault(id, List.of())));
    }
    return result;
  }

  /** Each agent's inspectors in the period, in the order they first appear (one pass). */
  private static Map<String, List<String>> inspectors(List<QaRecord> records, YearMonth period) {
    Map<String, Set<String>> names = new HashMap<>();
    for (QaRecord r : records) {
      if (YearMonth.from(r.date()).equals(period)
          && r.inspector() != null
          && !r.inspector().isBlank()) {
        names.computeIfAbsent(r.agentId(), k -> new LinkedHashSet<>()).add(r.inspector().strip());
      }
    }
    Map<String, List<String>> result = new HashMap<>();
    names.forEach((id, set) -> result.put(id, List.copyOf(set)));
    return result;
  }

  static List<Alert> alerts(List<AgentQuality> quality, Parameters params) {
    List<Alert> alerts = new ArrayList<>();
    for (AgentQuality q : quality) {
      if (!q.belowCoverage()) {
        continue;
      }
      String subject =
          q.inspectors().isEmpty()
              ? Subjects.of(q.agent())
              : String.join(INSPECTOR_SEPARATOR, q.inspectors());
      alerts.add(
          new Alert(
              Severity.WARNING,
              "qa_coverage",
              subject,
              Message.of(
                  "alert.qa_coverage",
                  Subjects.of(q.agent()),
                  String.valueOf(q.counts().inspections()),
                  Shown.text(q.required()),
                  Shown.text(params.number(Param.QA_PER_DAY)),
                  Shown.percent(q.coverage().orElseThrow()))));
    }
    return alerts;
  }
}

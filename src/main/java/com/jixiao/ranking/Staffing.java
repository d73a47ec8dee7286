package com.jixiao.ranking;

import com.jixiao.assess.AgentScore;
import com.jixiao.assess.Alert;
import com.jixiao.assess.Ratio;
import com.jixiao.assess.Severity;
import com.jixiao.i18n.Message;
import com.jixiao.model.Metric;
import com.jixiao.rules.Param;
import com.jixiao.rules.Parameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Staffing (docs/rules.md#staffing, source 0: 一个客服一天接待客户数量超过150的时候，就会考虑增加客服，超过200后就一定要增加客服人手):
 * daily receptions = receptions / (scheduled_days − absent_days); strictly above {@code
 * staffing.consider} is a warning, strictly above {@code staffing.must} a severe alert. An agent
 * who attended no day has no daily figure. Per team the suggested headcount is ⌈Σ daily receptions
 * / staffing.consider⌉, reported for every team (a warning when it exceeds the team's agents).
 */
final class Staffing {
  private Staffing() {}

  /** Receptions per attended day, if the agent attended at least one day. */
  static Optional<Ratio> daily(AgentScore s) {
    BigDecimal attended = attendedDays(s);
    return attended.signum() > 0
        ? Optional.of(new Ratio(s.stats().get(Metric.RECEPTIONS), attended))
        : Optional.empty();
  }

  static BigDecimal attendedDays(AgentScore s) {
    return s.stats().get(Metric.SCHEDULED_DAYS).subtract(s.stats().get(Metric.ABSENT_DAYS));
  }

  static List<Alert> agentAlerts(List<AgentScore> scores, Parameters params) {
    BigDecimal consider = params.number(Param.STAFFING_CONSIDER);
    BigDecimal must = params.number(Param.STAFFING_MUST);
    List<Alert> alerts = new ArrayList<>();
    for (AgentScore s : scores) {
      Optional<Ratio> daily = daily(s);
      if (daily.isEmpty()) {
        continue;
      }
      Ratio d = daily.get();
      String type;
      Severity severity;
      BigDecimal threshold;
      if (d.compareTo(Ratio.of(must)) > 0) {
        type = "staffing_must";
        severity = Severity.SEVERE;
        threshold = must;
      } else if (d.compareTo(Ratio.of(consider)) > 0) {
        type = "staffing_consider";
        severity = Severity.WARNING;
        threshold = consider;
      } else {
        continue;
      }
      alerts.add(
          new Alert(
              severity,
              type,
              Subjects.of(s.agent()),
              Message.of(
                  "alert." + type,
                  Shown.number(d),
                  Shown.text(s.stats().get(Metric.RECEPTIONS)),
                  Shown.text(attendedDays(s)),
                  Shown.text(threshold))));
    }
    return alerts;
  }

  /** Teams in the period's agent order; none when staffing.consider is 0. */
  static List<TeamStaffing> teams(List<AgentScore> scores, Parameters params) {
    BigDecimal perAgent = params.number(Param.STAFFING_CONSIDER);
    Map<String, List<AgentScore>> byTeam = new LinkedHashMap<>();
    scores.forEach(s -> byTeam.computeIfAbsent(s.agent().team(), t -> new ArrayList<>()).add(s));
    List<TeamStaffing> teams = new ArrayList<>();
    if (perAgent.signum() == 0) {
      return teams;
    }
    byTeam.forEach(
        (team, members) -> {
          Ratio sum = Ratio.of(BigDecimal.ZERO);
          for (AgentScore s : members) {
            sum = daily(s).map(sum::plus).orElse(sum);
          }
          teams.add(new TeamStaffing(team, members.size(), sum, sum.ceilingDividedBy(perAgent)));
        });
    return teams;
  }

  static List<Alert> teamAlerts(List<TeamStaffing> teams, Parameters params) {
    BigDecimal perAgent = params.number(Param.STAFFING_CONSIDER);
    List<Alert> alerts = new ArrayList<>();
    for (TeamStaffing t : teams) {
      boolean short_ = t.suggested().compareTo(BigDecimal.valueOf(t.agents())) > 0;
      alerts.add(
          new Alert(
              short_ ? Severity.WARNING : Severity.INFO,
              "staffing_headcount",
              t.team(),
              Message.of(
                  short_ ? "alert.staffing_headcount.short" : "alert.staffing_headcount",
                  String.valueOf(t.agents()),
                  Shown.number(t.dailyReceptions()),
                  Shown.text(perAgent),
                  Shown.text(t.suggested()))));
    }
    return alerts;
  }
}

package com.jixiao.ranking;

import com.jixiao.assess.AgentScore;
import com.jixiao.assess.Alert;
import com.jixiao.assess.History;
import com.jixiao.assess.MonthResult;
import com.jixiao.assess.Ratio;
import com.jixiao.assess.Severity;
import com.jixiao.i18n.Message;
import com.jixiao.model.Agent;
import com.jixiao.model.Metric;
import com.jixiao.model.Role;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * 能者上、庸者下 (docs/rules.md#team-lead, source 1: 客服组长的团队绩效业绩如果连续3个月不达标或垫底，则组长自动降级为一线客服): a team fails
 * a month when its presales agents' sales are below the sum of their targets, or when its
 * completion rate (Σ sales / Σ targets) is the lowest of at least 2 teams; failing in each of the
 * last 3 months (this period included) is an alert on the team's lead(s).
 *
 * <p>**Readings**: only presales agents' rows count ("presales sales"; a lead's own sales do not);
 * a team whose presales targets add up to 0 is not judged; "lowest" needs a team strictly below
 * another (all teams tied: none is lowest). A team with no presales row in one of the earlier
 * months: the history is missing and an alert says so.
 */
final class TeamLeadCheck {
  private TeamLeadCheck() {}

  /** A team's presales figures in one month and whether it failed. */
  record TeamMonth(YearMonth month, Ratio completion, boolean belowTarget, boolean lowest) {
    boolean failed() {
      return belowTarget || lowest;
    }
  }

  static List<Alert> alerts(List<Agent> agents, History history) {
    List<Alert> alerts = new ArrayList<>();
    YearMonth period = history.period();
    Map<String, TeamMonth> now = teams(history.month(period).orElseThrow());
    // each month's teams worked out once, not once per team
    Map<YearMonth, Map<String, TeamMonth>> byMonth = new HashMap<>();
    byMonth.put(period, now);
    now.forEach(
        (team, month) -> {
          if (month.failed()) {
            streak(team, agents, history, byMonth).ifPresent(alerts::addAll);
          }
        });
    return alerts;
  }

  private static Optional<List<Alert>> streak(
      String team,
      List<Agent> agents,
      History history,
      Map<YearMonth, Map<String, TeamMonth>> byMonth) {
    List<Message> months = new ArrayList<>();
    YearMonth month = history.period();
    for (int i = 0; i < BottomStreak.MONTHS; i++, month = month.minusMonths(1)) {
      TeamMonth t =
          byMonth
              .computeIfAbsent(
                  month, m -> history.month(m).map(TeamLeadCheck::teams).orElse(Map.of()))
              .get(team);
      if (t == null) {
        return Optional.of(
            List.of(
                new Alert(
                    Severity.INFO,
                    "history_missing",
                    team,
                    Message.of(
                        "alert.history_missing.team",
                        months.get(months.size() - 1),
                        month.toString()))));
      }
      if (!t.failed()) {
        return Optional.empty();
      }
      months.add(0, describe(t));
    }
    List<Alert> alerts = new ArrayList<>();
    Message text =
        Message.of("alert.team_lead_demotion", team, months.get(0), months.get(1), months.get(2));
    List<Agent> leads =
        agents.stream()
            .filter(a -> a.role() == Role.LEAD && a.team().equals(team) && a.active())
            .toList();
    if (leads.isEmpty()) {
      alerts.add(new Alert(Severity.WARNING, "team_lead_demotion", team, text));
    }
    for (Agent lead : leads) {
      alerts.add(new Alert(Severity.WARNING, "team_lead_demotion", Subjects.of(lead), text));
    }
    return Optional.of(alerts);
  }

  private static Message describe(TeamMonth t) {
    String key =
        t.belowTarget() && t.lowest()
            ? "ranking.team.both"
            : t.belowTarget() ? "ranking.team.below_target" : "ranking.team.lowest";
    return Message.of(key, t.month().toString(), Shown.percent(t.completion()));
  }

  /** The judged teams of one month (presales targets above 0), in the month's agent order. */
  static Map<String, TeamMonth> teams(MonthResult result) {
    Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
    for (AgentScore s : result.scores()) {
      if (s.agent().role() != Role.PRESALES) {
        continue;
      }
      BigDecimal[] sum =
          sums.computeIfAbsent(
              s.agent().team(), t -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      sum[0] = sum[0].add(s.stats().get(Metric.SALES));
      sum[1] = sum[1].add(s.stats().get(Metric.SALES_TARGET));
    }
    Map<String, Ratio> completion = new LinkedHashMap<>();
    sums.forEach(
        (team, sum) -> {
          if (sum[1].signum() > 0) {
            completion.put(team, new Ratio(sum[0], sum[1]));
          }
        });
    Optional<Ratio> min = completion.values().stream().min(Ratio::compareTo);
    Optional<Ratio> max = completion.values().stream().max(Ratio::compareTo);
    boolean someoneLowest =
        completion.size() >= 2 && min.orElseThrow().compareTo(max.orElseThrow()) < 0;
    Map<String, TeamMonth> teams = new LinkedHashMap<>();
    completion.forEach(
        (team, c) ->
            teams.put(
                team,
                new TeamMonth(
                    result.period(),
                    c,
                    c.compareTo(Ratio.of(BigDecimal.ONE)) < 0,
                    someoneLowest && c.compareTo(min.orElseThrow()) == 0)));
    return teams;
  }
}

package com.jixiao.ranking;

import com.jixiao.assess.AgentScore;
import com.jixiao.assess.Alert;
import com.jixiao.assess.History;
import com.jixiao.assess.MonthInput;
import com.jixiao.assess.MonthResult;
import com.jixiao.assess.Severity;
import com.jixiao.i18n.Message;
import com.jixiao.rules.Param;
import com.jixiao.rules.Parameters;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The rankings (docs/rules.md#rankings) on top of the month's scores: rankings with rewards and
 * penalties, the three-months-at-the-bottom streak, tier classes and elimination risk, the team
 * lead check, staffing, and quality coverage. Pure: records in, records out.
 */
public final class RankingAssessor {
  private RankingAssessor() {}

  public static RankingResult assess(MonthInput input, History history) {
    Parameters params = input.rules().params();
    YearMonth period = history.period();
    List<AgentScore> scores = history.month(period).map(MonthResult::scores).orElse(List.of());
    Map<YearMonth, MonthRanking> rankings = new HashMap<>();
    Function<YearMonth, MonthRanking> rankingOf =
        m ->
            rankings.computeIfAbsent(
                m, month -> MonthRanking.of(history.month(month).orElseThrow()));
    MonthRanking ranking = rankingOf.apply(period);
    Tiers tiers = Tiers.at(period, history, params.number(Param.TIERS_SHARE));
    List<TeamStaffing> teams = Staffing.teams(scores, params);
    List<AgentQuality> quality = QualityCoverage.of(scores, input.quality(), period, params);

    List<AgentRanking> agents = new ArrayList<>();
    for (AgentScore s : scores) {
      String id = s.agent().id();
      Awards awards = Awards.of(id, ranking, params);
      agents.add(
          new AgentRanking(
              s.agent(),
              Optional.ofNullable(ranking.salesRank().get(id)),
              Optional.ofNullable(ranking.conversionRank().get(id)),
              Optional.ofNullable(ranking.conversion().get(id)),
              awards.reward(),
              awards.penalty(),
              awards.reasons(),
              tiers.classOf(id),
              Staffing.daily(s)));
    }

    List<Alert> alerts = new ArrayList<>();
    alerts.addAll(BottomStreak.alerts(scores, history, rankingOf));
    alerts.addAll(tierAlerts(scores, tiers, history, params));
    alerts.addAll(TeamLeadCheck.alerts(input.agents(), history));
    alerts.addAll(Staffing.agentAlerts(scores, params));
    alerts.addAll(Staffing.teamAlerts(teams, params));
    alerts.addAll(QualityCoverage.alerts(quality, params));
    return new RankingResult(agents, tiers, teams, quality, alerts);
  }

  /**
   * Elimination risk (docs/rules.md#elimination, source 1's 末位淘汰制: 一直处于“提升班”六个月): 提升班 now and at
   * the end of the previous quarter. **Reading**: in a month that does not end a quarter the class
   * is provisional, so the alert is given as information, marked provisional; at a quarter's end it
   * is a warning. The previous quarter's classes are those a run in its last month gives. An agent
   * in 提升班 without a row in that month: the history is missing, and an alert says so.
   */
  private static List<Alert> tierAlerts(
      List<AgentScore> scores, Tiers tiers, History history, Parameters params) {
    List<Alert> alerts = new ArrayList<>();
    YearMonth previousEnd = Tiers.previousQuarterEnd(history.period());
    Tiers previous = null;
    for (AgentScore s : scores) {
      if (tiers.classOf(s.agent().id()).orElse(null) != TierClass.IMPROVEMENT) {
        continue;
      }
      if (history.score(s.agent().id(), previousEnd).isEmpty()) {
        alerts.add(
            new Alert(
                Severity.INFO,
                "history_missing",
                Subjects.of(s.agent()),
                Message.of("alert.history_missing.quarter", previousEnd.toString())));
        continue;
      }
      if (previous == null) {
        previous = Tiers.at(previousEnd, history, params.number(Param.TIERS_SHARE));
      }
      if (previous.classOf(s.agent().id()).orElse(null) == TierClass.IMPROVEMENT) {
        boolean provisional = tiers.provisional();
        alerts.add(
            new Alert(
                provisional ? Severity.INFO : Severity.WARNING,
                "elimination_risk",
                Subjects.of(s.agent()),
                Message.of(
                    provisional ? "alert.elimination_risk.provisional" : "alert.elimination_risk",
                    quarter(previousEnd),
                    quarter(history.period()))));
      }
    }
    return alerts;
  }

  /** "2026Q3". */
  static String quarter(YearMonth month) {
    return month.getYear() + "Q" + ((month.getMonthValue() - 1) / 3 + 1);
  }
}

package com.jixiao.ranking;

import com.jixiao.assess.AgentScore;
import com.jixiao.assess.Alert;
import com.jixiao.assess.History;
import com.jixiao.assess.Severity;
import com.jixiao.i18n.Message;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Three months at the bottom (docs/rules.md#bottom-streak, source 0:
 * 连续三个月销售额或询单转化率都是最低的，就降一级工资或辞退): at the bottom of the sales ranking or of the conversion ranking
 * in each of the last 3 months, this period included. **Reading**: "or" is read per month, so a
 * month at the bottom of either ranking continues the streak (the same reading as the team lead's
 * 不达标或垫底). A suggestion in Alerts only; payroll does not apply it. If the agent has no row in one
 * of the earlier months, the streak cannot be decided: an alert says so instead of guessing.
 */
final class BottomStreak {
  static final int MONTHS = 3;

  private BottomStreak() {}

  static List<Alert> alerts(
      List<AgentScore> period, History history, Function<YearMonth, MonthRanking> rankingOf) {
    List<Alert> alerts = new ArrayList<>();
    for (AgentScore s : period) {
      streak(s, history, rankingOf).ifPresent(alerts::add);
    }
    return alerts;
  }

  private static Optional<Alert> streak(
      AgentScore s, History history, Function<YearMonth, MonthRanking> rankingOf) {
    String id = s.agent().id();
    YearMonth month = history.period();
    List<Message> months = new ArrayList<>();
    for (int i = 0; i < MONTHS; i++, month = month.minusMonths(1)) {
      if (i > 0 && history.score(id, month).isEmpty()) {
        return Optional.of(
            new Alert(
                Severity.INFO,
                "history_missing",
                Subjects.of(s.agent()),
                Message.of(
                    "alert.history_missing.streak",
                    months.get(months.size() - 1),
                    month.toString())));
      }
      MonthRanking ranking = rankingOf.apply(month);
      if (!ranking.atBottom(id)) {
        return Optional.empty();
      }
      months.add(0, bottomOf(ranking, id));
    }
    return Optional.of(
        new Alert(
            Severity.SEVERE,
            "bottom_three_months",
            Subjects.of(s.agent()),
            Message.of("alert.bottom_three_months", months.get(0), months.get(1), months.get(2))));
  }

  /** "2026-09 销售额最低" and the like. */
  static Message bottomOf(MonthRanking ranking, String id) {
    boolean sales = ranking.salesBottom().contains(id);
    boolean conversion = ranking.conversionBottom().contains(id);
    String key =
        sales && conversion
            ? "ranking.bottom.both"
            : sales ? "ranking.bottom.sales" : "ranking.bottom.conversion";
    return Message.of(key, ranking.month().toString());
  }
}

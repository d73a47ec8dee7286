package com.jixiao.report;

import com.jixiao.assess.Alert;
import com.jixiao.assess.History;
import com.jixiao.assess.MonthAssessor;
import com.jixiao.assess.MonthInput;
import com.jixiao.assess.MonthResult;
import com.jixiao.calendar.Workflow;
import com.jixiao.calendar.WorkingCalendar;
import com.jixiao.money.MonthMoney;
import com.jixiao.money.MonthMoney.AnnualWhen;
import com.jixiao.ranking.RankingAssessor;
import com.jixiao.ranking.RankingResult;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the month's outputs show, computed from a valid input without touching files: the
 * scores, the rankings (rewards, penalties, tiers, staffing, quality coverage), the workflow
 * deadlines, the money (points pool, payroll, annual review), and every alert (reading, assessment,
 * ranking, calendar, money), in that order.
 */
public record MonthReport(
    MonthInput input,
    MonthResult scores,
    History history,
    RankingResult ranking,
    Workflow workflow,
    MonthMoney money,
    List<Alert> alerts) {

  public MonthReport {
    alerts = List.copyOf(alerts);
  }

  /** The same report with more alerts at the end (e.g. from writing the outputs). */
  public MonthReport withMoreAlerts(List<Alert> more) {
    List<Alert> all = new ArrayList<>(alerts);
    all.addAll(more);
    return new MonthReport(input, scores, history, ranking, workflow, money, all);
  }

  /** Assesses the month; {@code readAlerts} are the warnings found while reading the workbook. */
  public static MonthReport of(MonthInput input, List<Alert> readAlerts) {
    return of(input, readAlerts, AnnualWhen.IN_ANNUAL_MONTH);
  }

  /** As {@link #of(MonthInput, List)}; {@code annualWhen} ALWAYS adds the annual review. */
  public static MonthReport of(MonthInput input, List<Alert> readAlerts, AnnualWhen annualWhen) {
    MonthResult scores = MonthAssessor.assess(input);
    History history = History.of(input, scores); // every month assessed once, shared below
    RankingResult ranking = RankingAssessor.assess(input, history);
    Workflow workflow =
        Workflow.of(input.settings().period(), WorkingCalendar.china(input.holidays()));
    // the rankings' rewards and penalties per agent (SPEC 5) go into payroll
    MonthMoney money = MonthMoney.of(input, history, ranking, annualWhen);
    List<Alert> alerts = new ArrayList<>(readAlerts);
    alerts.addAll(scores.alerts());
    alerts.addAll(ranking.alerts());
    alerts.addAll(workflow.alerts());
    alerts.addAll(money.alerts());
    return new MonthReport(input, scores, history, ranking, workflow, money, alerts);
  }
}

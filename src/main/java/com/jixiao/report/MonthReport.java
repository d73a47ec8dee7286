package com.jixiao.report;

import com.jixiao.assess.Alert;
import com.jixiao.assess.History;
import com.jixiao.assess.MonthAssessor;
import com.jixiao.assess.MonthInput;
import com.jixiao.assess.MonthResult;
import com.jixiao.calendar.Workflow;
import com.jixiao.calendar.WorkingCalendar;
import com.jixiao.confirm.SecondPass;
import com.jixiao.confirm.SecondPassAssessor;
import com.jixiao.money.MonthMoney;
import com.jixiao.money.MonthMoney.AnnualWhen;
import com.jixiao.ranking.RankingAssessor;
import com.jixiao.ranking.RankingResult;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Everything the month's outputs show, computed from a valid input without touching files: the
 * scores, the rankings (rewards, penalties, tiers, staffing, quality coverage), the workflow
 * deadlines, the money (points pool, payroll, annual review), and every alert (reading, assessment,
 * ranking, calendar, money, confirmations), in that order.
 *
 * <p>{@code input} is the month as assessed: the workbook's input with the accepted objections of
 * its Confirmations sheet applied; {@code secondPass} keeps the workbook's own input and what each
 * objection did. {@code revision} says which version of the month's results this is.
 */
public record MonthReport(
    MonthInput input,
    MonthResult scores,
    History history,
    RankingResult ranking,
    Workflow workflow,
    MonthMoney money,
    List<Alert> alerts,
    SecondPass secondPass,
    Revision revision) {

  public MonthReport {
    alerts = List.copyOf(alerts);
  }

  /** A first-pass report (no confirmations) of version 1. */
  public MonthReport(
      MonthInput input,
      MonthResult scores,
      History history,
      RankingResult ranking,
      Workflow workflow,
      MonthMoney money,
      List<Alert> alerts) {
    this(
        input,
        scores,
        history,
        ranking,
        workflow,
        money,
        alerts,
        SecondPassAssessor.assess(input, workflow.step(3).dueDate(), Optional.empty()).secondPass(),
        Revision.FIRST);
  }

  /** The same report with more alerts at the end (e.g. from writing the outputs). */
  public MonthReport withMoreAlerts(List<Alert> more) {
    List<Alert> all = new ArrayList<>(alerts);
    all.addAll(more);
    return new MonthReport(
        input, scores, history, ranking, workflow, money, all, secondPass, revision);
  }

  /** The same report as another version of the month's results. */
  public MonthReport withRevision(Revision newRevision) {
    return new MonthReport(
        input, scores, history, ranking, workflow, money, alerts, secondPass, newRevision);
  }

  /** Assesses the month; {@code readAlerts} are the warnings found while reading the workbook. */
  public static MonthReport of(MonthInput input, List<Alert> readAlerts) {
    return of(input, readAlerts, AnnualWhen.IN_ANNUAL_MONTH, Optional.empty());
  }

  /** As {@link #of(MonthInput, List)}; {@code annualWhen} ALWAYS adds the annual review. */
  public static MonthReport of(MonthInput input, List<Alert> readAlerts, AnnualWhen annualWhen) {
    return of(input, readAlerts, annualWhen, Optional.empty());
  }

  /**
   * As {@link #of(MonthInput, List, AnnualWhen)}, on the day {@code asOf}: pending objections and
   * missing confirmations are overdue after the 7th working day (empty: not known, nothing is
   * overdue).
   */
  public static MonthReport of(
      MonthInput workbook,
      List<Alert> readAlerts,
      AnnualWhen annualWhen,
      Optional<LocalDate> asOf) {
    Workflow workflow =
        Workflow.of(workbook.settings().period(), WorkingCalendar.china(workbook.holidays()));
    // the 7th working day: confirmation done, objections decided (docs/rules.md#second-pass)
    SecondPassAssessor.Outcome second =
        SecondPassAssessor.assess(workbook, workflow.step(3).dueDate(), asOf);
    MonthInput input = second.corrected();
    MonthResult scores = MonthAssessor.assess(input);
    History history = History.of(input, scores); // every month assessed once, shared below
    RankingResult ranking = RankingAssessor.assess(input, history);
    // the rankings' rewards and penalties per agent (SPEC 5) go into payroll
    MonthMoney money = MonthMoney.of(input, history, ranking, annualWhen);
    List<Alert> alerts = new ArrayList<>(readAlerts);
    alerts.addAll(scores.alerts());
    alerts.addAll(ranking.alerts());
    alerts.addAll(workflow.alerts());
    alerts.addAll(money.alerts());
    alerts.addAll(second.secondPass().alerts());
    return new MonthReport(
        input,
        scores,
        history,
        ranking,
        workflow,
        money,
        alerts,
        second.secondPass(),
        Revision.FIRST);
  }
}

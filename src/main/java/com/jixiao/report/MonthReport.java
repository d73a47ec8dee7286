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
    Workflow workflow = workflowOf(workbook);
    // the 7th working day: confirmation done, objections decided (docs/rules.md#second-pass)
    SecondPassAssessor.Outcome second =
        SecondPassAssessor.assess(workbook, confirmationDeadline(workflow), asOf);
    MonthInput input = second.corrected();
    History history = History.of(input, MonthAssessor.assess(input)); // every month assessed once
    return assemble(input, readAlerts, annualWhen, history, workflow, second.secondPass());
  }

  /**
   * As {@link #of(MonthInput, List, AnnualWhen)} on a history already assessed, whose period is the
   * input's (e.g. {@link History#upTo} of a later month's, when several months are replayed). The
   * input is taken as it is: its accepted objections, if any, already applied ({@link #corrected});
   * the report has no second pass of its own.
   */
  public static MonthReport of(
      MonthInput input, List<Alert> readAlerts, AnnualWhen annualWhen, History history) {
    Workflow workflow = workflowOf(input);
    return assemble(
        input,
        readAlerts,
        annualWhen,
        history,
        workflow,
        SecondPass.none(input, confirmationDeadline(workflow)));
  }

  /** The workbook's input with the accepted objections of its Confirmations sheet applied. */
  public static MonthInput corrected(MonthInput workbook) {
    return SecondPassAssessor.assess(
            workbook, confirmationDeadline(workflowOf(workbook)), Optional.empty())
        .corrected();
  }

  private static Workflow workflowOf(MonthInput input) {
    return Workflow.of(input.settings().period(), WorkingCalendar.china(input.holidays()));
  }

  /** The 7th working day, step 3's due date: confirmations done, objections decided. */
  private static LocalDate confirmationDeadline(Workflow workflow) {
    return workflow.step(3).dueDate();
  }

  private static MonthReport assemble(
      MonthInput input,
      List<Alert> readAlerts,
      AnnualWhen annualWhen,
      History history,
      Workflow workflow,
      SecondPass secondPass) {
    if (!history.period().equals(input.settings().period())) {
      throw new IllegalArgumentException(
          "assessing " + input.settings().period() + " on the history of " + history.period());
    }
    MonthResult scores = history.month(history.period()).orElseThrow();
    RankingResult ranking = RankingAssessor.assess(input, history);
    // the rankings' rewards and penalties per agent (docs/rules.md#rewards) go into payroll
    MonthMoney money = MonthMoney.of(input, history, ranking, annualWhen);
    List<Alert> alerts = new ArrayList<>(readAlerts);
    alerts.addAll(scores.alerts());
    alerts.addAll(ranking.alerts());
    alerts.addAll(workflow.alerts());
    alerts.addAll(money.alerts());
    alerts.addAll(secondPass.alerts());
    return new MonthReport(
        input, scores, history, ranking, workflow, money, alerts, secondPass, Revision.FIRST);
  }
}

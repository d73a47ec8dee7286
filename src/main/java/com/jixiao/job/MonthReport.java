package com.jixiao.job;

import com.jixiao.assess.Alert;
import com.jixiao.assess.MonthAssessor;
import com.jixiao.assess.MonthInput;
import com.jixiao.assess.MonthResult;
import com.jixiao.calendar.Workflow;
import com.jixiao.calendar.WorkingCalendar;
import com.jixiao.money.MonthMoney;
import com.jixiao.money.MonthMoney.AnnualWhen;
import com.jixiao.money.RewardsAndPenalties;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the month's outputs show, computed from a valid input without touching files: the
 * scores, the workflow deadlines, the money (points pool, payroll, annual review), and every alert
 * (reading, assessment, calendar, money), in that order.
 */
public record MonthReport(
    MonthInput input, MonthResult scores, Workflow workflow, MonthMoney money, List<Alert> alerts) {

  public MonthReport {
    alerts = List.copyOf(alerts);
  }

  /** The same report with more alerts at the end (e.g. from writing the outputs). */
  public MonthReport withMoreAlerts(List<Alert> more) {
    List<Alert> all = new ArrayList<>(alerts);
    all.addAll(more);
    return new MonthReport(input, scores, workflow, money, all);
  }

  /** Assesses the month; {@code readAlerts} are the warnings found while reading the workbook. */
  public static MonthReport of(MonthInput input, List<Alert> readAlerts) {
    return of(input, readAlerts, AnnualWhen.IN_ANNUAL_MONTH);
  }

  /** As {@link #of(MonthInput, List)}; {@code annualWhen} ALWAYS adds the annual review. */
  public static MonthReport of(MonthInput input, List<Alert> readAlerts, AnnualWhen annualWhen) {
    MonthResult scores = MonthAssessor.assess(input);
    Workflow workflow =
        Workflow.of(input.settings().period(), WorkingCalendar.china(input.holidays()));
    // Issue 3 plugs in here: the rankings' rewards and penalties per agent (SPEC 5) replace NONE,
    // e.g. RewardsAndPenalties.of(ranking.rewards(), ranking.penalties()).
    RewardsAndPenalties rewardsAndPenalties = RewardsAndPenalties.NONE;
    MonthMoney money = MonthMoney.of(input, scores.scores(), rewardsAndPenalties, annualWhen);
    List<Alert> alerts = new ArrayList<>(readAlerts);
    alerts.addAll(scores.alerts());
    alerts.addAll(workflow.alerts());
    alerts.addAll(money.alerts());
    return new MonthReport(input, scores, workflow, money, alerts);
  }
}

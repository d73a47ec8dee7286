package com.jixiao.job;

import com.jixiao.assess.Alert;
import com.jixiao.assess.MonthAssessor;
import com.jixiao.assess.MonthInput;
import com.jixiao.assess.MonthResult;
import com.jixiao.calendar.Workflow;
import com.jixiao.calendar.WorkingCalendar;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything the month's outputs show, computed from a valid input without touching files: the
 * scores, the workflow deadlines, and every alert (reading, assessment, calendar), in that order.
 */
public record MonthReport(
    MonthInput input, MonthResult scores, Workflow workflow, List<Alert> alerts) {

  public MonthReport {
    alerts = List.copyOf(alerts);
  }

  /** The same report with more alerts at the end (e.g. from writing the outputs). */
  public MonthReport withMoreAlerts(List<Alert> more) {
    List<Alert> all = new ArrayList<>(alerts);
    all.addAll(more);
    return new MonthReport(input, scores, workflow, all);
  }

  /** Assesses the month; {@code readAlerts} are the warnings found while reading the workbook. */
  public static MonthReport of(MonthInput input, List<Alert> readAlerts) {
    MonthResult scores = MonthAssessor.assess(input);
    Workflow workflow =
        Workflow.of(input.settings().period(), WorkingCalendar.china(input.holidays()));
    List<Alert> alerts = new ArrayList<>(readAlerts);
    alerts.addAll(scores.alerts());
    alerts.addAll(workflow.alerts());
    return new MonthReport(input, scores, workflow, alerts);
  }
}

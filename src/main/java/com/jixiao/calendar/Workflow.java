package com.jixiao.calendar;

import com.jixiao.assess.Alert;
import com.jixiao.assess.Severity;
import com.jixiao.i18n.Message;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The 10-working-day assessment workflow of a period (docs/rules.md#workflow, source 4's 考核实施程序):
 * seven steps with due dates, and a warning for each year whose holidays the calendar did not know.
 */
public record Workflow(YearMonth period, List<WorkflowStep> steps, List<Alert> alerts) {
  /** Alert type (message key {@code alert.type.calendar_fallback}). */
  public static final String FALLBACK_ALERT = "calendar_fallback";

  public Workflow {
    steps = List.copyOf(steps);
    alerts = List.copyOf(alerts);
  }

  /** Steps 1–6: due on the n-th working day after the period's last day. */
  private record Stage(int workingDay, WorkflowRole role) {}

  private static final List<Stage> AFTER_PERIOD =
      List.of(
          new Stage(3, WorkflowRole.SUPERVISOR),
          new Stage(5, WorkflowRole.CS_DEPARTMENT),
          new Stage(7, WorkflowRole.CS_MANAGER),
          new Stage(8, WorkflowRole.CS_DEPARTMENT),
          new Stage(10, WorkflowRole.CS_DEPARTMENT),
          new Stage(15, WorkflowRole.HR));

  public static Workflow of(YearMonth period, WorkingCalendar calendar) {
    List<WorkflowStep> steps = new ArrayList<>();
    LocalDate handOut = calendar.lastWorkingDayBefore(period.atDay(1));
    steps.add(step(0, 0, handOut, WorkflowRole.PROJECT_MANAGER));
    LocalDate end = period.atEndOfMonth();
    for (int i = 0; i < AFTER_PERIOD.size(); i++) {
      Stage stage = AFTER_PERIOD.get(i);
      LocalDate due = calendar.nthWorkingDayAfter(end, stage.workingDay());
      steps.add(step(i + 1, stage.workingDay(), due, stage.role()));
    }
    LocalDate last = steps.get(steps.size() - 1).dueDate();
    return new Workflow(period, steps, fallbackAlerts(calendar, handOut, last));
  }

  private static WorkflowStep step(int number, int workingDay, LocalDate due, WorkflowRole role) {
    String key = "workflow.step." + number;
    return new WorkflowStep(
        number,
        workingDay,
        due,
        role,
        Message.of(key + ".title"),
        Message.of(key + ".description", workingDay));
  }

  /** Every day counted lies between step 0 and the last step, so those years are the ones used. */
  private static List<Alert> fallbackAlerts(
      WorkingCalendar calendar, LocalDate first, LocalDate last) {
    String covered =
        calendar.coveredYears().stream().map(String::valueOf).collect(Collectors.joining(", "));
    List<Alert> alerts = new ArrayList<>();
    for (int year : calendar.fallbackYears(first, last)) {
      // years as text: MessageFormat would print the number 2031 as "2,031"
      String y = String.valueOf(year);
      alerts.add(
          new Alert(
              Severity.WARNING,
              FALLBACK_ALERT,
              y,
              Message.of("alert.calendar_fallback", y, covered.isEmpty() ? "-" : covered)));
    }
    return alerts;
  }

  /** The step with this number (0–6). */
  public WorkflowStep step(int number) {
    return steps.get(number);
  }

  /** The period in words, e.g. "2025年9月" or "2025-09" (key {@code workflow.period}). */
  public Message periodLabel() {
    return Message.of(
        "workflow.period",
        period.toString(),
        String.valueOf(period.getYear()),
        String.valueOf(period.getMonthValue()));
  }
}

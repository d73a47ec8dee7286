package com.jixiao.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.assess.Alert;
import com.jixiao.assess.Severity;
import com.jixiao.i18n.Message;
import com.jixiao.model.HolidayEntry;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Due dates worked out by hand from docs/rules.md#workflow and the State Council notices. */
class WorkflowTest {
  private final WorkingCalendar china = WorkingCalendar.china();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  private List<LocalDate> dueDates(String period) {
    return Workflow.of(YearMonth.parse(period), china).steps().stream()
        .map(WorkflowStep::dueDate)
        .toList();
  }

  @ParameterizedTest(name = "{0} ({8}): step 0 {1}, WD3 {2}, WD5 {3}, WD7 {4}, WD8 {5}, WD10 {6}")
  @CsvSource({
    // period, step 0,   WD3,        WD5,        WD7,        WD8,        WD10,       WD15
    "2025-09, 2025-08-29, 2025-10-11, 2025-10-14, 2025-10-16, 2025-10-17, 2025-10-21, 2025-10-28,"
        + " National Day + Mid-Autumn 2025",
    "2026-09, 2026-08-31, 2026-10-10, 2026-10-13, 2026-10-15, 2026-10-16, 2026-10-20, 2026-10-27,"
        + " National Day 2026",
    "2024-09, 2024-08-30, 2024-10-10, 2024-10-12, 2024-10-15, 2024-10-16, 2024-10-18, 2024-10-25,"
        + " National Day 2024",
    "2025-01, 2024-12-31, 2025-02-07, 2025-02-10, 2025-02-12, 2025-02-13, 2025-02-17, 2025-02-24,"
        + " Spring Festival 2025",
    "2026-01, 2025-12-31, 2026-02-04, 2026-02-06, 2026-02-10, 2026-02-11, 2026-02-13, 2026-02-27,"
        + " Spring Festival 2026 starts after WD10",
    "2026-02, 2026-01-30, 2026-03-04, 2026-03-06, 2026-03-10, 2026-03-11, 2026-03-13, 2026-03-20,"
        + " the worked Saturday Feb 28 is inside the period",
    "2025-04, 2025-03-31, 2025-05-08, 2025-05-12, 2025-05-14, 2025-05-15, 2025-05-19, 2025-05-26,"
        + " May Day 2025",
    "2026-04, 2026-03-31, 2026-05-08, 2026-05-11, 2026-05-13, 2026-05-14, 2026-05-18, 2026-05-25,"
        + " May Day 2026 with Saturday May 9 worked",
    "2024-12, 2024-11-29, 2025-01-06, 2025-01-08, 2025-01-10, 2025-01-13, 2025-01-15, 2025-01-22,"
        + " New Year 2025",
    "2025-12, 2025-11-28, 2026-01-06, 2026-01-08, 2026-01-12, 2026-01-13, 2026-01-15, 2026-01-22,"
        + " New Year 2026 with Sunday Jan 4 worked as WD1"
  })
  void theDueDatesOfAPeriodFollowTheOfficialArrangement(
      String period,
      String step0,
      String wd3,
      String wd5,
      String wd7,
      String wd8,
      String wd10,
      String wd15,
      String why) {
    assertThat(dueDates(period))
        .as(why)
        .containsExactly(d(step0), d(wd3), d(wd5), d(wd7), d(wd8), d(wd10), d(wd15));
  }

  @Test
  void anAdjustedSaturdayCountsAsWd3AfterNationalDay2025() {
    WorkflowStep wd3 = Workflow.of(YearMonth.of(2025, 9), china).step(1);
    assertThat(wd3.workingDay()).isEqualTo(3);
    assertThat(wd3.dueDate()).isEqualTo(d("2025-10-11"));
    assertThat(wd3.dueDate().getDayOfWeek()).isEqualTo(DayOfWeek.SATURDAY);
  }

  @Test
  void stepZeroOfAPeriodThatStartsInsideSpringFestivalIsTheLastDayWorkedBeforeIt() {
    // 2025-02 starts on Feb 1, inside Jan 28 – Feb 4; the last working day before is Mon Jan 27
    assertThat(Workflow.of(YearMonth.of(2025, 2), china).step(0).dueDate())
        .isEqualTo(d("2025-01-27"));
  }

  @Test
  void theSevenStepsHaveTheSpecsWorkingDaysRolesAndTexts() {
    Workflow workflow = Workflow.of(YearMonth.of(2025, 9), china);
    assertThat(workflow.steps())
        .extracting(WorkflowStep::number)
        .containsExactly(0, 1, 2, 3, 4, 5, 6);
    assertThat(workflow.steps())
        .extracting(WorkflowStep::workingDay)
        .containsExactly(0, 3, 5, 7, 8, 10, 15);
    assertThat(workflow.steps())
        .extracting(WorkflowStep::role)
        .containsExactly(
            WorkflowRole.PROJECT_MANAGER,
            WorkflowRole.SUPERVISOR,
            WorkflowRole.CS_DEPARTMENT,
            WorkflowRole.CS_MANAGER,
            WorkflowRole.CS_DEPARTMENT,
            WorkflowRole.CS_DEPARTMENT,
            WorkflowRole.HR);
    assertThat(workflow.step(1).description())
        .isEqualTo(Message.of("workflow.step.1.description", 3));
    assertThat(workflow.step(0).due()).isEqualTo(Message.of("workflow.due.before_period"));
    assertThat(workflow.step(6).due()).isEqualTo(Message.of("workflow.due.after_period", 15));
  }

  @Test
  void aPeriodInsideTheDataHasNoAlerts() {
    assertThat(Workflow.of(YearMonth.of(2025, 9), china).alerts()).isEmpty();
  }

  @Test
  void aYearOutsideTheDataFallsBackToWeekendsAndYieldsOneFallbackAlert() {
    Workflow workflow = Workflow.of(YearMonth.of(2031, 3), china);
    // weekends only: Fri Feb 28 before; Apr 1–3 are WD1–3, Mon Apr 21 is WD15
    assertThat(workflow.step(0).dueDate()).isEqualTo(d("2031-02-28"));
    assertThat(workflow.step(1).dueDate()).isEqualTo(d("2031-04-03"));
    assertThat(workflow.step(6).dueDate()).isEqualTo(d("2031-04-21"));
    assertThat(workflow.alerts())
        .containsExactly(
            new Alert(
                Severity.WARNING,
                "calendar_fallback",
                "2031",
                Message.of("alert.calendar_fallback", "2031", "2024, 2025, 2026")));
  }

  @Test
  void aPeriodWhoseDeadlinesFallInTheNextUncoveredYearWarnsAboutThatYearOnly() {
    Workflow workflow = Workflow.of(YearMonth.of(2026, 12), china);
    assertThat(workflow.alerts()).extracting(Alert::subject).containsExactly("2027");
  }

  @Test
  void holidaysSheetRowsInAYearMoveTheDatesAndSilenceItsAlert() {
    var calendar =
        WorkingCalendar.china(
            List.of(
                new HolidayEntry(d("2027-01-01"), false, "元旦"),
                new HolidayEntry(d("2027-01-06"), false, "店休")));
    Workflow workflow = Workflow.of(YearMonth.of(2026, 12), calendar);
    assertThat(workflow.alerts()).isEmpty();
    // Jan 1 (Fri) off: Jan 4 Mon WD1, Jan 5 WD2, Jan 6 off, Jan 7 WD3
    assertThat(workflow.step(1).dueDate()).isEqualTo(d("2027-01-07"));
  }
}

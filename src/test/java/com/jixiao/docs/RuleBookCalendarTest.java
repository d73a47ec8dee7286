package com.jixiao.docs;

import static com.jixiao.docs.RuleBook.assertBoth;
import static com.jixiao.docs.RuleBook.assertEach;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.calendar.Workflow;
import com.jixiao.calendar.WorkflowStep;
import com.jixiao.calendar.WorkingCalendar;
import com.jixiao.docs.RuleBook.Doc;
import com.jixiao.model.HolidayEntry;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The rule book's calendar and workflow examples, computed by WorkingCalendar and Workflow. */
class RuleBookCalendarTest {
  private static final LocalDate END_OF_SEPTEMBER = LocalDate.of(2026, 9, 30);

  @Test
  @DisplayName("calendar: WD1–WD3 after 2026-09-30 skip the National Day holiday")
  void workingDaysAfterSeptember() {
    WorkingCalendar china = WorkingCalendar.china();
    for (int n = 1; n <= 3; n++) {
      assertBoth(
          Doc.RULES,
          "calendar",
          "| WD" + n + " | " + china.nthWorkingDayAfter(END_OF_SEPTEMBER, n) + " |");
    }
  }

  @Test
  @DisplayName("calendar: a Holidays row that makes 2026-10-09 a day off moves WD3")
  void holidaysSheetOverrides() {
    WorkingCalendar withShopHoliday =
        WorkingCalendar.china(List.of(new HolidayEntry(LocalDate.of(2026, 10, 9), false, "店庆")));
    LocalDate wd3 = withShopHoliday.nthWorkingDayAfter(END_OF_SEPTEMBER, 3);
    assertEach(Doc.RULES, "calendar", "WD3 变为 " + wd3, "WD3 moves to " + wd3);
  }

  @Test
  @DisplayName("calendar: the 2026-12 workflow runs into 2027, which falls back to weekends")
  void fallbackYear() {
    Workflow december = Workflow.of(YearMonth.of(2026, 12), WorkingCalendar.china());
    assertThat(december.alerts()).extracting(a -> a.subject()).containsExactly("2027");
    LocalDate newYear = LocalDate.of(2027, 1, 1);
    assertThat(WorkingCalendar.china().isWorkingDay(newYear)).isTrue();
    assertBoth(Doc.RULES, "calendar", newYear.toString());
  }

  @Test
  @DisplayName("workflow: the due date of every step for the period 2026-09")
  void workflowOfSeptember() {
    Workflow w = Workflow.of(YearMonth.of(2026, 9), WorkingCalendar.china());
    assertThat(w.steps()).hasSize(7);
    for (WorkflowStep s : w.steps()) {
      String day = s.workingDay() == 0 ? "—" : "WD" + s.workingDay();
      assertBoth(
          Doc.RULES, "workflow", "| " + s.number() + " | " + day + " | " + s.dueDate() + " |");
      if (s.workingDay() > 0) {
        // the table of steps names the same working day for the step
        assertBoth(Doc.RULES, "workflow", "| " + s.number() + " | WD" + s.workingDay() + " | ");
      }
    }
  }
}

package com.jixiao.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jixiao.model.HolidayEntry;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkingCalendarTest {
  private final WorkingCalendar china = WorkingCalendar.china();

  private static LocalDate d(String iso) {
    return LocalDate.parse(iso);
  }

  @ParameterizedTest(name = "{0} is a working day: {1} ({2})")
  @CsvSource({
    "2025-10-08, false, a weekday inside National Day + Mid-Autumn 2025",
    "2025-10-09, true, the first weekday after it",
    "2025-10-11, true, an adjusted Saturday (调休上班)",
    "2025-09-28, true, an adjusted Sunday",
    "2025-10-12, false, an ordinary Sunday",
    "2026-01-04, true, the Sunday worked after New Year 2026",
    "2026-02-23, false, the last day of Spring Festival 2026 (a Monday)",
    "2024-02-09, true, New Year's Eve 2024 was not an official holiday",
    "2024-06-10, false, Dragon Boat Festival 2024",
    "2025-06-03, true, an ordinary Tuesday"
  })
  void officialDaysOffAndAdjustedWorkingDaysAreKnown(String date, boolean working, String why) {
    assertThat(china.isWorkingDay(d(date))).as(why).isEqualTo(working);
  }

  @Test
  void theNthWorkingDayAfterSkipsHolidaysAndCountsAdjustedWeekendDays() {
    // 2025: Oct 1–8 off, Oct 11 (Sat) worked
    assertThat(china.nthWorkingDayAfter(d("2025-09-30"), 1)).isEqualTo(d("2025-10-09"));
    assertThat(china.nthWorkingDayAfter(d("2025-09-30"), 3)).isEqualTo(d("2025-10-11"));
    assertThat(china.nthWorkingDayAfter(d("2025-09-30"), 4)).isEqualTo(d("2025-10-13"));
  }

  @Test
  void theNthWorkingDayAfterIsStrictlyAfterEvenWhenTheDateIsAWorkingDay() {
    assertThat(china.nthWorkingDayAfter(d("2025-06-03"), 1)).isEqualTo(d("2025-06-04"));
  }

  @Test
  void nMustBeAtLeastOne() {
    assertThatThrownBy(() -> china.nthWorkingDayAfter(d("2025-06-03"), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theLastWorkingDayBeforeSpringFestival2025IsTheMondayBeforeNewYearsEve() {
    // Jan 28 – Feb 4 off; Jan 27 is a Monday
    assertThat(china.lastWorkingDayBefore(d("2025-02-01"))).isEqualTo(d("2025-01-27"));
  }

  @Test
  void theLastWorkingDayBeforeIsStrictlyBefore() {
    assertThat(china.lastWorkingDayBefore(d("2025-06-04"))).isEqualTo(d("2025-06-03"));
  }

  @Test
  void aHolidaysSheetDayOffOnAWeekdayIsNotAWorkingDay() {
    var calendar = WorkingCalendar.china(List.of(new HolidayEntry(d("2025-10-09"), false, "店庆")));
    assertThat(calendar.isWorkingDay(d("2025-10-09"))).isFalse();
    assertThat(calendar.nthWorkingDayAfter(d("2025-09-30"), 1)).isEqualTo(d("2025-10-10"));
    assertThat(calendar.nthWorkingDayAfter(d("2025-09-30"), 3)).isEqualTo(d("2025-10-13"));
  }

  @Test
  void aHolidaysSheetWorkdayTurnsAWeekendDayIntoAWorkingDay() {
    var calendar = WorkingCalendar.china(List.of(new HolidayEntry(d("2025-10-12"), true, "大促值班")));
    assertThat(calendar.isWorkingDay(d("2025-10-12"))).isTrue();
    assertThat(calendar.nthWorkingDayAfter(d("2025-09-30"), 4)).isEqualTo(d("2025-10-12"));
    assertThat(calendar.nthWorkingDayAfter(d("2025-09-30"), 5)).isEqualTo(d("2025-10-13"));
  }

  @Test
  void theHolidaysSheetWinsOverTheOfficialArrangement() {
    var calendar =
        WorkingCalendar.china(
            List.of(
                new HolidayEntry(d("2025-10-11"), false, "不调休"),
                new HolidayEntry(d("2025-10-08"), true, "提前上班")));
    assertThat(calendar.isWorkingDay(d("2025-10-11"))).isFalse();
    assertThat(calendar.isWorkingDay(d("2025-10-08"))).isTrue();
    assertThat(calendar.nthWorkingDayAfter(d("2025-09-30"), 1)).isEqualTo(d("2025-10-08"));
  }

  @Test
  void theBuiltInDataCovers2024To2026() {
    assertThat(china.coveredYears()).containsExactly(2024, 2025, 2026);
    assertThat(china.fallbackYears(d("2024-01-01"), d("2026-12-31"))).isEmpty();
  }

  @Test
  void aYearOutsideTheDataFallsBackToWeekendsAndIsReported() {
    // 2031-10-01 is a Wednesday: without data it is an ordinary working day
    assertThat(china.isWorkingDay(d("2031-10-01"))).isTrue();
    assertThat(china.isWorkingDay(d("2031-10-04"))).isFalse();
    assertThat(china.fallbackYears(d("2026-12-31"), d("2031-01-02")))
        .containsExactly(2027, 2028, 2029, 2030, 2031);
  }

  @Test
  void aYearWithHolidaysSheetRowsCountsAsCovered() {
    var calendar = WorkingCalendar.china(List.of(new HolidayEntry(d("2031-10-01"), false, "国庆节")));
    assertThat(calendar.covers(2031)).isTrue();
    assertThat(calendar.isWorkingDay(d("2031-10-01"))).isFalse();
    assertThat(calendar.fallbackYears(d("2031-01-01"), d("2031-12-31"))).isEmpty();
  }

  @Test
  @DisplayName("a Holidays sheet that takes every day off fails loudly instead of looping")
  void aCalendarWithoutWorkingDaysFailsLoudly() {
    var allOff =
        d("2030-01-01")
            .datesUntil(d("2032-01-01"))
            .map(day -> new HolidayEntry(day, false, "off"))
            .toList();
    var calendar = WorkingCalendar.of(BuiltInHolidays.none(), allOff);
    assertThatThrownBy(() -> calendar.nthWorkingDayAfter(d("2030-06-01"), 1))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("2030-06-01");
  }
}

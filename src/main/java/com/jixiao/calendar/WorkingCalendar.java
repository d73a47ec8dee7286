package com.jixiao.calendar;

import com.jixiao.model.HolidayEntry;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Which days are working days (docs/rules.md#calendar): Monday to Friday unless a public holiday,
 * plus weekend days that are worked (调休上班). Built from the official arrangement and the workbook's
 * Holidays sheet, whose rows add dates and win over the official ones. A year that neither covers
 * falls back to plain weekends; {@link #fallbackYears} names such years so the caller can warn.
 */
public final class WorkingCalendar {
  /** More days off in a row than any real calendar has: the Holidays sheet must be wrong. */
  private static final int MAX_DAYS_OFF_IN_A_ROW = 366;

  private final Map<LocalDate, Boolean> workdayByDate = new HashMap<>();
  private final SortedSet<Integer> coveredYears = new TreeSet<>();

  private WorkingCalendar(BuiltInHolidays builtIn, List<HolidayEntry> overrides) {
    for (HolidayDay day : builtIn.days()) {
      workdayByDate.put(day.date(), day.workday());
    }
    coveredYears.addAll(builtIn.years());
    for (HolidayEntry entry : overrides) {
      workdayByDate.put(entry.date(), entry.workday());
      coveredYears.add(entry.date().getYear());
    }
  }

  /** The official mainland-China calendar. */
  public static WorkingCalendar china() {
    return china(List.of());
  }

  /** The official mainland-China calendar with a workbook's Holidays sheet on top. */
  public static WorkingCalendar china(List<HolidayEntry> overrides) {
    return of(BuiltInHolidays.china(), overrides);
  }

  public static WorkingCalendar of(BuiltInHolidays builtIn, List<HolidayEntry> overrides) {
    return new WorkingCalendar(builtIn, overrides);
  }

  public boolean isWorkingDay(LocalDate date) {
    Boolean listed = workdayByDate.get(date);
    if (listed != null) {
      return listed;
    }
    DayOfWeek day = date.getDayOfWeek();
    return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
  }

  /** The n-th working day strictly after {@code date} (n ≥ 1): WDn when date is a period's end. */
  public LocalDate nthWorkingDayAfter(LocalDate date, int n) {
    if (n < 1) {
      throw new IllegalArgumentException("n must be at least 1, was " + n);
    }
    LocalDate day = date;
    for (int found = 0; found < n; found++) {
      day = nextWorkingDay(day);
    }
    return day;
  }

  /** The last working day strictly before {@code date}. */
  public LocalDate lastWorkingDayBefore(LocalDate date) {
    LocalDate day = date.minusDays(1);
    for (int off = 0; !isWorkingDay(day); off++) {
      checkDaysOff(off, date);
      day = day.minusDays(1);
    }
    return day;
  }

  private LocalDate nextWorkingDay(LocalDate date) {
    LocalDate day = date.plusDays(1);
    for (int off = 0; !isWorkingDay(day); off++) {
      checkDaysOff(off, date);
      day = day.plusDays(1);
    }
    return day;
  }

  private static void checkDaysOff(int daysOff, LocalDate from) {
    if (daysOff > MAX_DAYS_OFF_IN_A_ROW) {
      throw new IllegalStateException(
          "no working day within " + MAX_DAYS_OFF_IN_A_ROW + " days of " + from);
    }
  }

  /** The years with official data or at least one Holidays-sheet row. */
  public SortedSet<Integer> coveredYears() {
    return Collections.unmodifiableSortedSet(coveredYears);
  }

  public boolean covers(int year) {
    return coveredYears.contains(year);
  }

  /**
   * The years between two dates (inclusive, either order) that this calendar does not cover, so
   * that a computation over those dates counted only weekends there.
   */
  public SortedSet<Integer> fallbackYears(LocalDate from, LocalDate to) {
    int first = Math.min(from.getYear(), to.getYear());
    int last = Math.max(from.getYear(), to.getYear());
    SortedSet<Integer> years = new TreeSet<>();
    for (int year = first; year <= last; year++) {
      if (!covers(year)) {
        years.add(year);
      }
    }
    return Collections.unmodifiableSortedSet(years);
  }
}

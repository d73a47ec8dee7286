package com.jixiao.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class BuiltInHolidaysTest {
  private final BuiltInHolidays china = BuiltInHolidays.china();

  @Test
  void theShippedDataCoversTheYearsNamedInItsHeader() {
    assertThat(china.years()).containsExactly(2024, 2025, 2026);
    assertThat(china.days()).allMatch(day -> china.years().contains(day.date().getYear()));
  }

  @Test
  void theAdjustedWorkingDaysAreExactlyThoseOfTheStateCouncilNotices() {
    // typed from the notices for 2024, 2025 and 2026 ("……上班")
    List<LocalDate> notices =
        List.of(
                "2024-02-04",
                "2024-02-18",
                "2024-04-07",
                "2024-04-28",
                "2024-05-11",
                "2024-09-14",
                "2024-09-29",
                "2024-10-12",
                "2025-01-26",
                "2025-02-08",
                "2025-04-27",
                "2025-09-28",
                "2025-10-11",
                "2026-01-04",
                "2026-02-14",
                "2026-02-28",
                "2026-05-09",
                "2026-09-20",
                "2026-10-10")
            .stream()
            .map(LocalDate::parse)
            .toList();
    List<LocalDate> data =
        china.days().stream().filter(HolidayDay::workday).map(HolidayDay::date).toList();
    assertThat(data).containsExactlyInAnyOrderElementsOf(notices);
  }

  @Test
  void everyAdjustedWorkingDayIsAWeekendDay() {
    assertThat(china.days())
        .filteredOn(HolidayDay::workday)
        .allMatch(
            day ->
                day.date().getDayOfWeek() == DayOfWeek.SATURDAY
                    || day.date().getDayOfWeek() == DayOfWeek.SUNDAY);
  }

  @Test
  void everyRowHasAChineseAndAnEnglishName() {
    assertThat(china.days()).allMatch(day -> !day.nameZh().isBlank() && !day.nameEn().isBlank());
  }

  @Test
  void commentsAndTheHeaderAreSkipped() {
    var parsed =
        BuiltInHolidays.parse(
            List.of(
                "# a comment",
                "# covers: 2030",
                "date,type,name_zh,name_en",
                "",
                "2030-10-01,holiday,国庆节,National Day",
                "2030-09-29,adjusted_workday,国庆节,National Day"),
            "test");
    assertThat(parsed.years()).containsExactly(2030);
    assertThat(parsed.days())
        .containsExactly(
            new HolidayDay(LocalDate.parse("2030-10-01"), false, "国庆节", "National Day"),
            new HolidayDay(LocalDate.parse("2030-09-29"), true, "国庆节", "National Day"));
  }

  @Test
  void aRowWithAnUnknownTypeFailsNamingItsLine() {
    assertThatThrownBy(
            () ->
                BuiltInHolidays.parse(
                    List.of("# covers: 2030", "date,type,name_zh,name_en", "2030-10-01,off,x,y"),
                    "test.csv"))
        .hasMessageContaining("test.csv line 3")
        .hasMessageContaining("off");
  }

  @Test
  void aRowOutsideTheCoveredYearsFails() {
    assertThatThrownBy(
            () ->
                BuiltInHolidays.parse(
                    List.of(
                        "# covers: 2030", "date,type,name_zh,name_en", "2031-01-01,holiday,元旦,NY"),
                    "test.csv"))
        .hasMessageContaining("2031-01-01");
  }
}

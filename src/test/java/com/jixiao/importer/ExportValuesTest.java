package com.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.importer.HeaderText.Unit;
import com.jixiao.importer.ImportField.ValueKind;
import com.jixiao.workbook.RawValue;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExportValuesTest {
  private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);

  private static ExportValues.Read read(String text, ValueKind kind, Unit unit) {
    RawValue raw = text == null ? RawValue.BLANK : new RawValue.Str(text);
    return ExportValues.read(raw, kind, unit, SEPTEMBER);
  }

  private static ExportValues.Read read(String text, ValueKind kind) {
    return read(text, kind, Unit.NONE);
  }

  @ParameterizedTest(name = "count \"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "1,234 | 1234",
        "１２３ | 123",
        "12人 | 12",
        "7笔 | 7",
        "1.2万 | 12000",
        "- | 0",
        "-- | 0",
        "— | 0",
        "NULL | 0",
        "0 | 0"
      })
  void counts(String text, String expected) {
    assertThat(read(text, ValueKind.COUNT).number()).isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "count \"{0}\" is an error: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "十二 | import.value.not_number",
        "-5 | import.value.negative",
        "12.5 | import.value.not_whole",
        "12% | import.value.not_number"
      })
  void badCounts(String text, String error) {
    ExportValues.Read r = read(text, ValueKind.COUNT);
    assertThat(r.failed()).isTrue();
    assertThat(r.error().key()).isEqualTo(error);
    assertThat(r.hint().key()).isEqualTo("import.hint.count");
  }

  @ParameterizedTest(name = "amount \"{0}\" ({1}) is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "12,345.60 | NONE | 12345.60",
        "¥12,345.60 | NONE | 12345.60",
        "12345.6元 | NONE | 12345.6",
        "1.5万 | NONE | 15000",
        "1.5 | TEN_THOUSAND_YUAN | 15000",
        "- | NONE | 0"
      })
  void money(String text, Unit unit, String expected) {
    assertThat(read(text, ValueKind.MONEY, unit).number()).isEqualByComparingTo(expected);
  }

  @ParameterizedTest(name = "rate \"{0}\" ({1}) is {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "95.5% | NONE | 0.955",
        "０.９ | NONE | 0.9",
        "95.5 | PERCENT | 0.955",
        "1 | NONE | 1",
        "100% | NONE | 1"
      })
  void rates(String text, Unit unit, String expected) {
    assertThat(read(text, ValueKind.RATE, unit).number()).isEqualByComparingTo(expected);
  }

  @Test
  @DisplayName("a percent-formatted number cell is its fraction")
  void percentCell() {
    RawValue cell = new RawValue.Num(new BigDecimal("0.955"), true);
    assertThat(ExportValues.read(cell, ValueKind.RATE, Unit.NONE, SEPTEMBER).number())
        .isEqualByComparingTo("0.955");
  }

  @Test
  @DisplayName("a dash or blank rate is no data, not 0%")
  void dashRateIsNoData() {
    assertThat(read("-", ValueKind.RATE).value()).isNull();
    assertThat(read(null, ValueKind.RATE).value()).isNull();
  }

  @ParameterizedTest(name = "{1} \"{0}\" is an error: {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        "95.5 | RATE | import.value.rate_looks_percent",
        "高 | RATE | import.value.not_rate",
        "105% | SHARE | import.value.rate_above_all",
        "95.5 | SHARE | import.value.rate_looks_percent"
      })
  void badRates(String text, ValueKind kind, String error) {
    assertThat(read(text, kind).error().key()).isEqualTo(error);
  }

  @Test
  @DisplayName(
      "a flagship ratio written as a percent may exceed 100%; a share (satisfaction) may not")
  void aboveAHundredPercent() {
    assertThat(read("105%", ValueKind.RATE).number()).isEqualByComparingTo("1.05");
    assertThat(read("105%", ValueKind.SHARE).failed()).isTrue();
  }

  @ParameterizedTest(name = "duration \"{0}\" ({1}) is {2} s")
  @CsvSource(
      delimiter = '|',
      value = {
        "12 | NONE | 12",
        "12.5 | NONE | 12.5",
        "12秒 | NONE | 12",
        "1分30秒 | NONE | 90",
        "1分钟 30秒 | NONE | 90",
        "2分 | NONE | 120",
        "1小时2分3秒 | NONE | 3723",
        "00:01:30 | NONE | 90",
        "01:30 | NONE | 90",
        "1m30s | NONE | 90",
        "１分３０秒 | NONE | 90",
        "1.5 | MINUTES | 90"
      })
  void durations(String text, Unit unit, String seconds) {
    assertThat(read(text, ValueKind.DURATION, unit).number()).isEqualByComparingTo(seconds);
  }

  @Test
  @DisplayName("a duration that is not one is an error with the forms to write")
  void badDuration() {
    ExportValues.Read r = read("很快", ValueKind.DURATION);
    assertThat(r.error().key()).isEqualTo("import.value.not_duration");
    assertThat(r.hint().key()).isEqualTo("import.hint.duration");
  }

  @ParameterizedTest(name = "date \"{0}\" is month {1}, day {2}")
  @CsvSource(
      delimiter = '|',
      nullValues = "NULL",
      value = {
        "2026-09-03 | 2026-09 | 2026-09-03",
        "2026/9/3 0:00:00 | 2026-09 | 2026-09-03",
        "2026年9月3日 | 2026-09 | 2026-09-03",
        "20260903 | 2026-09 | 2026-09-03",
        "09-03 | 2026-09 | 2026-09-03",
        "9月3日 | 2026-09 | 2026-09-03",
        "2026-09 | 2026-09 | NULL",
        "2026年9月 | 2026-09 | NULL",
        "2026-09-01~2026-09-15 | 2026-09 | NULL",
        "2026-09-01 至 2026-09-30 | 2026-09 | NULL",
        "2026-08-31 | 2026-08 | 2026-08-31"
      })
  void dates(String text, String month, String day) {
    ExportValues.RowDate d = (ExportValues.RowDate) read(text, ValueKind.DATE).value();
    assertThat(d.month()).isEqualTo(YearMonth.parse(month));
    assertThat(d.day().orElse(null)).isEqualTo(day == null ? null : LocalDate.parse(day));
  }

  @Test
  @DisplayName("a date range across two months is an error: its figures belong to two months")
  void rangeAcrossMonths() {
    assertThat(read("2026-08-25~2026-09-24", ValueKind.DATE).error().key())
        .isEqualTo("import.value.two_months");
  }

  @Test
  @DisplayName("a formula error in an .xlsx export is reported with its code")
  void formulaError() {
    ExportValues.Read r =
        ExportValues.read(new RawValue.Err("#DIV/0!"), ValueKind.COUNT, Unit.NONE, SEPTEMBER);
    assertThat(r.error())
        .isEqualTo(com.jixiao.i18n.Message.of("import.value.formula_error", "#DIV/0!"));
  }
}

package com.jixiao.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.model.ValueType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CellParserTest {

  private static CellParser.Result parse(RawValue raw, ValueType type) {
    return CellParser.parse(raw, type);
  }

  private static RawValue text(String s) {
    return new RawValue.Str(s);
  }

  private static RawValue num(String n) {
    return new RawValue.Num(new BigDecimal(n), false);
  }

  @ParameterizedTest(name = "month \"{0}\" is {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-09 | 2026-09",
        "2026-9 | 2026-09",
        "2026/09 | 2026-09",
        "2026.9 | 2026-09",
        "2026年9月 | 2026-09",
        "2026年09月份 | 2026-09",
        "２０２６年９月 | 2026-09",
        "2026-09-15 | 2026-09",
        "2026年9月1日 | 2026-09"
      })
  void monthsInTheirWrittenForms(String text, String expected) {
    assertThat(parse(text(text), ValueType.MONTH).value()).isEqualTo(YearMonth.parse(expected));
  }

  @Test
  void aDateCellIsItsMonth() {
    assertThat(parse(new RawValue.Date(LocalDate.of(2026, 9, 30)), ValueType.MONTH).value())
        .isEqualTo(YearMonth.of(2026, 9));
  }

  @ParameterizedTest(name = "\"{0}\" is not a month")
  @ValueSource(strings = {"2026-13", "September", "26-09", "2026"})
  void notMonths(String text) {
    CellParser.Result r = parse(text(text), ValueType.MONTH);
    assertThat(r.failed()).isTrue();
    assertThat(r.error().key()).isEqualTo("error.value.not_month");
  }

  @ParameterizedTest(name = "date \"{0}\"")
  @ValueSource(strings = {"2026-09-01", "2026/9/1", "2026年9月1日", "2026.9.1", "2026年9月1号"})
  void datesInTheirWrittenForms(String text) {
    assertThat(parse(text(text), ValueType.DATE).value()).isEqualTo(LocalDate.of(2026, 9, 1));
  }

  @Test
  void anExcelSerialNumberInADateColumnIsADate() {
    assertThat(parse(num("46265"), ValueType.DATE).value()).isEqualTo(LocalDate.of(2026, 8, 31));
  }

  @Test
  void aBlankCountIsZeroAndABlankLevelIsNotGiven() {
    assertThat(parse(RawValue.BLANK, ValueType.COUNT).value()).isEqualTo(BigDecimal.ZERO);
    assertThat(parse(RawValue.BLANK, ValueType.LEVEL3).value()).isNull();
    assertThat(parse(RawValue.BLANK, ValueType.MONEY).value()).isNull();
  }

  @Test
  void countsMustBeWholeAndNotNegative() {
    assertThat(parse(num("3"), ValueType.COUNT).value()).isEqualTo(new BigDecimal("3"));
    assertThat(parse(num("2.5"), ValueType.COUNT).error().key()).isEqualTo("error.value.not_whole");
    assertThat(parse(num("-1"), ValueType.COUNT).error().key()).isEqualTo("error.value.negative");
    assertThat(parse(text("１２"), ValueType.COUNT).value()).isEqualTo(new BigDecimal("12"));
  }

  @Test
  void moneyAcceptsCurrencyTextAndRejectsWords() {
    assertThat((BigDecimal) parse(text("¥1,234.50"), ValueType.MONEY).value())
        .isEqualByComparingTo("1234.50");
    CellParser.Result bad = parse(text("一千"), ValueType.MONEY);
    assertThat(bad.error().key()).isEqualTo("error.value.not_number");
    assertThat(bad.hint().key()).isEqualTo("hint.number");
  }

  @ParameterizedTest(name = "level {0} within 1–3: {1}")
  @CsvSource({"1, true", "3, true", "0, false", "4, false", "2.5, false"})
  void levelsStayInTheirRange(String value, boolean ok) {
    assertThat(parse(num(value), ValueType.LEVEL3).failed()).isEqualTo(!ok);
  }

  @Test
  void levelFourIsAllowedOnlyOnOneToFourScales() {
    assertThat(parse(num("4"), ValueType.LEVEL4).failed()).isFalse();
    assertThat(parse(num("5"), ValueType.LEVEL4).error().key())
        .isEqualTo("error.value.level_range");
  }

  @Test
  void aRateIsAFractionOrPercentTextAndAPlainNumberAboveOneIsAnError() {
    assertThat((BigDecimal) parse(num("0.85"), ValueType.RATE).value())
        .isEqualByComparingTo("0.85");
    assertThat((BigDecimal) parse(num("1"), ValueType.RATE).value()).isEqualByComparingTo("1");
    assertThat((BigDecimal) parse(text("0.5%"), ValueType.RATE).value())
        .isEqualByComparingTo("0.005");
    CellParser.Result bad = parse(num("85"), ValueType.RATE);
    assertThat(bad.error().key()).isEqualTo("error.value.rate_looks_percent");
    assertThat(bad.hint().args()).containsExactly("85", "0.85");
  }

  @Test
  void aNumberCellFormattedAsPercentMayExceedOneHundredPercent() {
    RawValue shownAs120Percent = new RawValue.Num(new BigDecimal("1.2"), true);
    assertThat((BigDecimal) parse(shownAs120Percent, ValueType.RATE).value())
        .isEqualByComparingTo("1.2");
  }

  @Test
  void aFormulaErrorNamesTheErrorValue() {
    CellParser.Result r = parse(new RawValue.Err("#DIV/0!"), ValueType.MONEY);
    assertThat(r.error().key()).isEqualTo("error.value.formula_error");
    assertThat(r.error().args()).containsExactly("#DIV/0!");
  }

  @Test
  void textColumnsTakeNumbersAsPlainText() {
    assertThat(parse(num("1001"), ValueType.TEXT).value()).isEqualTo("1001");
    assertThat(parse(text("  KF001 "), ValueType.TEXT).value()).isEqualTo("KF001");
  }
}

package com.jixiao.workbook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Locale;

/**
 * What a cell holds, before it is read as a type ({@link SheetParser} makes these; formula cells by
 * their cached value).
 */
public sealed interface RawValue {
  /** Excel keeps 15 significant digits; more would be binary noise of the double. */
  MathContext EXCEL_DIGITS = new MathContext(15);

  record Blank() implements RawValue {}

  /** A number; {@code percentFormat} when the cell shows it as a percent (0.85 shown as 85%). */
  record Num(BigDecimal value, boolean percentFormat) implements RawValue {}

  record Str(String value) implements RawValue {}

  record Date(LocalDate value) implements RawValue {}

  record Bool(boolean value) implements RawValue {}

  /** An error value such as #DIV/0! or #REF!. */
  record Err(String code) implements RawValue {}

  /**
   * A formula cell without a saved result: workbooks written by scripts (openpyxl, some exports)
   * store the formula only, and only a spreadsheet program calculates it. Its value is unknown,
   * which is neither blank nor 0.
   */
  record Uncalculated() implements RawValue {}

  Blank BLANK = new Blank();

  Uncalculated UNCALCULATED = new Uncalculated();

  /** A stored number as Excel shows it: 15 significant digits, no trailing zeros. */
  static BigDecimal excelNumber(BigDecimal stored) {
    BigDecimal v = stored.round(EXCEL_DIGITS).stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  /** Whether a number format shows percent (a % outside quoted literal text). */
  static boolean isPercentFormat(String format) {
    return format != null && format.replaceAll("\"[^\"]*\"", "").contains("%");
  }

  /** The value as text for messages and text columns: numbers plain, dates ISO. */
  default String display() {
    if (this instanceof Str s) {
      return com.jixiao.model.Text.trim(s.value());
    } else if (this instanceof Num n) {
      return n.value().toPlainString();
    } else if (this instanceof Date d) {
      return d.value().toString();
    } else if (this instanceof Bool b) {
      return Boolean.toString(b.value()).toUpperCase(Locale.ROOT);
    } else if (this instanceof Err e) {
      return e.code();
    }
    return "";
  }
}

package com.jixiao.workbook;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.xssf.usermodel.XSSFCell;

/** What a cell holds, before it is read as a type: formula cells by their cached value. */
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

  Blank BLANK = new Blank();

  static RawValue of(Cell cell) {
    if (cell == null) {
      return BLANK;
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      if (cell instanceof XSSFCell x && !x.getCTCell().isSetV()) {
        return BLANK; // a formula never calculated: no cached value to read
      }
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case NUMERIC -> numeric(cell);
      case STRING -> text(cell.getRichStringCellValue().getString());
      case BOOLEAN -> new Bool(cell.getBooleanCellValue());
      case ERROR -> new Err(errorCode(cell.getErrorCellValue()));
      default -> BLANK;
    };
  }

  private static RawValue text(String s) {
    return s == null || com.jixiao.model.Text.trim(s).isEmpty() ? BLANK : new Str(s);
  }

  private static RawValue numeric(Cell cell) {
    if (DateUtil.isCellDateFormatted(cell)) {
      return new Date(cell.getLocalDateTimeCellValue().toLocalDate());
    }
    return new Num(
        excelNumber(BigDecimal.valueOf(cell.getNumericCellValue())),
        isPercentFormat(cell.getCellStyle().getDataFormatString()));
  }

  /** A stored number as Excel shows it: 15 significant digits, no trailing zeros. */
  static BigDecimal excelNumber(BigDecimal stored) {
    BigDecimal v = stored.round(EXCEL_DIGITS).stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }

  /** Whether a number format shows percent (a % outside quoted literal text). */
  static boolean isPercentFormat(String format) {
    return format != null && format.replaceAll("\"[^\"]*\"", "").contains("%");
  }

  private static String errorCode(byte code) {
    try {
      return FormulaError.forInt(code).getString();
    } catch (IllegalArgumentException unknown) {
      return "#ERROR";
    }
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

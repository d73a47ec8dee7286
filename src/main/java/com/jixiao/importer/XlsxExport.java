package com.jixiao.importer;

import com.jixiao.model.Text;
import com.jixiao.workbook.RawValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Reads the visible sheets of an .xlsx export with POI's user model (the whole workbook in memory).
 * Unlike the standard workbook, which can hold a million Quality rows and is streamed, an export is
 * one row per agent (per day): a month of daily rows for 2,000 agents is 62,000 rows, a few tens of
 * MB as a POI workbook. The user model gives what streaming cannot before the rows are read: the
 * merged cells. A merged cell's text or date applies to every cell it covers (an agent's name or a
 * day merged down several rows); a merged number is kept in its first cell only, so it is never
 * counted twice.
 */
final class XlsxExport {
  private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86_400);

  /** An export has a few dozen columns; a merged title wider than this is cut there. */
  private static final int MAX_MERGED_COLUMNS = 255;

  private XlsxExport() {}

  static List<ExportSheet> sheets(XSSFWorkbook workbook, String file, int order) {
    List<ExportSheet> sheets = new ArrayList<>();
    for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
      if (workbook.isSheetHidden(i) || workbook.isSheetVeryHidden(i)) {
        continue;
      }
      Sheet sheet = workbook.getSheetAt(i);
      ExportSource source = new ExportSource(file, Optional.of(sheet.getSheetName()), order);
      sheets.add(new ExportSheet(source, rows(sheet)));
    }
    return sheets;
  }

  private static List<ExportRow> rows(Sheet sheet) {
    Map<Integer, Map<Integer, RawValue>> merged = mergedValues(sheet);
    List<ExportRow> rows = new ArrayList<>();
    for (Row row : sheet) {
      Map<Integer, RawValue> mergedHere = merged.getOrDefault(row.getRowNum(), Map.of());
      int last = row.getLastCellNum();
      for (int c : mergedHere.keySet()) {
        last = Math.max(last, c + 1);
      }
      List<RawValue> cells = new ArrayList<>();
      for (int c = 0; c < last; c++) {
        RawValue v = value(row.getCell(c));
        cells.add(v instanceof RawValue.Blank ? mergedHere.getOrDefault(c, v) : v);
      }
      rows.add(new ExportRow(row.getRowNum() + 1, cells));
    }
    return rows;
  }

  /**
   * The value each merged cell shows, by row and column: its range's first cell, unless that is a
   * number. Ranges are capped (a range over a whole column would cover a million rows).
   */
  private static Map<Integer, Map<Integer, RawValue>> mergedValues(Sheet sheet) {
    Map<Integer, Map<Integer, RawValue>> values = new HashMap<>();
    int lastRowOfSheet = sheet.getLastRowNum();
    for (CellRangeAddress range : sheet.getMergedRegions()) {
      Row first = sheet.getRow(range.getFirstRow());
      RawValue v = first == null ? RawValue.BLANK : value(first.getCell(range.getFirstColumn()));
      if (v instanceof RawValue.Num || v instanceof RawValue.Blank) {
        continue;
      }
      int lastRow = Math.min(range.getLastRow(), lastRowOfSheet);
      int lastColumn = Math.min(range.getLastColumn(), range.getFirstColumn() + MAX_MERGED_COLUMNS);
      for (int r = range.getFirstRow(); r <= lastRow; r++) {
        Map<Integer, RawValue> row = values.computeIfAbsent(r, k -> new HashMap<>());
        for (int c = range.getFirstColumn(); c <= lastColumn; c++) {
          row.put(c, v);
        }
      }
    }
    return values;
  }

  static RawValue value(Cell cell) {
    if (cell == null) {
      return RawValue.BLANK;
    }
    CellType type = cell.getCellType();
    if (type == CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case NUMERIC -> number(cell);
      case STRING -> {
        String s = cell.getStringCellValue();
        yield Text.trim(s).isEmpty() ? RawValue.BLANK : new RawValue.Str(s);
      }
      case BOOLEAN -> new RawValue.Bool(cell.getBooleanCellValue());
      case ERROR -> new RawValue.Err(FormulaError.forInt(cell.getErrorCellValue()).getString());
      default -> RawValue.BLANK;
    };
  }

  /**
   * A number cell: a date, a time of day (a duration such as 00:01:30, given as text so a duration
   * column reads it and any other column reports it), or a number as Excel shows it.
   */
  private static RawValue number(Cell cell) {
    double d = cell.getNumericCellValue();
    if (!Double.isFinite(d)) {
      return new RawValue.Str(String.valueOf(d));
    }
    if (DateUtil.isCellDateFormatted(cell)) {
      if (d >= 0 && d < 1) {
        return new RawValue.Str(clock(new BigDecimal(Double.toString(d))));
      }
      if (DateUtil.isValidExcelDate(d)) {
        return new RawValue.Date(cell.getLocalDateTimeCellValue().toLocalDate());
      }
    }
    String format = cell.getCellStyle() == null ? null : cell.getCellStyle().getDataFormatString();
    return new RawValue.Num(
        RawValue.excelNumber(new BigDecimal(Double.toString(d))), RawValue.isPercentFormat(format));
  }

  /** A fraction of a day as h:mm:ss, to the nearest second. */
  private static String clock(BigDecimal fractionOfDay) {
    int seconds =
        fractionOfDay.multiply(SECONDS_PER_DAY).setScale(0, RoundingMode.HALF_UP).intValue();
    return String.format(
        Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
  }
}

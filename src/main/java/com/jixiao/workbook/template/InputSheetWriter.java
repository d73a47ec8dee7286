package com.jixiao.workbook.template;

import com.jixiao.model.Language;
import com.jixiao.model.ValueType;
import com.jixiao.workbook.Column;
import com.jixiao.workbook.SheetSchema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes one input sheet of the standard workbook as a table: a bold, filled, frozen header row in
 * the workbook's language, then rows of values, with number formats and widths taken from each
 * column's {@link ValueType}. One table writer for every sheet; callers differ only in their column
 * lists and rows.
 *
 * <p>A header entry is either a column key of the sheet's schema (written as its label) or any
 * other text, written as is (an unknown column, which the reader keeps and ignores). A row maps
 * header entries to values: {@link String}, {@link Number}, {@link LocalDate}, {@link YearMonth} (a
 * date cell showing the month), {@link Formula} or {@link Formatted}; absent or null leaves the
 * cell empty.
 */
public final class InputSheetWriter {
  public static final String MONEY_FORMAT = "#,##0.00";
  public static final String RATE_FORMAT = "0.0%";
  public static final String DATE_FORMAT = "yyyy-mm-dd";
  public static final String MONTH_FORMAT = "yyyy-mm";
  public static final String TEXT_FORMAT = "@";

  private static final int MIN_WIDTH = 8;
  private static final int MAX_WIDTH = 40;

  /** A formula cell, written without a cached value; evaluate the workbook to fill it. */
  public record Formula(String expression) {}

  /** A value with its own number format, for sheets whose values differ row by row. */
  public record Formatted(Object value, String format) {}

  private final XSSFWorkbook workbook;
  private final Language language;
  private final Map<String, XSSFCellStyle> styles = new HashMap<>();
  private final XSSFCellStyle headerStyle;

  public InputSheetWriter(XSSFWorkbook workbook, Language language) {
    this.workbook = workbook;
    this.language = language;
    this.headerStyle = headerStyle(workbook);
  }

  /** Writes the sheet with the schema's columns in the schema's order. */
  public XSSFSheet write(SheetSchema schema, List<Map<String, Object>> rows) {
    return write(schema, schema.columns().stream().map(Column::key).toList(), rows);
  }

  /** Writes the sheet with the given header entries, in that order. */
  public XSSFSheet write(SheetSchema schema, List<String> headers, List<Map<String, Object>> rows) {
    XSSFSheet sheet = workbook.createSheet(schema.name(language));
    XSSFRow headerRow = sheet.createRow(0);
    int[] widths = new int[headers.size()];
    for (int c = 0; c < headers.size(); c++) {
      String label =
          schema.column(headers.get(c)).map(col -> col.label(language)).orElse(headers.get(c));
      XSSFCell cell = headerRow.createCell(c);
      cell.setCellValue(label);
      cell.setCellStyle(headerStyle);
      widths[c] = displayWidth(label);
    }
    for (int r = 0; r < rows.size(); r++) {
      XSSFRow row = sheet.createRow(r + 1);
      for (int c = 0; c < headers.size(); c++) {
        Object value = rows.get(r).get(headers.get(c));
        if (value != null) {
          writeCell(row.createCell(c), value, columnFormat(schema, headers.get(c)));
          widths[c] = Math.max(widths[c], displayWidth(shown(value)));
        }
      }
    }
    for (int c = 0; c < headers.size(); c++) {
      int chars = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widths[c] + 2));
      sheet.setColumnWidth(c, chars * 256);
      Optional<String> format = columnFormat(schema, headers.get(c));
      if (format.isPresent()) {
        sheet.setDefaultColumnStyle(c, style(format.get()));
      }
    }
    sheet.createFreezePane(0, 1);
    return sheet;
  }

  /** The number format cells of a column get, if any. */
  public static Optional<String> format(ValueType type) {
    return switch (type) {
      case MONEY -> Optional.of(MONEY_FORMAT);
      case RATE, SHARE -> Optional.of(RATE_FORMAT);
      case DATE -> Optional.of(DATE_FORMAT);
      case MONTH -> Optional.of(MONTH_FORMAT);
      case TEXT -> Optional.of(TEXT_FORMAT);
      default -> Optional.empty();
    };
  }

  /** A cell style with just this number format, shared within the workbook. */
  public XSSFCellStyle style(String format) {
    return styles.computeIfAbsent(
        format,
        f -> {
          XSSFCellStyle s = workbook.createCellStyle();
          s.setDataFormat(workbook.createDataFormat().getFormat(f));
          return s;
        });
  }

  private Optional<String> columnFormat(SheetSchema schema, String header) {
    if (schema.isKeyValue()) {
      // a key–value sheet's values differ by row; text format would turn typed numbers into text
      return Optional.empty();
    }
    return schema.column(header).flatMap(col -> format(col.type()));
  }

  private void writeCell(XSSFCell cell, Object value, Optional<String> columnFormat) {
    Optional<String> format = columnFormat;
    Object v = value;
    if (v instanceof Formatted f) {
      format = Optional.of(f.format());
      v = f.value();
    }
    if (v instanceof String s) {
      cell.setCellValue(s);
    } else if (v instanceof BigDecimal d) {
      cell.setCellValue(d.doubleValue());
    } else if (v instanceof Number n) {
      cell.setCellValue(n.doubleValue());
    } else if (v instanceof YearMonth m) {
      cell.setCellValue(m.atDay(1));
      format = Optional.of(MONTH_FORMAT);
    } else if (v instanceof LocalDate d) {
      cell.setCellValue(d);
      if (format.isEmpty() || !(format.get().contains("yy"))) {
        format = Optional.of(DATE_FORMAT);
      }
    } else if (v instanceof Formula f) {
      cell.setCellFormula(f.expression());
    } else {
      throw new IllegalArgumentException("cannot write a " + v.getClass() + " into a cell");
    }
    format.ifPresent(f -> cell.setCellStyle(style(f)));
  }

  private static String shown(Object value) {
    Object v = value instanceof Formatted f ? f.value() : value;
    if (v instanceof BigDecimal d) {
      return String.format("%,.2f", d);
    }
    if (v instanceof Formula) {
      return "000,000.00";
    }
    return String.valueOf(v);
  }

  /** Width in character cells: CJK characters take two. */
  static int displayWidth(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); i++) {
      width += text.charAt(i) >= 0x2E80 ? 2 : 1;
    }
    return width;
  }

  private static XSSFCellStyle headerStyle(XSSFWorkbook workbook) {
    XSSFFont bold = workbook.createFont();
    bold.setBold(true);
    XSSFCellStyle s = workbook.createCellStyle();
    s.setFont(bold);
    s.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
    s.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    s.setBorderBottom(BorderStyle.THIN);
    s.setVerticalAlignment(VerticalAlignment.CENTER);
    return s;
  }
}

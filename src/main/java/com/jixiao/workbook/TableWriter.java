package com.jixiao.workbook;

import com.jixiao.money.Money;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFCell;

/**
 * Writes one output sheet as a table: a bold, frozen header row with a filter, one row per item,
 * numbers as number cells with a format, widths that fit the content (CJK counted double), and
 * optional cell comments. Text is always written as text, so a value starting with "=" is never a
 * formula. The one table writer for every output sheet.
 */
public final class TableWriter {
  private static final int MAX_WIDTH_CHARS = 60;
  private static final float LINE_POINTS = 15f;

  private final Workbook workbook;
  private final CellStyle headerStyle;
  private final Map<TableColumn.Format, CellStyle> styles = new EnumMap<>(TableColumn.Format.class);
  private final Map<String, List<CellNote>> notes = new LinkedHashMap<>();

  /**
   * A cell comment to add when the workbook is saved. Comments are not created through POI: its
   * comment shapes cost time quadratic in their number (40,000 comments for 2,000 agents), so
   * {@link WorkbookGraft} writes them as parts of their own.
   */
  public record CellNote(int row, int column, String text) {}

  /** The comments of each written sheet, by sheet name. */
  public Map<String, List<CellNote>> notes() {
    return Collections.unmodifiableMap(notes);
  }

  private final Map<TableColumn.Format, CellStyle> totalStyles =
      new EnumMap<>(TableColumn.Format.class);

  /** A writer whose CURRENCY cells show CNY (¥). */
  public TableWriter(Workbook workbook) {
    this(workbook, "CNY");
  }

  /** A writer whose CURRENCY cells show {@code currency} (Settings currency: "CNY", "USD", …). */
  public TableWriter(Workbook workbook, String currency) {
    this.workbook = workbook;
    this.headerStyle = headerStyle(workbook);
    Font bold = workbook.createFont();
    bold.setBold(true);
    for (TableColumn.Format f : TableColumn.Format.values()) {
      styles.put(f, bodyStyle(workbook, f, currency));
      CellStyle total = bodyStyle(workbook, f, currency);
      total.setFont(bold);
      total.setBorderTop(BorderStyle.THIN);
      totalStyles.put(f, total);
    }
  }

  /** Adds the sheet at the end of the workbook and fills it. */
  public <T> Sheet write(String sheetName, List<TableColumn<T>> columns, List<T> rows) {
    return write(sheetName, columns, rows, TableLayout.PLAIN);
  }

  /** Adds the sheet at the end of the workbook and fills it, laid out as asked. */
  public <T> Sheet write(
      String sheetName, List<TableColumn<T>> columns, List<T> rows, TableLayout layout) {
    Sheet sheet = workbook.createSheet(sheetName);
    int[] widths = new int[columns.size()];
    Row header = sheet.createRow(0);
    for (int c = 0; c < columns.size(); c++) {
      Cell cell = header.createCell(c);
      cell.setCellValue(columns.get(c).header());
      cell.setCellStyle(headerStyle);
      widths[c] = displayWidth(columns.get(c).header());
    }
    List<CellNote> sheetNotes = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.createRow(r + 1);
      T item = rows.get(r);
      for (int c = 0; c < columns.size(); c++) {
        TableColumn<T> column = columns.get(c);
        Cell cell = row.createCell(c);
        cell.setCellStyle(styles.get(column.formatOf().apply(item)));
        Object value = column.value().apply(item);
        int width = setValue(cell, value);
        widths[c] = Math.max(widths[c], width);
        if (column.format() == TableColumn.Format.LONG_TEXT && width > MAX_WIDTH_CHARS) {
          // wrapped text: make the row tall enough, since not every viewer fits it on open
          int lines = (width + MAX_WIDTH_CHARS - 4) / (MAX_WIDTH_CHARS - 3);
          row.setHeightInPoints(Math.max(row.getHeightInPoints(), lines * LINE_POINTS));
        }
        String comment = column.comment().apply(item);
        if (comment != null && !comment.isEmpty()) {
          sheetNotes.add(new CellNote(r + 1, c, sanitize(comment)));
        }
      }
    }
    if (layout.totalsLabel().isPresent()) {
      totalsRow(sheet, columns, rows, layout.totalsLabel().get(), widths);
    }
    for (int c = 0; c < columns.size(); c++) {
      sheet.setColumnWidth(c, Math.min(MAX_WIDTH_CHARS, widths[c] + 3) * 256);
    }
    if (!sheetNotes.isEmpty()) {
      notes.put(sheetName, List.copyOf(sheetNotes));
    }
    sheet.createFreezePane(0, 1);
    if (!columns.isEmpty()) {
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(rows.size(), 1), 0, columns.size() - 1));
    }
    if (layout.printable() && !columns.isEmpty()) {
      printSetup(sheet, columns.size() - 1);
    }
    return sheet;
  }

  /**
   * The row after the data: the label, then under each summed column a real {@code SUM} formula
   * with its cached value (the exact decimal sum of the rows), so a reader that does not
   * recalculate still sees the numbers, and they equal the rows to the cent.
   */
  private <T> void totalsRow(
      Sheet sheet, List<TableColumn<T>> columns, List<T> rows, String label, int[] widths) {
    Row row = sheet.createRow(rows.size() + 1);
    for (int c = 0; c < columns.size(); c++) {
      TableColumn<T> column = columns.get(c);
      Cell cell = row.createCell(c);
      cell.setCellStyle(totalStyles.get(column.format()));
      if (c == 0) {
        cell.setCellValue(label);
        widths[c] = Math.max(widths[c], displayWidth(label));
      }
      if (!column.summed()) {
        continue;
      }
      BigDecimal sum = BigDecimal.ZERO;
      for (T item : rows) {
        sum = sum.add(number(column.value().apply(item)));
      }
      if (rows.isEmpty()) {
        cell.setCellValue(0);
        continue;
      }
      String letter = CellReference.convertNumToColString(c);
      cell.setCellFormula("SUM(" + letter + "2:" + letter + (rows.size() + 1) + ")");
      if (cell instanceof XSSFCell x) {
        x.getCTCell().setV(sum.toPlainString()); // the decimal exactly
      } else {
        cell.setCellValue(sum.doubleValue()); // streamed: the cached value as its nearest double
      }
      widths[c] = Math.max(widths[c], sum.toPlainString().length() + 3);
    }
  }

  private static BigDecimal number(Object value) {
    if (value == null) {
      return BigDecimal.ZERO;
    }
    if (value instanceof BigDecimal b) {
      return b;
    }
    if (value instanceof Integer || value instanceof Long) {
      return BigDecimal.valueOf(((Number) value).longValue());
    }
    throw new IllegalArgumentException("a summed column holds " + value.getClass());
  }

  /** A4 landscape, one page wide (as many pages tall as needed), header row on every page. */
  private void printSetup(Sheet sheet, int lastColumn) {
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    sheet.setFitToPage(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setHorizontallyCenter(true);
    sheet.setRepeatingRows(CellRangeAddress.valueOf("1:1"));
    workbook.setPrintArea(
        workbook.getSheetIndex(sheet), 0, lastColumn, 0, Math.max(sheet.getLastRowNum(), 0));
  }

  private static int setValue(Cell cell, Object value) {
    if (value == null) {
      return 0;
    }
    if (value instanceof BigDecimal b) {
      cell.setCellValue(b.doubleValue());
      return b.setScale(Math.max(2, 0), java.math.RoundingMode.HALF_UP).toPlainString().length()
          + 2;
    }
    if (value instanceof java.time.LocalDate d) {
      cell.setCellValue(d);
      return 12;
    }
    if (value instanceof Number n) {
      cell.setCellValue(n.doubleValue());
      return n.toString().length() + 1;
    }
    String text = sanitize(value.toString());
    cell.setCellValue(text);
    return displayWidth(text);
  }

  /**
   * Control characters (other than tab and newline) are not allowed in cells; Excel caps at 32767.
   */
  static String sanitize(String text) {
    StringBuilder b = new StringBuilder(text.length());
    text.codePoints()
        .filter(cp -> cp >= 0x20 || cp == '\n' || cp == '\t')
        .forEach(b::appendCodePoint);
    return b.length() > 32767 ? b.substring(0, 32767) : b.toString();
  }

  /** Width in Excel character units: CJK and other wide characters count double. */
  static int displayWidth(String text) {
    int width = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\n') {
        continue;
      }
      width += ch >= 0x2E80 ? 2 : 1;
    }
    return width;
  }

  /** "¥#,##0.00" for yuan; else the currency code before the number ("USD 1,234.50"). */
  static String currencyPattern(String currency) {
    return "\"" + Money.sign(currency).replace("\"", "") + "\"#,##0.00";
  }

  private static CellStyle headerStyle(Workbook wb) {
    CellStyle style = wb.createCellStyle();
    Font font = wb.createFont();
    font.setBold(true);
    style.setFont(font);
    style.setFillForegroundColor(IndexedColors.PALE_BLUE.getIndex());
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
    style.setBorderBottom(BorderStyle.THIN);
    style.setVerticalAlignment(VerticalAlignment.CENTER);
    style.setWrapText(true);
    return style;
  }

  private static CellStyle bodyStyle(Workbook wb, TableColumn.Format format, String currency) {
    CellStyle style = wb.createCellStyle();
    String pattern =
        switch (format) {
          case TEXT, LONG_TEXT -> "@";
          case INTEGER -> "0";
          case DECIMAL2 -> "0.00";
          case DECIMAL4 -> "0.0000";
          case PERCENT1 -> "0.0%";
          case MONEY -> "#,##0.00";
          case CURRENCY -> currencyPattern(currency);
          case DATE -> "yyyy-mm-dd";
          case GENERAL -> "General";
        };
    style.setDataFormat(wb.createDataFormat().getFormat(pattern));
    style.setVerticalAlignment(VerticalAlignment.TOP);
    style.setWrapText(format == TableColumn.Format.LONG_TEXT);
    return style;
  }
}

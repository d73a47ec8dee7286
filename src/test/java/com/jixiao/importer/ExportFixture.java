package com.jixiao.importer;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A back-office export for tests, written the way real ones are: title rows above the header, a
 * totals row, values as text. Cells are given as written (String) or, for .xlsx, as Number cells;
 * {@link Percent} and {@link Clock} make percent- and time-formatted number cells.
 */
public final class ExportFixture {
  /** A fraction shown as a percent in an .xlsx (0.955 shown as 95.5%). */
  public record Percent(double fraction) {}

  /** A time of day in an .xlsx, as exports write durations (00:01:30). */
  public record Clock(int seconds) {}

  private final List<List<Object>> titles = new ArrayList<>();
  private List<Object> header = List.of();
  private final List<List<Object>> rows = new ArrayList<>();
  private final List<List<Object>> footer = new ArrayList<>();

  public static ExportFixture table(Object... header) {
    ExportFixture f = new ExportFixture();
    f.header = Arrays.asList(header);
    return f;
  }

  public ExportFixture title(Object... cells) {
    titles.add(Arrays.asList(cells));
    return this;
  }

  public ExportFixture row(Object... cells) {
    rows.add(Arrays.asList(cells));
    return this;
  }

  /** A row after the data (totals, notes). */
  public ExportFixture footer(Object... cells) {
    footer.add(Arrays.asList(cells));
    return this;
  }

  private List<List<Object>> all() {
    List<List<Object>> all = new ArrayList<>(titles);
    all.add(header);
    all.addAll(rows);
    all.addAll(footer);
    return all;
  }

  /** The table as CSV text: cells with a comma, quote or line break are quoted. */
  public String csvText(char separator) {
    StringBuilder b = new StringBuilder();
    for (List<Object> row : all()) {
      List<String> cells = new ArrayList<>();
      for (Object c : row) {
        String s = c == null ? "" : c.toString();
        boolean quote = s.indexOf(separator) >= 0 || s.contains("\"") || s.contains("\n");
        cells.add(quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s);
      }
      b.append(String.join(String.valueOf(separator), cells)).append("\r\n");
    }
    return b.toString();
  }

  /** A GBK CSV, as most Chinese back offices write them. */
  public Path gbkCsv(Path path) throws IOException {
    return csv(path, Charset.forName("GBK"), false);
  }

  /** A UTF-8 CSV with a byte-order mark, as Excel's "CSV UTF-8" writes it. */
  public Path utf8BomCsv(Path path) throws IOException {
    return csv(path, StandardCharsets.UTF_8, true);
  }

  public Path csv(Path path, Charset charset, boolean bom) throws IOException {
    try (OutputStream out = Files.newOutputStream(path)) {
      if (bom) {
        out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      }
      // strictly: a character the charset lacks (¥ in GBK, which has ￥) must fail the fixture
      java.nio.ByteBuffer bytes =
          charset
              .newEncoder()
              .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
              .encode(java.nio.CharBuffer.wrap(csvText(',')));
      out.write(bytes.array(), 0, bytes.limit());
    }
    return path;
  }

  /** An .xlsx with each title row merged across the header's width, as report exports look. */
  public Path xlsx(Path path) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream out = Files.newOutputStream(path)) {
      fill(wb, wb.createSheet("客服绩效"));
      wb.write(out);
    }
    return path;
  }

  /** Writes the table into a sheet; title rows merged across the header's width. */
  public void fill(XSSFWorkbook wb, Sheet sheet) {
    CellStyle percent = wb.createCellStyle();
    percent.setDataFormat(wb.createDataFormat().getFormat("0.0%"));
    CellStyle clock = wb.createCellStyle();
    clock.setDataFormat(wb.createDataFormat().getFormat("hh:mm:ss"));
    List<List<Object>> all = all();
    for (int r = 0; r < all.size(); r++) {
      Row row = sheet.createRow(r);
      List<Object> values = all.get(r);
      for (int c = 0; c < values.size(); c++) {
        Object v = values.get(c);
        if (v == null) {
          continue;
        }
        Cell cell = row.createCell(c);
        if (v instanceof Percent p) {
          cell.setCellValue(p.fraction());
          cell.setCellStyle(percent);
        } else if (v instanceof Clock k) {
          cell.setCellValue(k.seconds() / 86_400.0);
          cell.setCellStyle(clock);
        } else if (v instanceof Number n) {
          cell.setCellValue(n.doubleValue());
        } else if (v instanceof java.time.LocalDate d) {
          cell.setCellValue(d);
          CellStyle date = wb.createCellStyle();
          date.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
          cell.setCellStyle(date);
        } else {
          cell.setCellValue(v.toString());
        }
      }
      if (r < titles.size() && header.size() > 1) {
        sheet.addMergedRegion(new CellRangeAddress(r, r, 0, header.size() - 1));
      }
    }
  }
}

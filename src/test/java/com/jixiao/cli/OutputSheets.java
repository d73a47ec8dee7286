package com.jixiao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Reads output sheets back as a person sees them: formatted cells by header, comments. */
final class OutputSheets {
  private OutputSheets() {}

  static XSSFWorkbook open(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  /** Every data row's formatted cells by header, in order. */
  static List<Map<String, String>> rows(Sheet sheet) {
    DataFormatter f = new DataFormatter();
    Row header = sheet.getRow(0);
    List<Map<String, String>> rows = new ArrayList<>();
    for (Row row : sheet) {
      if (row.getRowNum() == 0) {
        continue;
      }
      Map<String, String> cells = new LinkedHashMap<>();
      header.forEach(
          h ->
              cells.put(
                  h.getStringCellValue(), f.formatCellValue(row.getCell(h.getColumnIndex()))));
      rows.add(cells);
    }
    return rows;
  }

  /** First cell → the row's formatted cells by header (the last row of a repeated key wins). */
  static Map<String, Map<String, String>> table(Sheet sheet) {
    Map<String, Map<String, String>> byFirstCell = new LinkedHashMap<>();
    for (Map<String, String> row : rows(sheet)) {
      byFirstCell.put(row.values().iterator().next(), row);
    }
    return byFirstCell;
  }

  /** The comment of the cell in the row whose first cell is {@code key}, column {@code header}. */
  static String comment(Sheet sheet, String key, String header) {
    int column = -1;
    for (Cell h : sheet.getRow(0)) {
      if (h.getStringCellValue().equals(header)) {
        column = h.getColumnIndex();
      }
    }
    for (Row row : sheet) {
      if (row.getCell(0) != null && row.getCell(0).toString().equals(key)) {
        Comment c =
            sheet.getCellComment(new org.apache.poi.ss.util.CellAddress(row.getRowNum(), column));
        return c == null ? null : c.getString().getString();
      }
    }
    throw new IllegalArgumentException("no row " + key + " in " + sheet.getSheetName());
  }
}

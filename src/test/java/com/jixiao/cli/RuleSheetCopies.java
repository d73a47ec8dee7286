package com.jixiao.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Copies of a workbook with rows set in its Parameters sheet, as a user would type them: the
 * ordinary way of trying a rule, against which the what-if is checked.
 */
final class RuleSheetCopies {
  private RuleSheetCopies() {}

  /**
   * Copies {@code from} to {@code to} with each key's value set in the Parameters / 参数 sheet (a row
   * is replaced or added; the sheet is added, named in the workbook's language, if missing).
   */
  static Path withParameters(Path from, Path to, Map<String, String> values) throws IOException {
    try (InputStream in = Files.newInputStream(from);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getSheet("参数");
      if (sheet == null) {
        sheet = wb.getSheet("Parameters");
      }
      if (sheet == null) {
        boolean zh = wb.getSheet("设置") != null;
        sheet = wb.createSheet(zh ? "参数" : "Parameters");
        Row header = sheet.createRow(0);
        header.createCell(0).setCellValue("key");
        header.createCell(1).setCellValue("value");
      }
      for (Map.Entry<String, String> e : values.entrySet()) {
        Row row = null;
        for (Row r : sheet) {
          if (r.getCell(0) != null && r.getCell(0).toString().equals(e.getKey())) {
            row = r;
          }
        }
        if (row == null) {
          row = sheet.createRow(sheet.getLastRowNum() + 1);
          row.createCell(0).setCellValue(e.getKey());
        }
        row.createCell(1).setCellValue(e.getValue());
      }
      try (OutputStream out = Files.newOutputStream(to)) {
        wb.write(out);
      }
    }
    return to;
  }

  /**
   * Copies {@code from} to {@code to} without its Confirmations / 确认与申诉 sheet: the month as the
   * first pass sees it, before any objection is decided.
   */
  static Path withoutConfirmations(Path from, Path to) throws IOException {
    try (InputStream in = Files.newInputStream(from);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (String name : new String[] {"确认与申诉", "Confirmations"}) {
        int index = wb.getSheetIndex(name);
        if (index >= 0) {
          wb.removeSheetAt(index);
        }
      }
      try (OutputStream out = Files.newOutputStream(to)) {
        wb.write(out);
      }
    }
    return to;
  }

  /**
   * Copies {@code from} to {@code to} with its Settings period set to {@code period} and the store
   * revenue figures (store_revenue, its target and the previous month's) removed: the workbook a
   * manager would run to assess an earlier month without that month's revenue.
   */
  static Path withPeriod(Path from, Path to, String period) throws IOException {
    try (InputStream in = Files.newInputStream(from);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet settings = wb.getSheet("设置") != null ? wb.getSheet("设置") : wb.getSheet("Settings");
      List<Row> remove = new ArrayList<>();
      for (Row r : settings) {
        String key = r.getCell(0) == null ? "" : r.getCell(0).toString();
        if (key.equals("考核月份") || key.equalsIgnoreCase("period")) {
          r.createCell(1).setCellValue(period);
        }
        if (List.of("店铺营业额", "营业额目标", "上月营业额").contains(key)
            || key.toLowerCase(Locale.ROOT).startsWith("store_revenue")
            || key.toLowerCase(Locale.ROOT).startsWith("store revenue")) {
          remove.add(r);
        }
      }
      remove.forEach(settings::removeRow);
      try (OutputStream out = Files.newOutputStream(to)) {
        wb.write(out);
      }
    }
    return to;
  }
}

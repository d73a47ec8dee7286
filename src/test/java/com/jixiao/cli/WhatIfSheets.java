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
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Sheets of an output workbook read back as rows of header → cell text or number. */
final class WhatIfSheets {
  private WhatIfSheets() {}

  /** Every data row of the sheet: header → String (text) or Double (number); blank cells absent. */
  static List<Map<String, Object>> rows(Path xlsx, String sheetName) throws IOException {
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet sheet = wb.getSheet(sheetName);
      if (sheet == null) {
        throw new AssertionError("no sheet " + sheetName + " in " + xlsx);
      }
      List<String> headers = new ArrayList<>();
      sheet.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
      List<Map<String, Object>> rows = new ArrayList<>();
      DataFormatter format = new DataFormatter();
      for (int r = 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        Map<String, Object> values = new LinkedHashMap<>();
        for (int c = 0; c < headers.size(); c++) {
          Cell cell = row.getCell(c);
          if (cell == null || cell.getCellType() == CellType.BLANK) {
            continue;
          }
          boolean number =
              cell.getCellType() == CellType.NUMERIC
                  || (cell.getCellType() == CellType.FORMULA
                      && cell.getCachedFormulaResultType() == CellType.NUMERIC);
          values.put(
              headers.get(c),
              number ? (Object) cell.getNumericCellValue() : format.formatCellValue(cell));
        }
        rows.add(values);
      }
      return rows;
    }
  }

  static List<String> sheetNames(Path xlsx) throws IOException {
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      List<String> names = new ArrayList<>();
      wb.forEach(s -> names.add(s.getSheetName()));
      return names;
    }
  }
}

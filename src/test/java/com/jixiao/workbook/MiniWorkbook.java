package com.jixiao.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A small valid standard workbook for tests, built in memory, with helpers to break it in one
 * place: a cell, a column, a sheet. Values are written as given: String as text, Number as a number
 * cell, null as an empty cell.
 */
public final class MiniWorkbook {
  private final Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();

  /** Three presales agents and one aftersales agent, period 2026-09 with August as history. */
  public static MiniWorkbook valid() {
    MiniWorkbook w = new MiniWorkbook();
    w.sheet("设置", row("项目", "值"), row("店铺", "测试店"), row("考核月份", "2026-09"), row("语言", "zh"));
    w.sheet(
        "客服名单",
        row("工号", "姓名", "小组", "岗位", "薪资级别", "邮箱", "状态"),
        row("KF001", "张三", "一组", "售前", 1, "zs@example.com", "在职"),
        row("KF002", "李四", "一组", "售前", 2, null, "在职"),
        row("KF003", "王五", "二组", "组长", 2, null, null),
        row("KF004", "赵六", "二组", "售后", 1, null, null));
    w.sheet("薪资级别", row("级别", "级别工资", "绩效工资"), row(1, 3000, 1000), row(2, 4000, 1500));
    List<Object> header =
        row(
            "工号",
            "月份",
            "销售额",
            "销售目标",
            "访问量",
            "咨询量",
            "成交量",
            "订单量",
            "退单量",
            "主推单品销售比例",
            "交易纠纷",
            "专业知识",
            "导购能力",
            "沟通能力",
            "灵活应变能力",
            "责任感",
            "应出勤天数",
            "缺勤天数",
            "迟到次数",
            "礼仪违规次数",
            "投诉差评次数",
            "按时提交报告数",
            "合格报告数",
            "违反制度次数",
            "影响团队次数",
            "接待人数",
            "好评数");
    w.sheet("月度数据", header);
    for (String month : List.of("2026-08", "2026-09")) {
      w.append("月度数据", monthly("KF001", month, 100000, 100000));
      w.append("月度数据", monthly("KF002", month, 90000, 100000));
      w.append("月度数据", monthly("KF003", month, 120000, 100000));
      w.append("月度数据", monthly("KF004", month, 0, 0));
    }
    return w;
  }

  private static List<Object> monthly(String id, String month, int sales, int target) {
    return row(
        id, month, sales, target, 5000, 400, 100, 500, 2, 0.9, 0, 3, 4, 3, 3, 4, 22, 0, 0, 0, 0, 2,
        2, 0, 0, 2000, 30);
  }

  public static List<Object> row(Object... values) {
    return new ArrayList<>(Arrays.asList(values));
  }

  public MiniWorkbook sheet(String name, List<Object> header, List<?>... rows) {
    List<List<Object>> data = new ArrayList<>();
    data.add(new ArrayList<>(header));
    for (List<?> r : rows) {
      data.add(new ArrayList<>(r));
    }
    sheets.put(name, data);
    return this;
  }

  public MiniWorkbook append(String sheet, List<Object> row) {
    sheets.get(sheet).add(row);
    return this;
  }

  public MiniWorkbook removeSheet(String name) {
    sheets.remove(name);
    return this;
  }

  /** Sets a cell of a data row (1-based as in Excel: row 2 is the first data row) by header. */
  public MiniWorkbook set(String sheet, int excelRow, String header, Object value) {
    List<List<Object>> data = sheets.get(sheet);
    int col = data.get(0).indexOf(header);
    if (col < 0) {
      throw new IllegalArgumentException("no column " + header + " in " + sheet);
    }
    List<Object> row = data.get(excelRow - 1);
    while (row.size() <= col) {
      row.add(null);
    }
    row.set(col, value);
    return this;
  }

  /** Renames a header cell (e.g. to test aliases) or, with null, removes the whole column. */
  public MiniWorkbook renameColumn(String sheet, String header, String newHeader) {
    List<List<Object>> data = sheets.get(sheet);
    int col = data.get(0).indexOf(header);
    if (newHeader == null) {
      for (List<Object> r : data) {
        if (r.size() > col) {
          r.remove(col);
        }
      }
    } else {
      data.get(0).set(col, newHeader);
    }
    return this;
  }

  public MiniWorkbook renameSheet(String name, String newName) {
    Map<String, List<List<Object>>> copy = new LinkedHashMap<>();
    sheets.forEach((k, v) -> copy.put(k.equals(name) ? newName : k, v));
    sheets.clear();
    sheets.putAll(copy);
    return this;
  }

  /** The sheets by name, each a list of rows (header first), open to change (for the fuzzer). */
  public Map<String, List<List<Object>>> sheets() {
    return sheets;
  }

  /** A deep copy, to change without touching this one. */
  public MiniWorkbook copy() {
    MiniWorkbook w = new MiniWorkbook();
    sheets.forEach(
        (name, rows) -> {
          List<List<Object>> copied = new ArrayList<>();
          rows.forEach(r -> copied.add(new ArrayList<>(r)));
          w.sheets.put(name, copied);
        });
    return w;
  }

  /**
   * A workbook's values as a MiniWorkbook: text, numbers (as Double), dates (date-formatted cells)
   * and booleans; formulas by their cached value. Styles are not kept.
   */
  public static MiniWorkbook read(Path xlsx) throws IOException {
    MiniWorkbook w = new MiniWorkbook();
    try (java.io.InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      for (Sheet sheet : wb) {
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
          List<Object> values = new ArrayList<>();
          Row row = sheet.getRow(r);
          for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
            values.add(valueOf(row.getCell(c)));
          }
          rows.add(values);
        }
        if (rows.isEmpty()) {
          rows.add(new ArrayList<>());
        }
        w.sheets.put(sheet.getSheetName(), rows);
      }
    }
    return w;
  }

  private static Object valueOf(Cell cell) {
    if (cell == null) {
      return null;
    }
    var type = cell.getCellType();
    if (type == org.apache.poi.ss.usermodel.CellType.FORMULA) {
      type = cell.getCachedFormulaResultType();
    }
    return switch (type) {
      case NUMERIC ->
          org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)
              ? cell.getLocalDateTimeCellValue().toLocalDate()
              : (Object) cell.getNumericCellValue();
      case STRING -> cell.getStringCellValue();
      case BOOLEAN -> cell.getBooleanCellValue();
      default -> null;
    };
  }

  public XSSFWorkbook build() {
    XSSFWorkbook wb = new XSSFWorkbook();
    sheets.forEach(
        (name, rows) -> {
          Sheet sheet = wb.createSheet(name);
          for (int r = 0; r < rows.size(); r++) {
            Row row = sheet.createRow(r);
            List<Object> values = rows.get(r);
            for (int c = 0; c < values.size(); c++) {
              Object v = values.get(c);
              if (v == null) {
                continue;
              }
              Cell cell = row.createCell(c);
              if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
              } else if (v instanceof Boolean b) {
                cell.setCellValue(b);
              } else if (v instanceof java.time.LocalDate d) {
                cell.setCellValue(d);
                var style = wb.createCellStyle();
                style.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
                cell.setCellStyle(style);
              } else {
                cell.setCellValue(v.toString());
              }
            }
          }
        });
    return wb;
  }

  public Path save(Path path) throws IOException {
    try (XSSFWorkbook wb = build();
        OutputStream out = Files.newOutputStream(path)) {
      wb.write(out);
    }
    return path;
  }
}

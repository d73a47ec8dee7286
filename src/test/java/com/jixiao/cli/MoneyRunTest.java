package com.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.workbook.MiniWorkbook;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The money sheets through the real CLI, read back with POI as finance would: every cent of the
 * Payroll reconciles (gross = its parts, totals = the rows), the totals are SUM formulas with
 * cached values, and the annual sheet comes in December or with {@code --annual}.
 */
class MoneyRunTest {
  private static final Path ZH = Path.of("sample-workbooks", "sample-zh.xlsx");
  private static final Path EN = Path.of("sample-workbooks", "sample-en.xlsx");

  @TempDir Path dir;

  private XSSFWorkbook run(Path input, String... options) throws Exception {
    Path out = dir.resolve("out" + options.length);
    // the day after the samples' confirmation deadline (WD7, 2026-10-15), whatever today is
    List<String> args =
        new ArrayList<>(
            List.of("run", input.toString(), "--out", out.toString(), "--as-of", "2026-10-16"));
    args.addAll(List.of(options));
    assertThat(Main.execute(args.toArray(String[]::new))).isZero();
    String base = input.getFileName().toString().replace(".xlsx", "");
    try (InputStream in = Files.newInputStream(out.resolve(base + ".filled.xlsx"))) {
      return new XSSFWorkbook(in);
    }
  }

  private static BigDecimal money(Cell cell) {
    return BigDecimal.valueOf(cell.getNumericCellValue())
        .setScale(2, java.math.RoundingMode.HALF_UP);
  }

  private static Map<String, Integer> headers(Sheet sheet) {
    Map<String, Integer> h = new LinkedHashMap<>();
    sheet.getRow(0).forEach(c -> h.put(c.getStringCellValue(), c.getColumnIndex()));
    return h;
  }

  private static List<String> names(XSSFWorkbook wb) {
    List<String> names = new ArrayList<>();
    wb.forEach(s -> names.add(s.getSheetName()));
    return names;
  }

  /** gross = level + performance pay + commission + rewards − penalties + points, row by row. */
  private static void assertPayrollReconciles(Sheet payroll, int agents) {
    Map<String, Integer> h = headers(payroll);
    assertThat(payroll.getLastRowNum()).isEqualTo(agents + 1);
    for (int r = 1; r <= agents; r++) {
      Row row = payroll.getRow(r);
      BigDecimal parts =
          money(row.getCell(h.get("级别工资")))
              .add(money(row.getCell(h.get("绩效工资实发"))))
              .add(money(row.getCell(h.get("提成"))))
              .add(money(row.getCell(h.get("奖励"))))
              .subtract(money(row.getCell(h.get("罚款"))))
              .add(money(row.getCell(h.get("积分奖金"))));
      assertThat(money(row.getCell(h.get("应发工资")))).as("row %d", r + 1).isEqualTo(parts);
    }
    Row totals = payroll.getRow(agents + 1);
    assertThat(totals.getCell(0).getStringCellValue()).isEqualTo("合计");
    for (String column : List.of("级别工资", "绩效工资", "绩效工资实发", "提成", "奖励", "罚款", "积分奖金", "应发工资")) {
      int c = h.get(column);
      Cell total = totals.getCell(c);
      assertThat(total.getCellType()).isEqualTo(CellType.FORMULA);
      String letter = org.apache.poi.ss.util.CellReference.convertNumToColString(c);
      assertThat(total.getCellFormula())
          .isEqualTo("SUM(" + letter + "2:" + letter + (agents + 1) + ")");
      BigDecimal sum = BigDecimal.ZERO;
      for (int r = 1; r <= agents; r++) {
        sum = sum.add(money(payroll.getRow(r).getCell(c)));
      }
      // the cached value, as a reader that does not recalculate sees it
      assertThat(money(total)).as(column).isEqualTo(sum);
    }
    assertThat(totals.getCell(h.get("绩效系数")).getCellType()).isEqualTo(CellType.BLANK);
  }

  @Test
  void theSamplesPayrollReconcilesToTheCentAndIsSetUpForPrinting() throws Exception {
    try (XSSFWorkbook wb = run(ZH)) {
      Sheet payroll = wb.getSheet("工资表");
      assertThat(headers(payroll).keySet())
          .containsExactly(
              "工号", "姓名", "小组", "薪资级别", "级别工资", "绩效工资", "绩效系数", "绩效工资实发", "提成", "奖励", "罚款", "积分奖金",
              "应发工资");
      assertPayrollReconciles(payroll, 14);
      assertThat(payroll.getPaneInformation().isFreezePane()).isTrue();
      PrintSetup print = payroll.getPrintSetup();
      assertThat(print.getLandscape()).isTrue();
      assertThat(print.getPaperSize()).isEqualTo(PrintSetup.A4_PAPERSIZE);
      assertThat(print.getFitWidth()).isEqualTo((short) 1);
      assertThat(payroll.getFitToPage()).isTrue();
      assertThat(payroll.getRepeatingRows().formatAsString()).isEqualTo("1:1");
      assertThat(wb.getPrintArea(wb.getSheetIndex(payroll))).isEqualTo("工资表!$A$1:$M$16");
      assertThat(new DataFormatter().formatCellValue(payroll.getRow(1).getCell(4)))
          .isEqualTo("¥5,000.00");
    }
  }

  @Test
  void oneAgentsGrossPayWorkedByHandMatchesTheProgram() throws Exception {
    try (XSSFWorkbook wb = run(ZH)) {
      Sheet payroll = wb.getSheet("工资表");
      Map<String, Integer> h = headers(payroll);
      Row kf001 = payroll.getRow(1);
      assertThat(kf001.getCell(0).getStringCellValue()).isEqualTo("KF001");
      // level 4: 5000; performance 2000 × 0.9 (total 90–100) = 1800;
      // sales 92,456.42 marginal: 50,000 × 1% + 42,456.42 × 2% = 1,349.1284 → 1,349.13;
      // pool 1,286,450 × 0.5% = 6,432.25 over 450 points, KF001 29 points (29 good reviews,
      // a lead gets no target points) = 414.5228 → 414.52; a lead is not ranked on sales, so
      // no reward or penalty: 5,000 + 1,800 + 1,349.13 + 414.52 = 8,563.65.
      assertThat(money(kf001.getCell(h.get("提成")))).isEqualTo(new BigDecimal("1349.13"));
      assertThat(kf001.getCell(h.get("提成")).getCellComment().getString().getString())
          .isEqualTo("销售额 92456.42：50000 × 1% + 42456.42 × 2%");
      assertThat(money(kf001.getCell(h.get("积分奖金")))).isEqualTo(new BigDecimal("414.52"));
      assertThat(money(kf001.getCell(h.get("应发工资")))).isEqualTo(new BigDecimal("8563.65"));
    }
  }

  @Test
  void thePointsSheetPaysOutThePoolExactlyAndTheSummaryShowsIt() throws Exception {
    try (XSSFWorkbook wb = run(ZH)) {
      Sheet points = wb.getSheet("积分奖金");
      Row totals = points.getRow(15);
      assertThat(totals.getCell(2).getCellFormula()).isEqualTo("SUM(C2:C15)");
      assertThat(totals.getCell(2).getNumericCellValue()).isEqualTo(450.0);
      assertThat(money(totals.getCell(3))).isEqualTo(new BigDecimal("6432.25"));

      Map<String, String> summary = new LinkedHashMap<>();
      DataFormatter f = new DataFormatter();
      for (Row row : wb.getSheet("汇总")) {
        summary.put(f.formatCellValue(row.getCell(0)), f.formatCellValue(row.getCell(1)));
      }
      assertThat(summary)
          .containsEntry("考核月份", "2026-09")
          .containsEntry("考核人数", "14")
          .containsEntry("店铺营业额", "¥1,286,450.00")
          .containsEntry("奖金池", "¥6,432.25")
          .containsEntry("总积分", "450.00")
          .containsEntry("每积分价值", "14.2939")
          // 3 severe + 5 warnings from the rankings; and the second pass on 2026-10-16, after the
          // 7th working day: KF003's pending objection #1 is overdue (severe), KF014 and KF015
          // have not confirmed (2 warnings): 8 + 3 = 11
          .containsEntry("警告数", "11");
      BigDecimal gross = money(wb.getSheet("工资表").getRow(15).getCell(12));
      assertThat(summary.get("应发工资合计")).isEqualTo("¥" + String.format("%,.2f", gross));
    }
  }

  @Test
  void withoutAnnualASeptemberRunHasNoAnnualSheetAndWithItTheYearToDate() throws Exception {
    try (XSSFWorkbook plain = run(ZH);
        XSSFWorkbook annual = run(ZH, "--annual")) {
      assertThat(names(plain)).doesNotContain("年度调薪");
      Sheet sheet = annual.getSheet("年度调薪");
      assertThat(headers(sheet).keySet())
          .containsExactly("工号", "姓名", "月数", "年度得分", "绩效系数", "级别调整", "薪资级别", "新级别", "建议");
      assertThat(sheet.getLastRowNum()).isEqualTo(14);
      assertThat(sheet.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(9.0); // Jan–Sep
      DataFormatter f = new DataFormatter();
      List<String> alertTypes = new ArrayList<>();
      annual.getSheet("预警").forEach(r -> alertTypes.add(f.formatCellValue(r.getCell(1))));
      assertThat(alertTypes).contains("年度数据不足12个月");
    }
  }

  @Test
  void theEnglishOutputSheetIsPointsBonusSoTheInputPointsSheetIsKept() throws Exception {
    try (XSSFWorkbook input = new XSSFWorkbook(Files.newInputStream(EN));
        XSSFWorkbook wb = run(EN)) {
      assertThat(names(wb)).contains("Points", "Points bonus", "Payroll", "Summary");
      SheetComparison.assertSameSheet(input.getSheet("Points"), wb.getSheet("Points"));
      assertThat(headers(wb.getSheet("Payroll")).keySet()).contains("Gross pay", "Points bonus");
    }
  }

  /** MiniWorkbook moved to November and December 2026, with store revenue and Points rows. */
  private static MiniWorkbook december() {
    MiniWorkbook w = MiniWorkbook.valid();
    w.set("设置", 3, "值", "2026-12");
    w.append("设置", MiniWorkbook.row("店铺营业额", 1000000));
    w.append("设置", MiniWorkbook.row("营业额目标", 1200000));
    w.append("设置", MiniWorkbook.row("上月营业额", 900000));
    for (int r = 2; r <= 9; r++) {
      w.set("月度数据", r, "月份", r <= 5 ? "2026-11" : "2026-12");
    }
    w.sheet(
        "积分记录",
        MiniWorkbook.row("日期", "工号", "积分", "原因"),
        MiniWorkbook.row("2026-12-05", "KF001", 5, "挽单"),
        MiniWorkbook.row("2026-12-20", "KF004", -100, "投诉"));
    return w;
  }

  @Test
  void aDecemberRunAddsTheAnnualSheetWithAPartialYearForEveryAgent() throws Exception {
    try (XSSFWorkbook wb = run(december().save(dir.resolve("december.xlsx")))) {
      assertThat(names(wb)).containsSubsequence("考核得分", "积分奖金", "工资表", "考核流程", "年度调薪", "汇总", "预警");
      Sheet annual = wb.getSheet("年度调薪");
      assertThat(annual.getLastRowNum()).isEqualTo(4);
      assertThat(annual.getRow(1).getCell(2).getNumericCellValue()).isEqualTo(2.0);
      assertPayrollReconciles(wb.getSheet("工资表"), 4);
      // pool 1,000,000 × 0.5% = 5,000 (missed the target but grew): paid out to the cent
      Sheet points = wb.getSheet("积分奖金");
      assertThat(money(points.getRow(5).getCell(3))).isEqualTo(new BigDecimal("5000.00"));
      // KF004's 30 good reviews − 100 = −70 count as 0
      assertThat(points.getRow(4).getCell(2).getNumericCellValue()).isZero();
      assertThat(money(points.getRow(4).getCell(3))).isEqualTo(new BigDecimal("0.00"));
    }
  }

  @Test
  void aStoreThatMissedItsTargetAndDeclinedHasAnEmptyPoolAndAnAlert() throws Exception {
    MiniWorkbook w = december();
    w.set("设置", 7, "值", 1100000); // previous month above this month's 1,000,000
    try (XSSFWorkbook wb = run(w.save(dir.resolve("declined.xlsx")))) {
      Sheet points = wb.getSheet("积分奖金");
      assertThat(money(points.getRow(5).getCell(3))).isEqualTo(new BigDecimal("0.00"));
      DataFormatter f = new DataFormatter();
      List<String> alertTypes = new ArrayList<>();
      wb.getSheet("预警").forEach(r -> alertTypes.add(f.formatCellValue(r.getCell(1))));
      assertThat(alertTypes).contains("奖金池为0");
    }
  }
}

package com.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.workbook.MiniWorkbook;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run} end to end on a small workbook: the filled workbook read back with POI. */
class RunCommandTest {
  @TempDir Path dir;

  private XSSFWorkbook runAndOpen(MiniWorkbook w, String name) throws Exception {
    Path input = w.save(dir.resolve(name + ".xlsx"));
    Path out = dir.resolve("out");
    assertThat(Main.execute("run", input.toString(), "--out", out.toString())).isZero();
    Path filled = out.resolve(name + ".filled.xlsx");
    assertThat(filled).exists();
    try (InputStream in = Files.newInputStream(filled)) {
      return new XSSFWorkbook(in);
    }
  }

  /** The run's console output (System.out), with the exit code checked to be 0. */
  private String runPrinting(Path input, String... options) {
    java.io.PrintStream original = System.out;
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    System.setOut(new java.io.PrintStream(bytes, true, java.nio.charset.StandardCharsets.UTF_8));
    try {
      List<String> args = new ArrayList<>(List.of("run", input.toString(), "--out"));
      args.add(dir.resolve("out").toString());
      args.addAll(List.of(options));
      assertThat(Main.execute(args.toArray(String[]::new))).isZero();
    } finally {
      System.setOut(original);
    }
    return bytes.toString(java.nio.charset.StandardCharsets.UTF_8);
  }

  @Test
  void timingsPrintsHowLongEachPhaseTookOnlyWhenAsked() throws Exception {
    Path input = MiniWorkbook.valid().save(dir.resolve("month.xlsx"));

    String plain = runPrinting(input);
    String timed = runPrinting(input, "--timings");

    assertThat(plain).contains("已完成 2026-09 的考核").doesNotContain("分阶段用时");
    assertThat(timed).containsPattern("分阶段用时：读取 \\d+ 毫秒，评分 \\d+ 毫秒，PDF \\d+ 毫秒，工作簿 \\d+ 毫秒");
  }

  @Test
  void theFilledWorkbookKeepsTheInputSheetsAndAddsScoresAndAlerts() throws Exception {
    MiniWorkbook w = MiniWorkbook.valid();
    try (XSSFWorkbook original = w.build();
        XSSFWorkbook filled = runAndOpen(w, "month")) {
      List<String> names = new ArrayList<>();
      filled.forEach(s -> names.add(s.getSheetName()));
      assertThat(names)
          .containsExactly(
              "设置", "客服名单", "薪资级别", "月度数据", "考核得分", "排名与奖惩", "质检汇总", "积分奖金", "工资表", "考核流程", "汇总",
              "预警");
      for (Sheet sheet : original) {
        SheetComparison.assertSameSheet(sheet, filled.getSheet(sheet.getSheetName()));
      }
    }
  }

  @Test
  void scoresHaveOneRowPerAssessedAgentWithNumbersAndExplainingComments() throws Exception {
    try (XSSFWorkbook filled = runAndOpen(MiniWorkbook.valid(), "month")) {
      Sheet scores = filled.getSheet("考核得分");
      Row header = scores.getRow(0);
      List<String> headers = new ArrayList<>();
      header.forEach(c -> headers.add(c.getStringCellValue()));
      assertThat(headers)
          .startsWith("工号", "姓名", "小组", "岗位", "销售额完成率", "销售增长率")
          .endsWith("工作绩效", "工作能力", "工作态度", "总分", "绩效系数", "排名")
          .hasSize(4 + 19 + 3 + 3);
      assertThat(scores.getLastRowNum()).isEqualTo(4);
      assertThat(scores.getPaneInformation().isFreezePane()).isTrue();

      Row kf001 = scores.getRow(1);
      assertThat(kf001.getCell(0).getStringCellValue()).isEqualTo("KF001");
      Cell completion = kf001.getCell(4);
      assertThat(completion.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(completion.getNumericCellValue()).isEqualTo(30.0);
      assertThat(completion.getCellComment().getString().getString()).contains("完成率 100");
      Cell total = kf001.getCell(4 + 19 + 3);
      assertThat(total.getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(total.getCellStyle().getDataFormatString()).isEqualTo("0.00");

      Row aftersales = scores.getRow(4);
      assertThat(aftersales.getCell(3).getStringCellValue()).isEqualTo("售后");
      Cell notAssessed = aftersales.getCell(4);
      assertThat(notAssessed.getCellType()).isEqualTo(CellType.BLANK);
      assertThat(notAssessed.getCellComment().getString().getString()).contains("不考核");
    }
  }

  @Test
  void theRankIsACompetitionRankOfTheTotal() throws Exception {
    try (XSSFWorkbook filled = runAndOpen(MiniWorkbook.valid(), "month")) {
      Sheet scores = filled.getSheet("考核得分");
      int totalCol = 4 + 19 + 3;
      List<double[]> rows = new ArrayList<>();
      for (int r = 1; r <= scores.getLastRowNum(); r++) {
        Row row = scores.getRow(r);
        rows.add(
            new double[] {
              row.getCell(totalCol).getNumericCellValue(),
              row.getCell(totalCol + 2).getNumericCellValue()
            });
      }
      for (double[] a : rows) {
        long better = rows.stream().filter(b -> b[0] > a[0]).count();
        assertThat(a[1]).isEqualTo(better + 1);
      }
    }
  }

  @Test
  void theWorkflowSheetAndCalendarGiveTheDeadlinesAcrossNationalDay() throws Exception {
    try (XSSFWorkbook filled = runAndOpen(MiniWorkbook.valid(), "month")) {
      Sheet workflow = filled.getSheet("考核流程");
      assertThat(workflow.getLastRowNum()).isEqualTo(7);
      // 2026-09: National Day Oct 1–7; Saturday Oct 10 is an adjusted working day (WD3)
      assertThat(dueDate(workflow, 0)).isEqualTo("2026-08-31");
      assertThat(dueDate(workflow, 1)).isEqualTo("2026-10-10");
      assertThat(dueDate(workflow, 3)).isEqualTo("2026-10-15");
      assertThat(dueDate(workflow, 5)).isEqualTo("2026-10-20");
      assertThat(workflow.getRow(4).getCell(3).getNumericCellValue()).isEqualTo(7.0);
    }
    String ics = Files.readString(dir.resolve("out").resolve("workflow.ics"));
    assertThat(ics).contains("BEGIN:VCALENDAR").contains("DTSTART;VALUE=DATE:20261015");
    assertThat(ics.split("BEGIN:VEVENT", -1)).hasSize(8);
  }

  private static String dueDate(Sheet workflow, int step) {
    Cell cell = workflow.getRow(step + 1).getCell(4);
    assertThat(cell.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd");
    return cell.getLocalDateTimeCellValue().toLocalDate().toString();
  }

  @Test
  void englishWorkbooksGetEnglishOutputSheets() throws Exception {
    MiniWorkbook w = MiniWorkbook.valid().set("设置", 4, "值", "en");
    try (XSSFWorkbook filled = runAndOpen(w, "month-en")) {
      assertThat(filled.getSheet("Scores")).isNotNull();
      assertThat(filled.getSheet("Alerts")).isNotNull();
      assertThat(filled.getSheet("Scores").getRow(0).getCell(4).getStringCellValue())
          .isEqualTo("Sales completion");
    }
  }

  @Test
  void runningOnAFilledWorkbookReplacesTheOldResultsAndSaysSo() throws Exception {
    Path input = MiniWorkbook.valid().save(dir.resolve("again.xlsx"));
    Path out1 = dir.resolve("out1");
    assertThat(Main.execute("run", input.toString(), "--out", out1.toString())).isZero();
    Path out2 = dir.resolve("out2");
    Path filledOnce = out1.resolve("again.filled.xlsx");
    assertThat(Main.execute("run", filledOnce.toString(), "--out", out2.toString())).isZero();
    try (InputStream in = Files.newInputStream(out2.resolve("again.filled.filled.xlsx"));
        XSSFWorkbook twice = new XSSFWorkbook(in)) {
      List<String> names = new ArrayList<>();
      twice.forEach(s -> names.add(s.getSheetName()));
      assertThat(names)
          .containsExactly(
              "设置", "客服名单", "薪资级别", "月度数据", "考核得分", "排名与奖惩", "质检汇总", "积分奖金", "工资表", "考核流程", "汇总",
              "预警");
      Sheet alerts = twice.getSheet("预警");
      boolean replacedNoted = false;
      for (Row row : alerts) {
        replacedNoted |= row.getCell(1).getStringCellValue().equals("替换旧结果");
      }
      assertThat(replacedNoted).isTrue();
    }
  }

  @Test
  void aSuccessfulRunRemovesAStaleErrorReport() throws Exception {
    Path input = MiniWorkbook.valid().save(dir.resolve("fixed.xlsx"));
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("errors.txt"), "old problems");
    assertThat(Main.execute("run", input.toString(), "--out", out.toString())).isZero();
    assertThat(out.resolve("errors.txt")).doesNotExist();
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .containsExactlyInAnyOrder(
              "fixed.filled.xlsx",
              "workflow.ics",
              "team-summary.pdf",
              "scorecards",
              "run-record.txt");
    }
  }

  @Test
  void validateAcceptsAValidWorkbookAndWritesNothing() throws Exception {
    Path input = MiniWorkbook.valid().save(dir.resolve("ok.xlsx"));
    assertThat(Main.execute("validate", input.toString())).isZero();
    try (var files = Files.list(dir)) {
      assertThat(files.toList()).containsExactly(input);
    }
  }
}

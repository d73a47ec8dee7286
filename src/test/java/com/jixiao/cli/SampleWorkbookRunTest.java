package com.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real CLI on the committed sample workbooks. The scores checked here were worked out by hand
 * from the sample's Monthly rows and SPEC 3 (see the comments).
 */
class SampleWorkbookRunTest {
  private static final Path ZH = Path.of("sample-workbooks", "sample-zh.xlsx");
  private static final Path EN = Path.of("sample-workbooks", "sample-en.xlsx");

  @TempDir static Path out;

  @BeforeAll
  static void runBothSamples() {
    assertThat(Main.execute("run", ZH.toString(), "--out", out.toString())).isZero();
    assertThat(Main.execute("run", EN.toString(), "--out", out.resolve("en").toString())).isZero();
  }

  private static XSSFWorkbook open(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  /** agent_id → the row's formatted cells by header. */
  private static Map<String, Map<String, String>> table(Sheet sheet) {
    DataFormatter f = new DataFormatter();
    Row header = sheet.getRow(0);
    Map<String, Map<String, String>> rows = new LinkedHashMap<>();
    for (Row row : sheet) {
      if (row.getRowNum() == 0) {
        continue;
      }
      Map<String, String> cells = new LinkedHashMap<>();
      header.forEach(
          h ->
              cells.put(
                  h.getStringCellValue(), f.formatCellValue(row.getCell(h.getColumnIndex()))));
      rows.put(f.formatCellValue(row.getCell(0)), cells);
    }
    return rows;
  }

  @Test
  void everyInputSheetOfTheChineseSampleIsKeptExactly() throws Exception {
    try (XSSFWorkbook input = open(ZH);
        XSSFWorkbook filled = open(out.resolve("sample-zh.filled.xlsx"))) {
      for (Sheet sheet : input) {
        SheetComparison.assertSameSheet(sheet, filled.getSheet(sheet.getSheetName()));
      }
      assertThat(filled.getNumberOfSheets()).isEqualTo(input.getNumberOfSheets() + 6);
    }
  }

  @Test
  void theChineseSampleScoresAsWorkedOutByHand() throws Exception {
    try (XSSFWorkbook filled = open(out.resolve("sample-zh.filled.xlsx"))) {
      Map<String, Map<String, String>> scores = table(filled.getSheet("考核得分"));
      // 13 agents with a 2026-09 row; KF010 left in July and is not assessed
      assertThat(scores).hasSize(13).doesNotContainKey("KF010");

      // KF002: 118.5% completion (32), +24% growth capped at +4 (12), everything else full:
      // 72 + 15 + 25 = 112 on 105 weights → 106.67, band 1.2, rank 1
      Map<String, String> kf002 = scores.get("KF002");
      assertThat(kf002)
          .containsEntry("销售额完成率", "32.00")
          .containsEntry("销售增长率", "12.00")
          .containsEntry("主推单品", "6.00")
          .containsEntry("工作绩效", "72.00")
          .containsEntry("总分", "106.67")
          .containsEntry("绩效系数", "1.20")
          .containsEntry("排名", "1");

      // KF007: 64.76% completion → 7 steps (23); growth +10.7% → 10; conversion 0.71% → 2;
      // levels 1,2,1,1,2 → 1.67+1.50+1.67+0.67 (+1.50 responsibility); attendance 4−2−1 = 1;
      // service 5 − 2×1 complaint − 2 non-fatal = 1; reports 1; rules 3 → total 57.01×100/105
      Map<String, String> kf007 = scores.get("KF007");
      assertThat(kf007)
          .containsEntry("销售额完成率", "23.00")
          .containsEntry("销售增长率", "10.00")
          .containsEntry("转化率", "2.00")
          .containsEntry("工作能力", "5.51")
          .containsEntry("员工出勤率", "1.00")
          .containsEntry("服务态度", "1.00")
          .containsEntry("总分", "54.30")
          .containsEntry("绩效系数", "0.60")
          .containsEntry("排名", "13");

      // KF008: the same non-fatal code (N2) three times → escalated to fatal → 服务态度 0
      assertThat(scores.get("KF008")).containsEntry("服务态度", "0.00");
      // aftersales: not assessed on the sales items
      assertThat(scores.get("KF012")).containsEntry("岗位", "售后").containsEntry("销售额完成率", "");
    }
  }

  @Test
  void theChineseSampleAlertsTheAgentWithoutAPreviousMonth() throws Exception {
    try (XSSFWorkbook filled = open(out.resolve("sample-zh.filled.xlsx"))) {
      Sheet alerts = filled.getSheet("预警");
      List<String> subjects =
          table(alerts).values().stream().map(r -> r.get("对象") + " " + r.get("类型")).toList();
      assertThat(subjects).anyMatch(s -> s.startsWith("KF004") && s.contains("无上月数据"));
    }
  }

  @Test
  void theEnglishSampleHasTheSameNumbersUnderEnglishLabels() throws Exception {
    try (XSSFWorkbook zh = open(out.resolve("sample-zh.filled.xlsx"));
        XSSFWorkbook en = open(out.resolve("en").resolve("sample-en.filled.xlsx"))) {
      Map<String, Map<String, String>> zhScores = table(zh.getSheet("考核得分"));
      Map<String, Map<String, String>> enScores = table(en.getSheet("Scores"));
      assertThat(enScores.keySet()).containsExactlyElementsOf(zhScores.keySet());
      zhScores.forEach(
          (id, row) -> assertThat(enScores.get(id).get("Total")).as(id).isEqualTo(row.get("总分")));
      assertThat(en.getSheet("Workflow")).isNotNull();
      assertThat(en.getSheet("Alerts")).isNotNull();
    }
  }

  @Test
  void theRunWritesTheFilledWorkbookTheCalendarTheSummaryAndOneScorecardPerAgent()
      throws Exception {
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .containsExactlyInAnyOrder(
              "sample-zh.filled.xlsx", "workflow.ics", "team-summary.pdf", "scorecards", "en");
    }
    try (var files = Files.list(out.resolve("scorecards"))) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .hasSize(13)
          .startsWith("KF001.pdf", "KF002.pdf")
          .doesNotContain("KF010.pdf");
    }
  }
}

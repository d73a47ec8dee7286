package com.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 * from the sample's Monthly rows and the rules of docs/rules.md#items (see the comments).
 */
class SampleWorkbookRunTest {
  private static final Path ZH = Path.of("sample-workbooks", "sample-zh.xlsx");
  private static final Path EN = Path.of("sample-workbooks", "sample-en.xlsx");

  @TempDir static Path out;

  @BeforeAll
  static void runBothSamples() {
    // --as-of: the day after the samples' confirmation deadline (WD7, 2026-10-15)
    assertThat(Main.execute("run", ZH.toString(), "--out", out.toString(), "--as-of", "2026-10-16"))
        .isZero();
    assertThat(
            Main.execute(
                "run",
                EN.toString(),
                "--out",
                out.resolve("en").toString(),
                "--as-of",
                "2026-10-16"))
        .isZero();
  }

  private static XSSFWorkbook open(Path file) throws Exception {
    try (InputStream in = Files.newInputStream(file)) {
      return new XSSFWorkbook(in);
    }
  }

  /** agent_id → the row's formatted cells by header. */
  private static Map<String, Map<String, String>> table(Sheet sheet) {
    Map<String, Map<String, String>> byFirstCell = new LinkedHashMap<>();
    for (Map<String, String> row : rows(sheet)) {
      byFirstCell.put(row.values().iterator().next(), row);
    }
    return byFirstCell;
  }

  /** Every data row's formatted cells by header, in order. */
  private static List<Map<String, String>> rows(Sheet sheet) {
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

  @Test
  void everyInputSheetOfTheChineseSampleIsKeptExactly() throws Exception {
    try (XSSFWorkbook input = open(ZH);
        XSSFWorkbook filled = open(out.resolve("sample-zh.filled.xlsx"))) {
      for (Sheet sheet : input) {
        SheetComparison.assertSameSheet(sheet, filled.getSheet(sheet.getSheetName()));
      }
      // 8 output sheets, and 确认情况 because the sample has a Confirmations sheet
      assertThat(filled.getNumberOfSheets()).isEqualTo(input.getNumberOfSheets() + 9);
    }
  }

  @Test
  void theChineseSampleScoresAsWorkedOutByHand() throws Exception {
    try (XSSFWorkbook filled = open(out.resolve("sample-zh.filled.xlsx"))) {
      Map<String, Map<String, String>> scores = table(filled.getSheet("考核得分"));
      // 14 agents with a 2026-09 row; KF010 left in July and is not assessed
      assertThat(scores).hasSize(14).doesNotContainKey("KF010");

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
      // levels 1,2,1,1,2 → 1.67+1.50+1.67+0.67 (+1.50 responsibility); attendance: 2 late
      // arrivals, but accepted objection #2 corrects them to 1, so 4−1−1 = 2 (was 1);
      // service 5 − 2×1 complaint − 2 non-fatal = 1; reports 1; rules 3 → the items add up to
      // 57.01 + 1 = 58.01, total 58.01×100/105 = 55.2476 → 55.25 (54.30 without the objection)
      Map<String, String> kf007 = scores.get("KF007");
      assertThat(kf007)
          .containsEntry("销售额完成率", "23.00")
          .containsEntry("销售增长率", "10.00")
          .containsEntry("转化率", "2.00")
          .containsEntry("工作能力", "5.51")
          .containsEntry("员工出勤率", "2.00")
          .containsEntry("服务态度", "1.00")
          .containsEntry("总分", "55.25")
          .containsEntry("绩效系数", "0.60")
          .containsEntry("排名", "13"); // KF015, the newcomer (about 37), is 14th

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
          rows(alerts).stream().map(r -> r.get("对象") + " " + r.get("类型")).toList();
      assertThat(subjects).anyMatch(s -> s.startsWith("KF004") && s.contains("无上月数据"));
    }
  }

  /**
   * Ranking / 排名与奖惩, checked by hand from the sample: KF002 has the highest sales and inquiry
   * conversion (300 + 200); KF004 is 2nd in both (200; the conversion reward is for rank 1 only);
   * KF009 3rd in sales (100); KF007 lowest sales and KF005 lowest conversion (50 each). 14 agents:
   * k = round(2.8) = 3 in each class; September ends the quarter, so the classes are final.
   */
  @Test
  void theChineseSampleRanksRewardsAndPenalizesAsWorkedOutByHand() throws Exception {
    try (XSSFWorkbook filled = open(out.resolve("sample-zh.filled.xlsx"))) {
      Map<String, Map<String, String>> ranking = table(filled.getSheet("排名与奖惩"));
      assertThat(ranking).hasSize(14);
      assertThat(ranking.get("KF002"))
          .containsEntry("销售排名", "1")
          .containsEntry("转化排名", "1")
          .containsEntry("奖励", "500.00")
          .containsEntry("罚款", "0.00")
          .containsEntry("分班", "尖子班");
      assertThat(ranking.get("KF004")).containsEntry("销售排名", "2").containsEntry("奖励", "200.00");
      assertThat(ranking.get("KF009")).containsEntry("销售排名", "3").containsEntry("奖励", "100.00");
      assertThat(ranking.get("KF007"))
          .containsEntry("销售排名", "7")
          .containsEntry("罚款", "50.00")
          .containsEntry("分班", "提升班")
          .containsEntry("预警", "连续三月垫底、末位淘汰风险");
      assertThat(ranking.get("KF005")).containsEntry("转化排名", "7").containsEntry("罚款", "50.00");
      // leads and aftersales agents are not ranked on sales
      assertThat(ranking.get("KF006")).containsEntry("销售排名", "").containsEntry("预警", "组长降级");
      assertThat(ranking.get("KF012")).containsEntry("预警", "必须增加人手");
      assertThat(ranking.values().stream().filter(r -> r.get("分班").equals("提升班")).count())
          .isEqualTo(3);
    }
  }

  @Test
  void theChineseSampleQualitySheetShowsTheOneCoverageGap() throws Exception {
    try (XSSFWorkbook filled = open(out.resolve("sample-zh.filled.xlsx"))) {
      Map<String, Map<String, String>> quality = table(filled.getSheet("质检汇总"));
      assertThat(quality).hasSize(14);
      // 21 attended days × 3 = 63 required; 孙婷 inspected only twice a day in the last 5 days
      assertThat(quality.get("KF012"))
          .containsEntry("质检员", "孙婷")
          .containsEntry("抽检数", "58")
          .containsEntry("应抽检数", "63.00")
          .containsEntry("覆盖率", "92.0%");
      // N2 three times: 2 non-fatal, the third escalated to fatal
      assertThat(quality.get("KF008"))
          .containsEntry("致命项", "1")
          .containsEntry("非致命项", "2")
          .containsEntry("升级数", "1");
      // KF009's one fatal finding (F1) is voided by accepted objection #4: it stays an inspection,
      // counted as passed, so coverage is unchanged and no fatal finding is left
      assertThat(quality.get("KF009")).containsEntry("致命项", "0").containsEntry("覆盖率", "100.0%");
    }
  }

  @Test
  void everyAlertTypeOfRankingsTiersStaffingAndQualityFiresInTheChineseSample() throws Exception {
    try (XSSFWorkbook filled = open(out.resolve("sample-zh.filled.xlsx"))) {
      List<String> rows =
          rows(filled.getSheet("预警")).stream().map(r -> r.get("类型") + " " + r.get("对象")).toList();
      assertThat(rows)
          .contains(
              "连续三月垫底 KF007 吴磊",
              "连续三月垫底 KF005 孙悦",
              "历史数据缺失 KF015 杨帆",
              "末位淘汰风险 KF007 吴磊",
              "末位淘汰风险 KF013 黄强",
              "组长降级 KF006 周杰",
              "考虑增加人手 KF002 陈晨",
              "必须增加人手 KF012 林芳",
              "建议人数 售后组",
              "质检覆盖不足 孙婷");
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
      // the English sample sets rewards.sales_top to 500,300,100: 500 + 200 for conversion
      assertThat(table(en.getSheet("Ranking")).get("KF002"))
          .containsEntry("Reward", "700.00")
          .containsEntry("Tier", "Elite")
          .containsEntry("Flags", "Consider more staff");
      assertThat(table(en.getSheet("QA summary")).get("KF012")).containsEntry("Coverage", "92.0%");
      assertThat(en.getSheet("Alerts")).isNotNull();
    }
  }

  @Test
  void theRunWritesTheFilledWorkbookTheCalendarTheSummaryAndOneScorecardPerAgent()
      throws Exception {
    try (var files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .containsExactlyInAnyOrder(
              "sample-zh.filled.xlsx",
              "workflow.ics",
              "team-summary.pdf",
              "scorecards",
              "run-record.txt",
              "en");
    }
    try (var files = Files.list(out.resolve("scorecards"))) {
      assertThat(files.map(p -> p.getFileName().toString()).sorted().toList())
          .hasSize(14)
          .startsWith("KF001.pdf", "KF002.pdf")
          .doesNotContain("KF010.pdf");
    }
  }
}

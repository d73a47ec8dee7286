package com.jixiao.cli;

import static com.jixiao.cli.OutputSheets.comment;
import static com.jixiao.cli.OutputSheets.open;
import static com.jixiao.cli.OutputSheets.rows;
import static com.jixiao.cli.OutputSheets.table;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The second pass on the sample workbook, through the real CLI, read back as HR reads it. The
 * sample's Confirmations sheet has four objections (see SampleWorkbooks): #1 KF003 pending, #2
 * KF007 accepted, #3 KF007 rejected, #4 KF009 accepted. The run counts 2026-10-16 as today, the day
 * after the 7th working day (2026-10-15).
 */
class SecondPassRunTest {
  private static final Path ZH = Path.of("sample-workbooks", "sample-zh.xlsx");
  private static final Path EN = Path.of("sample-workbooks", "sample-en.xlsx");

  @TempDir static Path out;

  @BeforeAll
  static void runTheSamples() {
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

  private static XSSFWorkbook filled() throws Exception {
    return open(out.resolve("sample-zh.filled.xlsx"));
  }

  /**
   * KF009's only fatal finding (F1 on 2026-09-21) is voided by the manager. Her items, worked out
   * from the Scores sheet of the first pass: performance 30+9+5+5+5+5+5+0 = 64.00, ability
   * 3.33+2.25+5.00+1.33 = 11.91, attitude 3+2+2.25+0+4+4+3 = 18.25; the total 94.16 × 100/105 =
   * 89.68. Voided, service attitude is 5 − 2 × 0 complaints − 0 non-fatal = 5: attitude 23.25, the
   * items 99.16, total 99.16 × 100/105 = 94.438 → 94.44: band 90–100, coefficient 0.9 (was 0.8),
   * past KF004 (93.80): rank 5 (was 6), KF004 6. Performance pay 1,600 × 0.9 = 1,440.00 (was
   * 1,280.00); gross 4,200 + 1,440.00 + 851.44 commission + 100 reward − 0 + 514.58 points =
   * 7,106.02, 160.00 more than the first pass's 6,946.02.
   */
  @Test
  @DisplayName(
      "an accepted objection voids KF009's fatal finding: 89.68 → 94.44, 0.8 → 0.9, 6th → 5th")
  void theVoidedFatalFindingAsWorkedOutByHand() throws Exception {
    try (XSSFWorkbook wb = filled()) {
      Map<String, Map<String, String>> scores = table(wb.getSheet("考核得分"));
      assertThat(scores.get("KF009"))
          .containsEntry("服务态度", "5.00")
          .containsEntry("工作绩效", "64.00")
          .containsEntry("工作能力", "11.91")
          .containsEntry("工作态度", "23.25")
          .containsEntry("总分", "94.44")
          .containsEntry("绩效系数", "0.90")
          .containsEntry("排名", "5");
      assertThat(scores.get("KF004")).containsEntry("总分", "93.80").containsEntry("排名", "6");
      assertThat(comment(wb.getSheet("考核得分"), "KF009", "服务态度"))
          .contains("经异议 #4 更正：原 0.00，现 5.00（客服经理陈 决定）");
      assertThat(comment(wb.getSheet("考核得分"), "KF009", "总分")).isNull();
      Map<String, String> pay = table(wb.getSheet("工资表")).get("KF009");
      assertThat(pay)
          .containsEntry("绩效系数", "0.90")
          .containsEntry("绩效工资实发", "¥1,440.00")
          .containsEntry("提成", "¥851.44")
          .containsEntry("奖励", "¥100.00")
          .containsEntry("积分奖金", "¥514.58")
          .containsEntry("应发工资", "¥7,106.02");
      // the voided record stays an inspection: coverage is unchanged, no fatal finding is left
      assertThat(table(wb.getSheet("质检汇总")).get("KF009"))
          .containsEntry("抽检数", "63")
          .containsEntry("致命项", "0");
    }
  }

  @Test
  @DisplayName("the accepted late-arrival correction is commented on its Scores cell")
  void theAttendanceCorrectionIsCommented() throws Exception {
    try (XSSFWorkbook wb = filled()) {
      assertThat(comment(wb.getSheet("考核得分"), "KF007", "员工出勤率"))
          .contains("迟到 1 次")
          .contains("经异议 #2 更正：原 1.00，现 2.00（客服经理陈 决定）");
      // the rejected objection #3 (disputes) changes nothing and says nothing on the cell
      assertThat(comment(wb.getSheet("考核得分"), "KF007", "交易纠纷")).doesNotContain("异议");
      assertThat(table(wb.getSheet("考核得分")).get("KF007")).containsEntry("交易纠纷", "0.00");
    }
  }

  @Test
  @DisplayName("确认情况 lists every agent, each objection with its decision and effect on the total")
  void theConfirmationStatusSheet() throws Exception {
    try (XSSFWorkbook wb = filled()) {
      List<Map<String, String>> rows = rows(wb.getSheet("确认情况"));
      // 14 assessed agents; KF007 has two objections, so two rows
      assertThat(rows).hasSize(15);
      assertThat(rows.stream().map(r -> r.get("工号")).distinct()).hasSize(14);
      Map<String, String> kf003 = row(rows, "1");
      assertThat(kf003)
          .containsEntry("工号", "KF003")
          .containsEntry("确认状态", "有异议")
          .containsEntry("异议项目", "专业知识")
          .containsEntry("原值", "2")
          .containsEntry("申诉值", "3")
          .containsEntry("处理结果", "待处理")
          .containsEntry("处理前总分", "86.18")
          .containsEntry("处理后总分", "86.18")
          // level 3: 5.00 instead of 3.33, the items 90.49 + 1.67 = 92.16 → 92.16 × 100/105
          .containsEntry("如通过总分", "87.77");
      assertThat(row(rows, "2"))
          .containsEntry("工号", "KF007")
          .containsEntry("处理结果", "通过")
          .containsEntry("处理人", "客服经理陈")
          .containsEntry("处理前总分", "54.30")
          .containsEntry("处理后总分", "55.25")
          .containsEntry("总分变化", "0.95");
      assertThat(row(rows, "3"))
          .containsEntry("处理结果", "驳回")
          .containsEntry("处理前总分", "55.25")
          .containsEntry("处理后总分", "55.25")
          .containsEntry("备注", "聊天记录显示纠纷由服务态度引起");
      assertThat(row(rows, "4"))
          .containsEntry("工号", "KF009")
          .containsEntry("异议项目", "质检 2026-09-21 F1 服务态度差")
          .containsEntry("原值", "F1")
          .containsEntry("申诉值", "作废")
          .containsEntry("处理前总分", "89.68")
          .containsEntry("处理后总分", "94.44");
      Map<String, Map<String, String>> byAgent = table(wb.getSheet("确认情况"));
      assertThat(byAgent.get("KF001")).containsEntry("确认状态", "已确认").containsEntry("逾期", "");
      assertThat(byAgent.get("KF005"))
          .containsEntry("回复日期", "2026-10-16")
          .containsEntry("逾期", "晚于截止日 2026-10-15");
      assertThat(byAgent.get("KF014"))
          .containsEntry("确认状态", "未回复")
          .containsEntry("逾期", "逾期未确认（截止 2026-10-15）");
    }
  }

  private static Map<String, String> row(List<Map<String, String>> rows, String objection) {
    return rows.stream().filter(r -> r.get("异议编号").equals(objection)).findFirst().orElseThrow();
  }

  @Test
  @DisplayName(
      "after the 7th working day the pending objection is escalated and the silent agents flagged")
  void alertsAgainstTheDeadline() throws Exception {
    try (XSSFWorkbook wb = filled()) {
      List<String> alerts =
          rows(wb.getSheet("预警")).stream()
              .map(r -> r.get("级别") + " " + r.get("类型") + " " + r.get("对象"))
              .toList();
      assertThat(alerts)
          .contains("严重 异议逾期未处理 KF003 刘洋", "警告 逾期未确认 KF014 徐婷", "警告 逾期未确认 KF015 杨帆")
          .noneMatch(a -> a.contains("异议待处理"))
          .noneMatch(a -> a.contains("逾期未确认 KF005"));
      assertThat(table(wb.getSheet("排名与奖惩")).get("KF003").get("预警")).contains("异议逾期未处理");
    }
  }

  @Test
  @DisplayName(
      "in English the output sheet is 'Confirmation status', beside the input 'Confirmations'")
  void theEnglishSampleKeepsItsInputSheet() throws Exception {
    try (XSSFWorkbook en = open(out.resolve("en").resolve("sample-en.filled.xlsx"))) {
      assertThat(en.getSheet("Confirmations")).isNotNull();
      assertThat(rows(en.getSheet("Confirmations"))).hasSize(13); // the input, as it was
      Map<String, Map<String, String>> status = table(en.getSheet("Confirmation status"));
      assertThat(status.get("KF015")).containsEntry("Response", "no response");
      assertThat(table(en.getSheet("Scores")).get("KF009")).containsEntry("Total", "94.44");
      assertThat(comment(en.getSheet("Scores"), "KF009", "Service attitude"))
          .contains("Corrected by objection #4: was 0.00, now 5.00 (decided by Manager Chen)");
    }
  }
}

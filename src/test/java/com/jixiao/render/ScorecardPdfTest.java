package com.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.cli.Main;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The PDFs of the committed samples, read back as text. */
class ScorecardPdfTest {
  private static final Path ZH = Path.of("sample-workbooks", "sample-zh.xlsx");
  private static final Path EN = Path.of("sample-workbooks", "sample-en.xlsx");

  @TempDir static Path out;

  @BeforeAll
  static void runBothSamples() {
    assertThat(Main.execute("run", ZH.toString(), "--out", out.resolve("zh").toString())).isZero();
    assertThat(Main.execute("run", EN.toString(), "--out", out.resolve("en").toString())).isZero();
  }

  @Test
  void aChineseScorecardShowsTheAgentTheTotalTheItemsAndTheConfirmationDeadline() throws Exception {
    Path kf007 = out.resolve("zh/scorecards/KF007.pdf");
    String text = PdfText.of(kf007);
    // KF007 吴磊: 54.30, band 0.6, 13th of 14 (hand-checked in SampleWorkbookRunTest)
    assertThat(text)
        .contains("绩效考核评分卡", "吴磊", "KF007", "54.30", "0.6", "共 14 人")
        .contains("工作绩效", "工作能力", "工作态度", "销售额完成率", "团队协作")
        .contains("完成率 64.7%", "23.00")
        // the Scores sheet's comment text of the item
        .contains("完成率 64.75%：低于100% 7档，−7")
        // WD7 of 2026-09 (National Day in between) is 2026-10-15
        .contains("请于 2026-10-15 前确认，如有异议请联系客服经理")
        .contains("未给明确答案", "迟到未报备")
        .contains("第 1 页，共 1 页");
    assertThat(PdfText.pages(kf007)).isEqualTo(1);
  }

  @Test
  void anEscalatedRepeatOfTheSameNonFatalCodeIsMarked() throws Exception {
    String text = PdfText.of(out.resolve("zh/scorecards/KF008.pdf"));
    assertThat(text).contains("欠缺耐心", "第3次重复，升级为致命");
  }

  @Test
  void anEnglishWorkbookGetsEnglishScorecards() throws Exception {
    String text = PdfText.of(out.resolve("en/scorecards/KF007.pdf"));
    assertThat(text)
        .contains("Performance scorecard", "KF007", "54.30", "of 14")
        .contains("Sales growth", "Performance", "Attitude")
        .contains("Please confirm by 2026-10-15")
        .doesNotContain("绩效考核评分卡");
  }

  @Test
  void everyScorecardIsOnePageAndWellUnder200Kilobytes() throws Exception {
    try (var files = Files.list(out.resolve("zh/scorecards"))) {
      for (Path pdf : files.toList()) {
        assertThat(Files.size(pdf)).as(pdf.toString()).isLessThan(200 * 1024);
        assertThat(PdfText.pages(pdf)).as(pdf.toString()).isEqualTo(1);
      }
    }
  }

  @Test
  void theTeamSummaryRanksEveryAgentWithTheSpreadAlertsAndWorkflowDates() throws Exception {
    String text = PdfText.of(out.resolve("zh/team-summary.pdf"));
    assertThat(text)
        .contains("团队考核汇总", "考核人数 14")
        .contains("平均分", "中位数", "标准差", "下四分位数")
        .contains("KF002", "陈晨", "106.67", "KF007", "54.30")
        .contains("无上月数据")
        .contains("2026-10-15", "2026-10-27");
  }

  @Test
  void theSameWorkbookGivesByteIdenticalPdfsOnASecondRun() throws Exception {
    Path again = out.resolve("again");
    assertThat(Main.execute("run", ZH.toString(), "--out", again.toString())).isZero();
    for (String pdf :
        new String[] {"team-summary.pdf", "scorecards/KF001.pdf", "scorecards/KF014.pdf"}) {
      assertThat(Files.readAllBytes(again.resolve(pdf)))
          .as(pdf)
          .isEqualTo(Files.readAllBytes(out.resolve("zh").resolve(pdf)));
    }
    String pdf =
        new String(Files.readAllBytes(again.resolve("scorecards/KF001.pdf")), "ISO-8859-1");
    assertThat(pdf).contains("/CreationDate(D:20260930000000Z)");
  }
}

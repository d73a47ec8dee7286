package com.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.i18n.Messages;
import com.jixiao.job.MonthReport;
import com.jixiao.workbook.ReadResult;
import com.jixiao.workbook.WorkbookReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The templates' models from the Chinese sample, and the sections that wait for later issues. */
class PagesTest {
  private static MonthReport report;
  private static Messages messages;

  @BeforeAll
  static void readSample() {
    ReadResult read = WorkbookReader.read(Path.of("sample-workbooks", "sample-zh.xlsx"));
    report = MonthReport.of(read.input().orElseThrow(), read.alerts());
    messages = new Messages(read.language());
  }

  private static ScorecardPage kf007() {
    return new Pages(report, messages)
        .scorecard(
            report.scores().scores().stream()
                .filter(s -> s.agent().id().equals("KF007"))
                .findFirst()
                .orElseThrow());
  }

  @Test
  void theChartShowsTheLastTwelveMonthsEndingWithThePeriod() {
    List<ScorecardPage.ChartBar> chart = kf007().chart();
    assertThat(chart).hasSizeLessThanOrEqualTo(12).isNotEmpty();
    ScorecardPage.ChartBar last = chart.get(chart.size() - 1);
    assertThat(last.current()).isTrue();
    assertThat(last.month()).isEqualTo("9月");
    assertThat(last.total()).isEqualTo("54.30");
    assertThat(chart).allMatch(b -> b.height() >= 0 && b.height() <= 100);
  }

  @Test
  void theItemsAreGroupedWithTheirInputsAndTheScoresSheetsExplanations() {
    ScorecardPage page = kf007();
    assertThat(page.groups())
        .extracting(ScorecardPage.ItemGroup::label)
        .containsExactly("工作绩效", "工作能力", "工作态度");
    ScorecardPage.ItemRow completion = page.groups().get(0).items().get(0);
    assertThat(completion.label()).isEqualTo("销售额完成率");
    assertThat(completion.metric()).isEqualTo("完成率 64.7%");
    assertThat(completion.score()).isEqualTo("23.00");
    assertThat(completion.explanation()).isEqualTo("完成率 64.75%：低于100% 7档，−7");
    assertThat(page.confirmBy()).isEqualTo("2026-10-15");
    assertThat(page.ranking()).isNull();
    assertThat(page.pay()).isNull();
  }

  @Test
  void theTeamStatisticsAreTheDescriptiveStatisticsOfTheTotals() {
    TeamSummaryPage.Statistics s = new Pages(report, messages).teamSummary().statistics();
    // 14 totals from 47.29 (KF015) to 106.67 (KF002); the median is the mean of the 7th and 8th,
    // (87.13 + 88.16) / 2 = 87.645, shown as 87.65
    assertThat(s.count()).isEqualTo(14);
    assertThat(s.max()).isEqualTo("106.67");
    assertThat(s.min()).isEqualTo("47.29");
    assertThat(s.median()).isEqualTo("87.65");
  }

  @Test
  void rankingsAndPayAppearOnTheScorecardOnceTheyExist() throws Exception {
    ScorecardPage page =
        kf007()
            .withRanking(
                new ScorecardPage.Ranking(
                    "提升班", true, "9", "–", "0.00", "50.00", List.of("连续三个月销售末位")))
            .withPay(
                new ScorecardPage.Pay(
                    "CNY", "4000.00", "1500.00", "0.6", "900.00", "1200.00", "0.00", "50.00", "12",
                    "35.50", "6085.50"));
    String xhtml = Templates.from(Optional.empty()).render(Templates.SCORECARD, page, messages);
    byte[] pdf =
        PdfRenderer.create(PdfRenderer.FontBytes.bundled())
            .render(xhtml, Pages.documentDate(report.scores().period()));
    assertThat(PdfText.of(pdf))
        .contains("分班", "提升班", "暂定", "连续三个月销售末位")
        .contains("应发工资", "6085.50", "1500.00 × 0.6");
  }
}

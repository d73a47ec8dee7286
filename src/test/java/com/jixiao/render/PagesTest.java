package com.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.i18n.Messages;
import com.jixiao.report.MonthReport;
import com.jixiao.workbook.ReadResult;
import com.jixiao.workbook.input.WorkbookReader;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The templates' models from the Chinese sample, and the sections a report without rankings or pay
 * leaves out.
 */
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
    // 55.25: the sample's accepted objection #2 (late arrivals 2 → 1) is part of the period
    assertThat(last.total()).isEqualTo("55.25");
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
  void theRankingSectionHasTheRanksOfNTheAmountsWithTheirReasonsTheTierAndTheFlags() {
    ScorecardPage.Ranking r = kf007().ranking();
    // KF007: lowest sales of the presales agents (SampleWorkbookRunTest), the quarter ends in
    // September, so the classes are final
    assertThat(r.tier()).isEqualTo("提升班");
    assertThat(r.provisional()).isFalse();
    assertThat(r.salesRank()).matches("第 (\\d+) 名（共 \\1 人）");
    assertThat(r.reward()).isEqualTo("¥0.00");
    assertThat(r.penalty()).isEqualTo("−¥50.00");
    assertThat(r.reasons()).containsExactly("销售额最低，罚款 50");
    assertThat(r.flags()).contains("连续三月垫底", "末位淘汰风险");
  }

  @Test
  void thePayBreakdownIsThePayrollLineInTheWorkbooksCurrency() {
    ScorecardPage.Pay pay = kf007().pay();
    var line =
        report.money().payroll().lines().stream()
            .filter(l -> l.agent().id().equals("KF007"))
            .findFirst()
            .orElseThrow();
    assertThat(pay.grossPay())
        .isEqualTo("¥" + String.format(Locale.ROOT, "%,.2f", line.grossPay()));
    assertThat(pay.penalties()).isEqualTo("−¥50.00");
    assertThat(pay.coefficient()).isEqualTo("0.6");
    assertThat(pay.pointsDetail()).startsWith("积分记录 -5 + 好评");
    assertThat(pay.points()).isEqualTo("13");
  }

  @Test
  void aReportWithoutRankingsOrPayLeavesTheirSectionsOut() throws Exception {
    MonthReport bare =
        new MonthReport(
            report.input(),
            report.scores(),
            report.history(),
            null,
            report.workflow(),
            null,
            report.alerts());
    Pages pages = new Pages(bare, messages);
    ScorecardPage page =
        pages.scorecard(
            bare.scores().scores().stream()
                .filter(s -> s.agent().id().equals("KF007"))
                .findFirst()
                .orElseThrow());
    assertThat(page.ranking()).isNull();
    assertThat(page.pay()).isNull();
    TeamSummaryPage summary = pages.teamSummary();
    assertThat(summary.hasRanking()).isFalse();
    assertThat(summary.payTotals()).isNull();
    Templates templates = Templates.from(Optional.empty());
    PdfRenderer renderer = PdfRenderer.create(PdfRenderer.FontBytes.bundled(), templates.folder());
    var date = Pages.documentDate(report.scores().period());
    String card =
        PdfText.of(renderer.render(templates.render(Templates.SCORECARD, page, messages), date));
    assertThat(card).contains("吴磊", "55.25").doesNotContain("应发工资", "排名与奖惩");
    String team =
        PdfText.of(
            renderer.render(templates.render(Templates.TEAM_SUMMARY, summary, messages), date));
    assertThat(team).contains("团队考核汇总").doesNotContain("应发工资", "奖金池");
  }
}

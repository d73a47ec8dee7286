package com.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.i18n.Message;
import com.jixiao.i18n.Messages;
import com.jixiao.importer.ColumnPlan.Skip;
import com.jixiao.importer.ExportFixture.Clock;
import com.jixiao.importer.ExportFixture.Percent;
import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.workbook.InputError;
import com.jixiao.workbook.Problems;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import of export files into one month's figures, from real files written by the tests. */
class MonthImportTest {
  static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
  static final List<RosterAgent> ROSTER =
      List.of(
          new RosterAgent("KF001", "王丽", List.of("悦享家居旗舰店:丽丽")),
          new RosterAgent("KF002", "陈晨", List.of("悦享家居旗舰店:晨晨")),
          new RosterAgent("KF003", "刘洋", List.of()),
          new RosterAgent("KF012", "林芳", List.of("悦享家居旗舰店:芳芳")));
  static final Object[] HEADER = {
    "旺旺",
    "咨询人数",
    "接待人数",
    "询单人数",
    "最终付款人数",
    "询单->最终付款金额",
    "销售量",
    "退款笔数",
    "好评数",
    "平均响应(秒)",
    "满意率",
    "询单转化率"
  };

  @TempDir Path dir;

  /** An import's outcome and its problems rendered in Chinese, for assertions on the text. */
  record Run(ImportOutcome outcome, List<InputError> problems) {
    Map<Metric, BigDecimal> of(String agentId) {
      return outcome.figures().stream()
          .filter(f -> f.agentId().equals(agentId))
          .findFirst()
          .orElseThrow(() -> new AssertionError("no figures for " + agentId))
          .values();
    }

    List<String> problemTexts() {
      Messages zh = new Messages(Language.ZH);
      return problems.stream()
          .map(e -> e.where() + " " + zh.format(e.what()) + " | " + zh.format(e.hint()))
          .toList();
    }

    List<String> noticeTexts() {
      Messages zh = new Messages(Language.ZH);
      return outcome.notices().stream().map(zh::format).toList();
    }
  }

  static Run run(YearMonth month, List<RosterAgent> roster, ImportMap map, Path... files) {
    Problems problems = new Problems();
    List<ExportFile> read = new ArrayList<>();
    for (int i = 0; i < files.length; i++) {
      ExportFiles.read(files[i], i, problems).ifPresent(read::add);
    }
    ImportOutcome outcome = MonthImport.run(read, roster, map, month, problems);
    return new Run(outcome, problems.sorted());
  }

  static Run run(Path... files) {
    return run(SEPTEMBER, ROSTER, ImportMap.none(), files);
  }

  /** The month's report of the back office: a title, the header, three agents, a totals row. */
  static ExportFixture monthReport() {
    return ExportFixture.table(HEADER)
        .title("客服绩效报表（悦享家居旗舰店）")
        .title("统计时间：2026-09-01 至 2026-09-30")
        .row(
            "悦享家居旗舰店:丽丽",
            "1,204",
            "1,180",
            "1,100",
            "318",
            "￥112,345.60",
            "402",
            "3",
            "45",
            "18.5",
            "96.20%",
            "28.91%")
        .row(
            "悦享家居旗舰店:晨晨",
            "980",
            "960",
            "901",
            "290",
            "98,000.00",
            "350",
            "-",
            "30",
            "1分5秒",
            "95.5%",
            "32.19%")
        .row("刘洋", "700", "690", "650", "150", "50000", "170", "2", "--", "00:00:25", "-", "23.08%")
        .footer(
            "合计", "2,884", "2,830", "2,651", "758", "260,345.60", "922", "5", "75", "-", "-", "-")
        .footer("数据来源：赤兔名品");
  }

  private static void assertMonthReportFigures(Run r) {
    assertThat(r.problems()).isEmpty();
    Map<Metric, BigDecimal> li = r.of("KF001");
    assertThat(li.get(Metric.INQUIRIES)).isEqualByComparingTo("1204");
    assertThat(li.get(Metric.RECEPTIONS)).isEqualByComparingTo("1180");
    assertThat(li.get(Metric.DEALS)).isEqualByComparingTo("318");
    assertThat(li.get(Metric.SALES)).isEqualByComparingTo("112345.60");
    assertThat(li.get(Metric.ORDERS)).isEqualByComparingTo("402");
    assertThat(li.get(Metric.REFUND_ORDERS)).isEqualByComparingTo("3");
    assertThat(li.get(Metric.GOOD_REVIEWS)).isEqualByComparingTo("45");
    assertThat(li.get(Metric.AVG_RESPONSE_SECONDS)).isEqualByComparingTo("18.5");
    assertThat(li.get(Metric.SATISFACTION)).isEqualByComparingTo("0.962");
    Map<Metric, BigDecimal> chen = r.of("KF002");
    assertThat(chen.get(Metric.REFUND_ORDERS)).isEqualByComparingTo("0");
    assertThat(chen.get(Metric.AVG_RESPONSE_SECONDS)).isEqualByComparingTo("65");
    Map<Metric, BigDecimal> liu = r.of("KF003");
    assertThat(liu.get(Metric.GOOD_REVIEWS)).isEqualByComparingTo("0");
    assertThat(liu.get(Metric.AVG_RESPONSE_SECONDS)).isEqualByComparingTo("25");
    assertThat(liu).doesNotContainKey(Metric.SATISFACTION); // "-": no ratings, not 0%
    assertThat(r.outcome().figures())
        .extracting(ImportOutcome.AgentFigures::agentId)
        .containsExactly("KF001", "KF002", "KF003");
  }

  @Test
  @DisplayName("a GBK CSV with title rows, a totals row and a note: the three agents' figures")
  void gbkCsvWithTitleAndTotals() throws IOException {
    Run r = run(monthReport().gbkCsv(dir.resolve("九月客服绩效.csv")));
    assertMonthReportFigures(r);
    ImportOutcome.TableReport t = r.outcome().tables().get(0);
    assertThat(t.format()).isEqualTo("CSV, GB18030");
    assertThat(t.plan().headerNumber()).isEqualTo(3);
    assertThat(t.records()).isEqualTo(3);
    assertThat(t.totals()).isEqualTo(1);
    assertThat(t.withoutFigures()).isEqualTo(1);
    assertThat(r.outcome().links())
        .extracting(l -> l.text() + "→" + l.agentId() + " " + l.how())
        .containsExactly("悦享家居旗舰店:丽丽→KF001 ACCOUNT", "悦享家居旗舰店:晨晨→KF002 ACCOUNT", "刘洋→KF003 NAME");
    assertThat(r.noticeTexts()).containsExactly("这些客服在导出中没有数据，月度数据未改动：KF012");
  }

  @Test
  @DisplayName("a UTF-8 CSV with a byte-order mark gives the same figures")
  void utf8BomCsv() throws IOException {
    Run r = run(monthReport().utf8BomCsv(dir.resolve("sept.csv")));
    assertMonthReportFigures(r);
    assertThat(r.outcome().tables().get(0).format()).isEqualTo("CSV, UTF-8 (BOM)");
  }

  @Test
  @DisplayName("an .xlsx export with merged title cells, number, percent and time cells")
  void xlsxWithMergedTitle() throws IOException {
    Path xlsx =
        ExportFixture.table("客服", "咨询人数", "接待人数", "销售额", "满意度", "平均响应时长")
            .title("售后客服数据 2026年9月")
            .row("悦享家居旗舰店:芳芳", 1500, 1480, 0, new Percent(0.975), new Clock(22))
            .row("悦享家居旗舰店:丽丽", 12, 12, 1234.5, new Percent(1.0), new Clock(90))
            .footer("总计", 1512, 1492, 1234.5, null, null)
            .xlsx(dir.resolve("售后.xlsx"));
    Run r = run(xlsx);
    assertThat(r.problems()).isEmpty();
    assertThat(r.of("KF012").get(Metric.INQUIRIES)).isEqualByComparingTo("1500");
    assertThat(r.of("KF012").get(Metric.SATISFACTION)).isEqualByComparingTo("0.975");
    assertThat(r.of("KF012").get(Metric.AVG_RESPONSE_SECONDS)).isEqualByComparingTo("22");
    assertThat(r.of("KF001").get(Metric.AVG_RESPONSE_SECONDS)).isEqualByComparingTo("90");
    assertThat(r.of("KF001").get(Metric.SALES)).isEqualByComparingTo("1234.5");
    assertThat(r.outcome().tables().get(0).source().label()).isEqualTo("[售后.xlsx]客服绩效");
    assertThat(r.outcome().tables().get(0).totals()).isEqualTo(1);
  }

  /** One file per day: 王丽 and 陈晨 every day, with satisfaction's parts and a rate. */
  private List<Path> dailyFiles(boolean withParts) throws IOException {
    List<Path> files = new ArrayList<>();
    for (int day = 1; day <= SEPTEMBER.lengthOfMonth(); day++) {
      LocalDate date = SEPTEMBER.atDay(day);
      ExportFixture f =
          withParts
              ? ExportFixture.table("日期", "旺旺", "咨询人数", "销售额", "满意人数", "评价人数", "满意率", "平均响应(秒)")
              : ExportFixture.table("日期", "旺旺", "咨询人数", "销售额", "满意率", "平均响应(秒)");
      f.title("客服日报 " + date);
      for (int agent = 0; agent < 2; agent++) {
        String account = agent == 0 ? "悦享家居旗舰店:丽丽" : "悦享家居旗舰店:晨晨";
        int inquiries = 30 + day + agent;
        String sales = String.format("%,.2f", 1000.25 * day + agent);
        int rated = day % 5 == 0 ? 0 : 10 + day % 7;
        int satisfied = rated == 0 ? 0 : rated - day % 3;
        String rate = rated == 0 ? "-" : String.format("%.2f%%", satisfied * 100.0 / rated);
        if (withParts) {
          f.row(date.toString(), account, inquiries, sales, satisfied, rated, rate, 15 + day % 4);
        } else {
          f.row(date.toString(), account, inquiries, sales, rate, 15 + day % 4);
        }
      }
      files.add(f.gbkCsv(dir.resolve("日报-" + date + ".csv")));
    }
    return files;
  }

  @Test
  @DisplayName("daily files for a month: counts and money added up, satisfaction from its parts")
  void dailyFilesAddUp() throws IOException {
    Run r = run(dailyFiles(true).toArray(Path[]::new));
    assertThat(r.problems()).isEmpty();
    int inquiries = 0;
    BigDecimal sales = BigDecimal.ZERO;
    int satisfied = 0;
    int rated = 0;
    for (int day = 1; day <= 30; day++) {
      inquiries += 30 + day;
      sales = sales.add(new BigDecimal(String.format("%.2f", 1000.25 * day)));
      int dayRated = day % 5 == 0 ? 0 : 10 + day % 7;
      rated += dayRated;
      satisfied += dayRated == 0 ? 0 : dayRated - day % 3;
    }
    Map<Metric, BigDecimal> li = r.of("KF001");
    assertThat(li.get(Metric.INQUIRIES)).isEqualByComparingTo(String.valueOf(inquiries));
    assertThat(li.get(Metric.SALES)).isEqualByComparingTo(sales);
    assertThat(li.get(Metric.SATISFACTION))
        .isEqualByComparingTo(
            BigDecimal.valueOf(satisfied)
                .divide(BigDecimal.valueOf(rated), 4, java.math.RoundingMode.HALF_UP));
    assertThat(r.outcome().figures().get(0).rows()).isEqualTo(30);
    // an average response per day cannot be averaged again: left blank, with a notice
    assertThat(li).doesNotContainKey(Metric.AVG_RESPONSE_SECONDS);
    assertThat(r.noticeTexts())
        .contains(
            "平均响应时长(秒)未导入：这些客服各有多行（括号内为行数）：KF001 王丽 (30), KF002 陈晨 (30)。"
                + "平均值不能跨行再平均（每行的接待量不同），请在月度数据中手工填写，或导出整月汇总（每人一行）后导入");
  }

  @Test
  @DisplayName(
      "daily files with only the satisfaction rate: it cannot be combined, and the notice says why")
  void rateOnlyAcrossRows() throws IOException {
    Run r = run(dailyFiles(false).toArray(Path[]::new));
    assertThat(r.problems()).isEmpty();
    assertThat(r.of("KF001")).doesNotContainKey(Metric.SATISFACTION).containsKey(Metric.INQUIRIES);
    assertThat(r.noticeTexts())
        .contains(
            "满意度未导入：导出只有比例，没有“满意人数”和“评价人数”两列，而这些客服各有多行（括号内为行数）：KF001 王丽 (30), KF002 陈晨 (30)。"
                + "比例不能跨行平均（每行的人数不同），请在月度数据中手工填写，或导出整月汇总（每人一行）后导入");
  }

  @Test
  @DisplayName(
      "a rate-only export with one row per agent: that row is the month, the rate is taken")
  void rateOnlySingleRow() throws IOException {
    Path f =
        ExportFixture.table("旺旺", "满意率", "主推商品销售占比")
            .row("悦享家居旗舰店:丽丽", "96.5%", "0.85")
            .gbkCsv(dir.resolve("满意度.csv"));
    Run r = run(f);
    assertThat(r.of("KF001").get(Metric.SATISFACTION)).isEqualByComparingTo("0.965");
    assertThat(r.of("KF001").get(Metric.FLAGSHIP_RATIO)).isEqualByComparingTo("0.85");
    assertThat(r.noticeTexts()).noneMatch(n -> n.contains("不能跨行"));
  }

  @Test
  @DisplayName(
      "two half-month files with the rate only: the agent has two rows, the rate is not combined")
  void rateOnlyTwoFiles() throws IOException {
    Path first =
        ExportFixture.table("旺旺", "咨询人数", "满意率")
            .row("悦享家居旗舰店:丽丽", "10", "90%")
            .gbkCsv(dir.resolve("上.csv"));
    Path second =
        ExportFixture.table("旺旺", "咨询人数", "满意率")
            .row("悦享家居旗舰店:丽丽", "20", "100%")
            .gbkCsv(dir.resolve("下.csv"));
    Run r = run(first, second);
    assertThat(r.of("KF001").get(Metric.INQUIRIES)).isEqualByComparingTo("30");
    assertThat(r.of("KF001")).doesNotContainKey(Metric.SATISFACTION);
    assertThat(r.noticeTexts()).anyMatch(n -> n.startsWith("满意度未导入") && n.contains("KF001 王丽 (2)"));
  }

  @Test
  @DisplayName("an agent in two reports (presales and aftersales) is added up across them")
  void twoReportsAddUp() throws IOException {
    Path presales =
        ExportFixture.table("旺旺", "咨询人数", "销售额")
            .row("悦享家居旗舰店:丽丽", "100", "5,000")
            .gbkCsv(dir.resolve("售前.csv"));
    Path aftersales =
        ExportFixture.table("客服", "咨询人数", "好评数")
            .row("丽丽", "40", "7")
            .utf8BomCsv(dir.resolve("售后.csv"));
    Run r = run(presales, aftersales);
    Map<Metric, BigDecimal> li = r.of("KF001");
    assertThat(li.get(Metric.INQUIRIES)).isEqualByComparingTo("140");
    assertThat(li.get(Metric.SALES)).isEqualByComparingTo("5000");
    assertThat(li.get(Metric.GOOD_REVIEWS)).isEqualByComparingTo("7");
  }

  @Test
  @DisplayName(
      "an export name that matches no agent is a problem with file, row, column and look-alikes")
  void unmatchedAgent() throws IOException {
    Path f =
        ExportFixture.table("旺旺", "咨询人数")
            .title("客服绩效")
            .row("悦享家居旗舰店:丽丽", "10")
            .row("悦享家居旗舰店:王丽丽", "5")
            .row("悦享家居旗舰店:小明", "5")
            .row("悦享家居旗舰店:小明", "6")
            .gbkCsv(dir.resolve("九月.csv"));
    Run r = run(f);
    assertThat(r.problemTexts())
        .containsExactly(
            "九月.csv!A4 “悦享家居旗舰店:王丽丽”（共 1 行）与客服名单中的客服都对不上；相近的有：KF001 王丽 | "
                + "请在“客服名单”的“子账号”列填写该客服在后台显示的子账号（例如 悦享家居旗舰店:小王）；如果是已离职或不参加考核的账号，请先从导出文件中删去这些行。",
            "九月.csv!A5 “悦享家居旗舰店:小明”（共 2 行）不是客服名单中任何一位客服的子账号、工号或姓名 | "
                + "请在“客服名单”的“子账号”列填写该客服在后台显示的子账号（例如 悦享家居旗舰店:小王）；如果是已离职或不参加考核的账号，请先从导出文件中删去这些行。");
  }

  @Test
  @DisplayName("an export name that matches two agents is a problem listing both, never a guess")
  void ambiguousAgent() throws IOException {
    List<RosterAgent> roster =
        List.of(
            new RosterAgent("KF004", "赵静", List.of("店A:小赵")),
            new RosterAgent("KF005", "孙悦", List.of("店B:小赵")));
    Path f = ExportFixture.table("子账号", "接待人数").row("小赵", "10").gbkCsv(dir.resolve("a.csv"));
    Run r = run(SEPTEMBER, roster, ImportMap.none(), f);
    assertThat(r.problemTexts()).hasSize(1);
    assertThat(r.problemTexts().get(0))
        .startsWith("a.csv!A2 “小赵”（共 1 行）同时对应多位客服：KF004 赵静, KF005 孙悦，无法确定是哪一位 | 请在“客服名单”的“子账号”列");
    assertThat(r.outcome().figures()).isEmpty();
  }

  @Test
  @DisplayName("unknown headers are ignored and listed; known unused ones say why")
  void unknownHeaders() throws IOException {
    Path f =
        ExportFixture.table("旺旺", "咨询人数", "直播间人数", "客单价", "首次响应(秒)")
            .row("刘洋", "1", "2", "3", "4")
            .gbkCsv(dir.resolve("x.csv"));
    Run r = run(f);
    assertThat(r.problems()).isEmpty();
    assertThat(r.outcome().tables().get(0).plan().columns())
        .extracting(c -> c.header() + ":" + c.skip().map(Skip::name).orElse("used"))
        .containsExactly("旺旺:used", "咨询人数:used", "直播间人数:UNKNOWN", "客单价:DERIVED", "首次响应(秒):UNUSED");
    assertThat(r.of("KF003")).containsOnlyKeys(Metric.INQUIRIES);
  }

  @Test
  @DisplayName("every unreadable cell is a problem with file, row, column, what and how to fix")
  void badCells() throws IOException {
    Path f =
        ExportFixture.table("旺旺", "咨询人数", "销售额", "满意率", "平均响应(秒)", "日期")
            .title("标题")
            .row("刘洋", "十二", "1,000", "95", "很快", "2026-09-03")
            .row("悦享家居旗舰店:丽丽", "12.5", "-300", "96%", "12秒", "九月三日")
            .row("", "5", "", "", "", "2026-09-04")
            .gbkCsv(dir.resolve("坏.csv"));
    Run r = run(f);
    assertThat(r.problemTexts())
        .containsExactly(
            "坏.csv!B3 列“咨询人数”：“十二”不是数字 | 人数、次数请写非负整数，例如 1,234 或 1234；没有数据可留空或写 -（按 0 计）。",
            "坏.csv!D3 列“满意率”：比例 95 大于 1，看起来是漏写了百分号 | 比例请写成百分数（95.5%）或小数（0.955）；没有数据可留空或写 -。",
            "坏.csv!E3 列“平均响应(秒)”：“很快”不是时长 | 时长请写秒数（12）、12秒、1分30秒 或 00:01:30；没有数据可留空或写 -。",
            "坏.csv!B4 列“咨询人数”：应为整数：12.5 | 人数、次数请写非负整数，例如 1,234 或 1234；没有数据可留空或写 -（按 0 计）。",
            "坏.csv!C4 列“销售额”：不能为负数：-300 | 金额请写数字，例如 1,234.50、¥1,234.50 或 1.2万；没有数据可留空或写 -（按 0 计）。",
            "坏.csv!F4 列“日期”：“九月三日”不是日期或月份 | 日期请写成 2026-09-01、2026/9/1、09-01 或 2026年9月；日期范围写成 2026-09-01~2026-09-15。",
            "坏.csv!A5 列“旺旺”：这一行有数据，但没有写客服 | 请补上客服的子账号或姓名；如果这是合计行，请把第一列写成“合计”或删去这一行。");
  }

  @Test
  @DisplayName("problems are in English for an English workbook")
  void englishProblems() throws IOException {
    Path f =
        ExportFixture.table("Agent", "Inquiries").row("Liu", "many").gbkCsv(dir.resolve("en.csv"));
    Run r =
        run(SEPTEMBER, List.of(new RosterAgent("KF003", "Liu", List.of())), ImportMap.none(), f);
    Messages en = new Messages(Language.EN);
    InputError e = r.problems().get(0);
    assertThat(e.where() + " " + en.format(e.what()))
        .isEqualTo("en.csv!B2 column \"Inquiries\": \"many\" is not a number");
    assertThat(en.format(e.hint())).startsWith("Write counts as whole numbers");
  }

  @Test
  @DisplayName("the same file given twice is a problem: every figure would be added twice")
  void sameFileTwice() throws IOException {
    Path f = monthReport().gbkCsv(dir.resolve("a.csv"));
    Path copy = Files.copy(f, dir.resolve("b.csv"));
    Run r = run(f, copy);
    assertThat(r.problemTexts())
        .containsExactly("b.csv 文件 b.csv 与 a.csv 内容完全相同，数据会被重复相加 | 同一份导出只需给一次，请删去其中一个文件名。");
  }

  @Test
  @DisplayName("the same agent on the same day in two files is a problem naming both rows")
  void sameDayTwice() throws IOException {
    Path a =
        ExportFixture.table("日期", "旺旺", "咨询人数")
            .row("2026-09-03", "刘洋", "5")
            .gbkCsv(dir.resolve("a.csv"));
    Path b =
        ExportFixture.table("日期", "旺旺", "咨询人数")
            .row("2026-09-04", "刘洋", "6")
            .row("2026/9/3", "刘洋", "7")
            .gbkCsv(dir.resolve("b.csv"));
    Run r = run(a, b);
    assertThat(r.problemTexts())
        .containsExactly(
            "b.csv!B3 客服“刘洋”在 2026-09-03 这一天已经出现过（a.csv 第 2 行），这一天的数据会被重复相加 | 同一天的数据只需导入一次：请删去重复的文件或行。");
  }

  @Test
  @DisplayName("rows of another month are skipped and counted, not added")
  void otherMonthsSkipped() throws IOException {
    Path f =
        ExportFixture.table("日期", "旺旺", "咨询人数")
            .row("2026-08-31", "刘洋", "100")
            .row("2026-09-01", "刘洋", "5")
            .row("2026-10-01", "刘洋", "100")
            .gbkCsv(dir.resolve("a.csv"));
    Run r = run(f);
    assertThat(r.of("KF003").get(Metric.INQUIRIES)).isEqualByComparingTo("5");
    assertThat(r.outcome().tables().get(0).otherMonths())
        .containsExactly(Map.entry(YearMonth.of(2026, 8), 1), Map.entry(YearMonth.of(2026, 10), 1));
  }

  @Test
  @DisplayName(
      "a title naming another month is noticed; an export time in the title is not a month")
  void titleMonth() throws IOException {
    Path august =
        ExportFixture.table("旺旺", "咨询人数")
            .title("2026年8月 客服绩效")
            .row("刘洋", "5")
            .gbkCsv(dir.resolve("a.csv"));
    Path exported =
        ExportFixture.table("旺旺", "咨询人数")
            .title("导出时间：2026-10-01 10:00")
            .row("刘洋", "5")
            .gbkCsv(dir.resolve("b.csv"));
    assertThat(run(august).noticeTexts())
        .contains("a.csv 的标题写的是 2026-08，而导入的月份是 2026-09：请确认导出的是正确的月份");
    assertThat(run(exported).noticeTexts()).noneMatch(n -> n.contains("标题"));
  }

  @Test
  @DisplayName("a header repeated inside the table (files pasted together) is skipped")
  void repeatedHeader() throws IOException {
    Path f =
        ExportFixture.table("旺旺", "咨询人数")
            .row("刘洋", "5")
            .row("旺旺", "咨询人数")
            .row("刘洋", "6")
            .gbkCsv(dir.resolve("a.csv"));
    Run r = run(f);
    assertThat(r.problems()).isEmpty();
    assertThat(r.of("KF003").get(Metric.INQUIRIES)).isEqualByComparingTo("11");
    assertThat(r.outcome().tables().get(0).repeatedHeaders()).isEqualTo(1);
  }

  @Test
  @DisplayName("an .xlsx with two sheets with headers: only the first is read, the other noticed")
  void secondSheetNotRead() throws IOException {
    Path path = dir.resolve("two.xlsx");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        var out = Files.newOutputStream(path)) {
      ExportFixture.table("旺旺", "咨询人数").row("刘洋", 5).fill(wb, wb.createSheet("汇总"));
      ExportFixture.table("旺旺", "咨询人数").row("刘洋", 5).fill(wb, wb.createSheet("明细"));
      wb.write(out);
    }
    Run r = run(path);
    assertThat(r.of("KF003").get(Metric.INQUIRIES)).isEqualByComparingTo("5");
    assertThat(r.noticeTexts())
        .contains("工作表 [two.xlsx]明细 也有表头，但只读取了 two.xlsx 中第一个有表头的工作表（避免重复相加）；如需导入，请另存为单独的文件");
  }

  @Test
  @DisplayName("a file without a header in its first rows is a problem saying what a header needs")
  void noHeader() throws IOException {
    Path f = ExportFixture.table("姓名", "部门").row("刘洋", "客服部").gbkCsv(dir.resolve("名单.csv"));
    Run r = run(f);
    assertThat(r.problemTexts()).hasSize(1);
    assertThat(r.problemTexts().get(0)).startsWith("名单.csv 前 30 行中没有找到表头");
  }

  @Test
  @DisplayName("files that are not exports are one clear problem each")
  void notExports() throws IOException {
    Path empty = Files.write(dir.resolve("empty.csv"), new byte[0]);
    Path html =
        Files.writeString(
            dir.resolve("report.xls"),
            "<html><body><table><tr><td>旺旺</td></tr></table></body></html>",
            StandardCharsets.UTF_8);
    Path xls = dir.resolve("old.xls");
    try (var wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
        var out = Files.newOutputStream(xls)) {
      wb.createSheet("a");
      wb.write(out);
    }
    Path binary =
        Files.write(dir.resolve("pic.csv"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
    Path missing = dir.resolve("nope.csv");
    Run r = run(empty, html, xls, binary, missing);
    assertThat(r.problems())
        .extracting(e -> e.what().key())
        .containsExactly(
            "import.file.empty",
            "import.file.html",
            "import.file.xls",
            "import.file.encoding",
            "import.file.missing");
    assertThat(r.outcome().figures()).isEmpty();
  }

  @Test
  @DisplayName("a cell beyond the problem limit is summed up in one line")
  void boundedProblems() throws IOException {
    ExportFixture f = ExportFixture.table("旺旺", "咨询人数");
    for (int i = 0; i < 300; i++) {
      f.row("刘洋", "x" + i);
    }
    Run r = run(f.gbkCsv(dir.resolve("many.csv")));
    assertThat(r.problems()).hasSize(ExportRows.MAX_PROBLEMS + 1);
    assertThat(r.problems().get(ExportRows.MAX_PROBLEMS).what().key())
        .isEqualTo("import.too_many_problems");
  }

  @Test
  @DisplayName("merged agent cells down several rows of an .xlsx apply to each row")
  void mergedAgentCells() throws IOException {
    Path path = dir.resolve("merged.xlsx");
    try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook();
        var out = Files.newOutputStream(path)) {
      var sheet = wb.createSheet("明细");
      ExportFixture.table("客服", "日期", "咨询人数")
          .row("刘洋", "2026-09-01", 5)
          .row(null, "2026-09-02", 6)
          .row("悦享家居旗舰店:丽丽", "2026-09-01", 7)
          .fill(wb, sheet);
      sheet.addMergedRegion(new org.apache.poi.ss.util.CellRangeAddress(1, 2, 0, 0));
      wb.write(out);
    }
    Run r = run(path);
    assertThat(r.problems()).isEmpty();
    assertThat(r.of("KF003").get(Metric.INQUIRIES)).isEqualByComparingTo("11");
    assertThat(r.of("KF001").get(Metric.INQUIRIES)).isEqualByComparingTo("7");
  }

  @Test
  @DisplayName("a header's unit scales plain numbers: (万元), (%), (分)")
  void headerUnits() throws IOException {
    Path f =
        ExportFixture.table("旺旺", "销售额(万元)", "满意率(%)", "平均响应(分)")
            .row("刘洋", "1.25", "96.5", "1.5")
            .gbkCsv(dir.resolve("u.csv"));
    Run r = run(f);
    assertThat(r.of("KF003").get(Metric.SALES)).isEqualByComparingTo("12500");
    assertThat(r.of("KF003").get(Metric.SATISFACTION)).isEqualByComparingTo("0.965");
    assertThat(r.of("KF003").get(Metric.AVG_RESPONSE_SECONDS)).isEqualByComparingTo("90");
  }

  @Test
  @DisplayName("an ImportMap maps a shop's own headers and ignores columns")
  void importMap() throws IOException {
    ImportMap map =
        new ImportMap(
            List.of(
                new ImportMap.Entry("客服花名", Optional.of(ImportField.AGENT)),
                new ImportMap.Entry("有效咨询", Optional.of(ImportField.INQUIRIES)),
                new ImportMap.Entry("销售额", Optional.empty())));
    Path f =
        ExportFixture.table("客服花名", "有效咨询", "销售额")
            .row("刘洋", "8", "100")
            .gbkCsv(dir.resolve("m.csv"));
    Run r = run(SEPTEMBER, ROSTER, map, f);
    assertThat(r.of("KF003")).containsOnlyKeys(Metric.INQUIRIES);
    assertThat(r.of("KF003").get(Metric.INQUIRIES)).isEqualByComparingTo("8");
  }

  @Test
  @DisplayName("notices render in both languages")
  void noticesInBothLanguages() {
    for (Language l : Language.values()) {
      Messages m = new Messages(l);
      assertThat(m.format(Message.of("import.notice.no_rows", "a.csv", "2026-09")))
          .contains("a.csv");
    }
  }
}

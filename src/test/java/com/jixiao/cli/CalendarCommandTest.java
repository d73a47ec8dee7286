package com.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

class CalendarCommandTest {
  private record Run(int exitCode, String out, String err) {
    List<String> lines() {
      return out.lines().toList();
    }
  }

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new CalendarCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exitCode = cli.execute(args);
    return new Run(exitCode, out.toString(), err.toString());
  }

  @Test
  void itPrintsTheSevenStepsOfSeptember2025InChineseByDefault() {
    Run run = run("2025-09");
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    List<String> lines = run.lines();
    assertThat(lines.get(0)).isEqualTo("2025年9月绩效考核流程（考核期 2025-09-01 至 2025-09-30）");
    assertThat(lines.get(2)).startsWith("步骤  工作日  截止日期         负责          内容");
    assertThat(lines.get(3)).startsWith("0     期前    2025-08-29 周五  品牌项目经理  考核期开始之前");
    assertThat(lines.get(4)).startsWith("1     WD3     2025-10-11 周六  客服主管      考核期结束后的第3个工作日");
    assertThat(lines.get(9)).startsWith("6     WD15    2025-10-28 周二  人力资源部    如需修订");
    assertThat(run.out()).contains("内置 2024, 2025, 2026 年").doesNotContain("警告");
  }

  @Test
  void theDueDatesStartInTheSameTerminalColumnOnEveryRow() {
    List<String> lines = run("2026-01").lines();
    String header = lines.get(2);
    int dueColumn = TextTable.displayWidth(header.substring(0, header.indexOf("截止日期")));
    assertThat(lines.subList(3, 10))
        .extracting(row -> TextTable.displayWidth(row.substring(0, row.indexOf("202"))))
        .containsOnly(dueColumn);
  }

  @Test
  void itSpeaksEnglishAndAcceptsTheChineseWayOfWritingAMonth() {
    Run run = run("2025年4月", "--lang", "en");
    assertThat(run.exitCode()).isZero();
    assertThat(run.lines().get(0))
        .isEqualTo("Performance review workflow for 2025-04 (period 2025-04-01 to 2025-04-30)");
    assertThat(run.out()).contains("1     WD3          2025-05-08 Thu  CS supervisor");
  }

  @Test
  void aYearOutsideTheDataPrintsTheFallbackWarning() {
    Run run = run("2031-03");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("警告：2031年不在内置的法定节假日安排");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-13", "2025", "Sept 2025", "2025-00", "25-09"})
  void aMalformedPeriodExitsWithTwoAndOneClearLine(String period) {
    Run run = run(period);
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.out()).isEmpty();
    assertThat(run.err().lines().toList())
        .containsExactly("无法识别的考核月份“" + period + "”：请写成 YYYY-MM（如 2025-09）或 YYYY年M月（如 2025年9月）。");
  }

  @Test
  void anUnknownLanguageExitsWithTwo() {
    Run run = run("2025-09", "--lang", "fr");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("--lang");
  }

  @ParameterizedTest
  @ValueSource(strings = {"2025-09", "2025-9", "2025年9月", "2025年09月", " 2025/09 "})
  void theUsualWaysOfWritingAMonthAreRead(String text) {
    assertThat(CalendarCommand.parsePeriod(text)).contains(YearMonth.of(2025, 9));
  }

  @Test
  void helpNamesThePeriodAndTheLanguageOption() {
    Run run = run("--help");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("calendar").contains("PERIOD").contains("--lang");
  }
}

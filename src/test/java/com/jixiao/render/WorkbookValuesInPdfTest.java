package com.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.cli.Main;
import com.jixiao.i18n.Messages;
import com.jixiao.report.MonthReport;
import com.jixiao.workbook.MiniWorkbook;
import com.jixiao.workbook.ReadResult;
import com.jixiao.workbook.input.WorkbookReader;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A workbook value is text on the page, never CSS or markup: a Settings {@code store} written to
 * break out of a CSS string can neither hide the real total, nor fetch a URL, nor read a file.
 */
@Timeout(120)
class WorkbookValuesInPdfTest {
  @TempDir Path dir;
  LoopbackServer server;

  @BeforeEach
  void startServer() throws Exception {
    server = new LoopbackServer();
  }

  @AfterEach
  void stopServer() throws Exception {
    server.close();
  }

  /** The store names a hostile workbook might carry; {@code PORT} is the loopback server's. */
  @ParameterizedTest(name = "store \"{0}\"")
  @ValueSource(
      strings = {
        "x\"; } } body { background-image: url(http://127.0.0.1:PORT/bg) }"
            + " @page { @bottom-left { content: \"",
        "x\"; } } .kpi .value.main { display: none } @page { @bottom-left { content: \"",
        "x\"; } } @import url(http://127.0.0.1:PORT/import); @page { @bottom-left { content: \"",
        "x\"; } } @font-face { font-family: \"Z\"; src: url(file:///dev/zero) }"
            + " body { font-family: \"Z\" } @page { @bottom-left { content: \"",
        "</style><link rel=\"stylesheet\" href=\"http://127.0.0.1:PORT/link\"/><style>",
        "<img src=\"http://127.0.0.1:PORT/img\"/> & ]]> \\\" \\A x'; } } body { display: none }"
      })
  @DisplayName(
      "a store name made to break out of the page's CSS prints as written and fetches" + " nothing")
  void aStoreNameIsTextOnTheScorecard(String template) throws Exception {
    String store = template.replace("PORT", Integer.toString(server.port()));
    Path input = MiniWorkbook.valid().set("设置", 2, "值", store).save(dir.resolve("store.xlsx"));
    Path out = dir.resolve("out");

    assertThat(Main.execute("run", input.toString(), "--out", out.toString())).isZero();

    assertThat(server.requests()).as("requests that reached the loopback server").isEmpty();
    for (Path pdf : List.of(out.resolve("scorecards/KF001.pdf"), out.resolve("team-summary.pdf"))) {
      List<String> pages = PdfText.byPage(pdf);
      // as written in the header and in the footer of every page (a long name wraps: spaces aside)
      assertThat(compact(pages.get(0))).as(pdf.toString()).contains("店铺:" + compact(store) + "·");
      for (String page : pages) {
        assertThat(compact(page))
            .as(pdf.toString())
            .containsPattern(
                Pattern.quote(compact(store) + "·2026年9月·第1版·指纹") + "[0-9a-f]{12}·考核期截至2026-09-30");
      }
    }
    assertThat(PdfText.of(out.resolve("scorecards/KF001.pdf"))).contains(realTotal(input, "KF001"));
    assertThat(PdfText.of(out.resolve("team-summary.pdf"))).contains(realTotal(input, "KF003"));
  }

  private static String compact(String text) {
    return text.replaceAll("\\s+", "");
  }

  /** The agent's total as the assessment has it (and as the Scores sheet shows it). */
  private static String realTotal(Path input, String agentId) {
    ReadResult read = WorkbookReader.read(input);
    MonthReport report = MonthReport.of(read.input().orElseThrow(), read.alerts());
    Pages pages = new Pages(report, new Messages(read.language()));
    return report.scores().scores().stream()
        .filter(s -> s.agent().id().equals(agentId))
        .map(s -> pages.scorecard(s).total())
        .findFirst()
        .orElseThrow();
  }
}

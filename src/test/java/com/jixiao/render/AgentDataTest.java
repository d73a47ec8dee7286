package com.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.cli.Main;
import com.jixiao.workbook.MiniWorkbook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Agent names and IDs are data, not markup and not paths. */
class AgentDataTest {
  @TempDir Path dir;

  @Test
  void anAgentNamedLikeMarkupPrintsAsWritten() throws Exception {
    Path input =
        MiniWorkbook.valid().set("客服名单", 2, "姓名", "<b>张&三</b>").save(dir.resolve("markup.xlsx"));
    Path out = dir.resolve("out");
    assertThat(Main.execute("run", input.toString(), "--out", out.toString())).isZero();
    assertThat(PdfText.of(out.resolve("scorecards/KF001.pdf"))).contains("<b>张&三</b>");
    assertThat(PdfText.of(out.resolve("team-summary.pdf"))).contains("<b>张&三</b>");
  }

  @Test
  void anAgentIdThatLooksLikeAPathStaysInsideTheScorecardsFolder() throws Exception {
    Path input =
        MiniWorkbook.valid()
            .set("客服名单", 2, "工号", "../x")
            .set("月度数据", 2, "工号", "../x")
            .set("月度数据", 6, "工号", "../x")
            .save(dir.resolve("path.xlsx"));
    Path out = dir.resolve("out");
    assertThat(Main.execute("run", input.toString(), "--out", out.toString())).isZero();
    try (Stream<Path> files = Files.list(out.resolve("scorecards"))) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .containsExactlyInAnyOrder("___x.pdf", "KF002.pdf", "KF003.pdf", "KF004.pdf");
    }
    assertThat(out.resolve("x.pdf")).doesNotExist();
    assertThat(dir.resolve("x.pdf")).doesNotExist();
    assertThat(PdfText.of(out.resolve("scorecards/___x.pdf"))).contains("../x");
  }

  @ParameterizedTest(name = "agent_id \"{0}\" is written as {1}")
  @CsvSource({
    "KF001, KF001.pdf",
    "../x, ___x.pdf",
    "a/b\\c, a_b_c.pdf",
    "客服 01, 客服_01.pdf",
    "'', _.pdf",
    "., _.pdf",
    "CON, CON_.pdf",
    "nul, nul_.pdf",
    "COM1, COM1_.pdf",
    "CON.x, CON_x.pdf",
    "CONSOLE, CONSOLE.pdf"
  })
  void fileNamesKeepLettersDigitsDashesAndUnderscores(String id, String file) {
    assertThat(ScorecardFiles.names(List.of(id))).containsExactly(file);
  }

  @Test
  void twoIdsThatBecomeTheSameFileNameGetNumbered() {
    assertThat(ScorecardFiles.names(List.of("a/b", "a_b", "A_B")))
        .containsExactly("a_b.pdf", "a_b-2.pdf", "A_B-3.pdf");
  }
}

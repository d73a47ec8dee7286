package com.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The blank workbook that {@code template} writes is one that {@code validate} and {@code run}
 * accept.
 */
class TemplateRoundTripTest {
  @TempDir Path dir;

  @ParameterizedTest(name = "template --lang {0} validates and runs")
  @ValueSource(strings = {"zh", "en"})
  void theTemplateIsAValidWorkbookThatRuns(String lang) {
    Path template = dir.resolve("template-" + lang + ".xlsx");
    assertThat(Main.execute("template", "--lang", lang, template.toString())).isZero();
    assertThat(Main.execute("validate", template.toString())).isZero();
    assertThat(Main.execute("run", template.toString(), "--out", dir.resolve("out").toString()))
        .isZero();
    assertThat(dir.resolve("out").resolve("template-" + lang + ".filled.xlsx")).exists();
  }
}

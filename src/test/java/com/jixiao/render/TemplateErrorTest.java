package com.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.cli.Main;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user's broken copy of the templates: a clear error naming the file and line, exit 2. */
class TemplateErrorTest {
  private static final Path SAMPLE = Path.of("sample-workbooks", "sample-zh.xlsx");

  @TempDir Path dir;

  /** A copy of the project's templates/ folder with one text replaced in the scorecard. */
  private Path brokenCopy(String text, String replacement) throws IOException {
    Path copy = Files.createDirectories(dir.resolve("my-templates"));
    try (Stream<Path> files = Files.list(Path.of("templates"))) {
      for (Path f : files.toList()) {
        Files.copy(f, copy.resolve(f.getFileName()));
      }
    }
    Path scorecard = copy.resolve(Templates.SCORECARD);
    String original = Files.readString(scorecard);
    assertThat(original).contains(text);
    int at = original.indexOf(text);
    Files.writeString(
        scorecard,
        original.substring(0, at) + replacement + original.substring(at + text.length()));
    return copy;
  }

  private static int lineOf(Path file, String text) throws IOException {
    var lines = Files.readAllLines(file);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).contains(text)) {
        return i + 1;
      }
    }
    throw new AssertionError(text + " not in " + file);
  }

  @Test
  void aCopyOfTheTemplatesRendersLikeTheBuiltInOnes() throws Exception {
    Path copy =
        brokenCopy("${t(\"scorecard.title\")}</h1>", "${t(\"scorecard.title\")} (copy)</h1>");
    Path out = dir.resolve("out");
    assertThat(
            Main.execute(
                "run", SAMPLE.toString(), "--out", out.toString(), "--templates", copy.toString()))
        .isZero();
    assertThat(PdfText.of(out.resolve("scorecards/KF001.pdf"))).contains("绩效考核评分卡 (copy)");
  }

  @Test
  void aSyntaxErrorNamesTheTemplateFileAndLineAndWritesOnlyTheErrorReport() throws Exception {
    Path copy = brokenCopy("<#list m.groups as group>", "<#list m.groups as group><#if m.rank ==>");
    Path out = dir.resolve("out");
    int status =
        Main.execute(
            "run", SAMPLE.toString(), "--out", out.toString(), "--templates", copy.toString());
    assertThat(status).isEqualTo(2);
    String errors = Files.readString(out.resolve("errors.txt"));
    int line = lineOf(copy.resolve(Templates.SCORECARD), "<#if m.rank ==>");
    assertThat(errors)
        .contains(copy.resolve(Templates.SCORECARD).toString())
        .contains("第 " + line + " 行")
        .doesNotContain("at freemarker.")
        .doesNotContain("Exception");
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("errors.txt");
    }
  }

  @Test
  void anUnknownVariableNamesTheTemplateFileAndLine() throws Exception {
    Path copy =
        brokenCopy("<div class=\"who\">${m.name}</div>", "<div class=\"who\">${m.nmae}</div>");
    Path out = dir.resolve("out");
    int status =
        Main.execute(
            "run", SAMPLE.toString(), "--out", out.toString(), "--templates", copy.toString());
    assertThat(status).isEqualTo(2);
    String errors = Files.readString(out.resolve("errors.txt"));
    int line = lineOf(copy.resolve(Templates.SCORECARD), "m.nmae");
    assertThat(errors)
        .contains(copy.resolve(Templates.SCORECARD) + " 第 " + line + " 行")
        .contains("m.nmae")
        .doesNotContain("at freemarker.");
    assertThat(out.resolve("scorecards")).doesNotExist();
  }

  @Test
  void anUnknownLabelKeyIsATemplateErrorToo() throws Exception {
    Path copy = brokenCopy("${t(\"scorecard.total\")}", "${t(\"scorecard.totl\")}");
    Path out = dir.resolve("out");
    assertThat(
            Main.execute(
                "run", SAMPLE.toString(), "--out", out.toString(), "--templates", copy.toString()))
        .isEqualTo(2);
    assertThat(Files.readString(out.resolve("errors.txt"))).contains("scorecard.totl");
  }

  @Test
  void aMissingTemplatesFolderIsAClearError() throws Exception {
    Path out = dir.resolve("out");
    Path missing = dir.resolve("no-such-folder");
    assertThat(
            Main.execute(
                "run",
                SAMPLE.toString(),
                "--out",
                out.toString(),
                "--templates",
                missing.toString()))
        .isEqualTo(2);
    assertThat(Files.readString(out.resolve("errors.txt"))).contains(missing.toString());
  }
}

package com.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.workbook.MiniWorkbook;
import com.jixiao.workbook.XlsxSurgery;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Workbooks built to crash the reader or the writer rather than to be read: XML nested a hundred
 * thousand levels deep, a cell pointing at a shared string that does not exist, a DOCTYPE. Each is
 * a damaged workbook (exit 2, one clear line, in validate as in run), never a raw stack trace or a
 * dump of the workbook's contents on the console.
 */
class PoisonWorkbookTest {
  @TempDir Path dir;

  private Path mini() throws IOException {
    return MiniWorkbook.valid().save(dir.resolve("mini.xlsx"));
  }

  /** The old XML with elements of random names nested {@code levels} deep inside its root. */
  static XlsxSurgery.Part nestedInsideRoot(int levels) {
    return (old, out) -> {
      int at = old.lastIndexOf("</");
      out.write(old.substring(0, at).getBytes(StandardCharsets.UTF_8));
      Random random = new Random(levels);
      String[] names = new String[levels];
      Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.US_ASCII);
      for (int i = 0; i < levels; i++) {
        StringBuilder name = new StringBuilder("x");
        for (int c = 0; c < 6; c++) {
          name.append((char) ('a' + random.nextInt(26)));
        }
        names[i] = name.toString();
        w.write("<" + names[i] + ">");
      }
      for (int i = levels - 1; i >= 0; i--) {
        w.write("</" + names[i] + ">");
      }
      w.flush();
      out.write(old.substring(at).getBytes(StandardCharsets.UTF_8));
    };
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"xl/workbook.xml", "xl/styles.xml", "[Content_Types].xml"})
  @DisplayName("XML nested 100,000 levels deep is a damaged workbook in validate and in run")
  @Timeout(120)
  void xmlNestedAHundredThousandLevelsDeepIsDamaged(String part) throws Exception {
    Path input =
        XlsxSurgery.rewrite(
            mini(), dir.resolve("deep.xlsx"), Map.of(part, nestedInsideRoot(100_000)));

    Captured validate = Captured.run("validate", input.toString());
    assertThat(validate.status()).as("validate: " + validate.all()).isEqualTo(2);
    assertThat(validate.err()).contains("deep.xlsx 已损坏").contains(part).contains("嵌套");
    assertNoStackTrace(validate);

    String report = runExpectingErrors(input);
    assertThat(report).contains("deep.xlsx 已损坏").contains(part).contains("嵌套");
  }

  @Test
  @DisplayName("a worksheet nested 100,000 levels deep is a damaged sheet, named")
  @Timeout(120)
  void aWorksheetNestedDeeplyIsADamagedSheet() throws Exception {
    Path input =
        XlsxSurgery.rewrite(
            mini(),
            dir.resolve("deep.xlsx"),
            Map.of("xl/worksheets/sheet2.xml", nestedInsideRoot(100_000)));
    assertThat(runExpectingErrors(input)).contains("工作表“客服名单”已损坏").contains("嵌套");
  }

  @Test
  @DisplayName("a cell pointing at a shared string that does not exist is damage, nothing dumped")
  void aCellPointingAtAMissingSharedStringIsDamagedAndNothingIsDumped() throws Exception {
    Path input =
        XlsxSurgery.rewrite(
            mini(),
            dir.resolve("strings.xlsx"),
            Map.of(
                "xl/worksheets/sheet2.xml",
                (old, out) ->
                    out.write(
                        old.replaceFirst(
                                "(<c r=\"B2\"[^>]*t=\"s\"[^>]*><v>)\\d+(</v>)", "$199999$2")
                            .getBytes(StandardCharsets.UTF_8))));

    Captured validate = Captured.run("validate", input.toString());
    assertThat(validate.status()).as(validate.all()).isEqualTo(2);
    assertThat(validate.err()).contains("工作表“客服名单”已损坏").contains("B2").contains("99999");
    assertThat(validate.all())
        .as("no cell contents of the workbook on the console")
        .doesNotContain("张三")
        .doesNotContain("测试店")
        .doesNotContain("internal error");
    assertNoStackTrace(validate);

    assertThat(runExpectingErrors(input)).contains("工作表“客服名单”已损坏");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "[Content_Types].xml",
        "_rels/.rels",
        "docProps/core.xml",
        "docProps/app.xml",
        "xl/workbook.xml",
        "xl/styles.xml",
        "xl/sharedStrings.xml",
        "xl/worksheets/sheet2.xml"
      })
  @DisplayName("a DOCTYPE in any part is damage, said in one line, no stack trace")
  void aDoctypeInAnyPartIsDamageWithoutAStackTrace(String part) throws Exception {
    Path input =
        XlsxSurgery.rewrite(
            mini(),
            dir.resolve("doctype.xlsx"),
            Map.of(
                part,
                (old, out) -> {
                  int at = old.indexOf("?>") + 2;
                  out.write(
                      (old.substring(0, at)
                              + "<!DOCTYPE x [<!ENTITY a \"b\">]>"
                              + old.substring(at))
                          .getBytes(StandardCharsets.UTF_8));
                }));
    Captured run = Captured.run("run", input.toString(), "--out", dir.resolve("out").toString());
    assertThat(run.status()).as(run.all()).isEqualTo(2);
    assertThat(run.err()).contains("DOCTYPE");
    assertNoStackTrace(run);
    assertThat(run.err()).doesNotContain("ERROR");
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"../evil.txt", "xl/../../evil.xml", "/etc/evil.xml", "C:/evil.xml"})
  @DisplayName("a zip entry named like a path outside the workbook is damage")
  void anEntryNamedOutsideTheWorkbookIsDamage(String name) throws Exception {
    Path input =
        XlsxSurgery.rewrite(
            mini(),
            dir.resolve("slip.xlsx"),
            Map.of(name, (old, out) -> out.write("x".getBytes(StandardCharsets.US_ASCII))));
    assertThat(runExpectingErrors(input)).contains("slip.xlsx 已损坏").contains("指向工作簿之外");
  }

  @Test
  @DisplayName("a zip entry stored as a symbolic link is damage")
  void aSymbolicLinkEntryIsDamage() throws Exception {
    Path input = dir.resolve("link.xlsx");
    try (var zip = new ZipFile(mini().toFile());
        var out =
            new org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream(
                Files.newOutputStream(input))) {
      for (var e : Collections.list(zip.entries())) {
        out.putArchiveEntry(
            new org.apache.commons.compress.archivers.zip.ZipArchiveEntry(e.getName()));
        try (var in = zip.getInputStream(e)) {
          in.transferTo(out);
        }
        out.closeArchiveEntry();
      }
      var link = new org.apache.commons.compress.archivers.zip.ZipArchiveEntry("xl/media/link");
      link.setUnixMode(0120777); // a symbolic link, pointing at…
      out.putArchiveEntry(link);
      out.write("/etc/passwd".getBytes(StandardCharsets.US_ASCII));
      out.closeArchiveEntry();
    }
    assertThat(runExpectingErrors(input)).contains("link.xlsx 已损坏").contains("符号链接");
  }

  private static void assertNoStackTrace(Captured c) {
    assertThat(c.all())
        .as("no stack trace, no raw exception")
        .doesNotContain("\tat ")
        .doesNotContain("Exception")
        .doesNotContain("StackOverflowError");
  }

  /** Runs the CLI, checks exit 2, only errors.txt written, input unchanged; returns the report. */
  private String runExpectingErrors(Path input) throws IOException {
    byte[] before = Files.readAllBytes(input);
    Path out = dir.resolve("out");
    Captured run = Captured.run("run", input.toString(), "--out", out.toString());
    assertThat(run.status()).as("exit status; console:\n" + run.all()).isEqualTo(2);
    assertNoStackTrace(run);
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .as("only errors.txt, no staging folder")
          .isEqualTo(List.of("errors.txt"));
    }
    assertThat(Files.readAllBytes(input)).as("input unchanged").isEqualTo(before);
    return Files.readString(out.resolve("errors.txt"), StandardCharsets.UTF_8);
  }
}

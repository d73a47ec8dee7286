package com.jixiao.samples;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.cli.Main;
import com.jixiao.workbook.MiniWorkbook;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample exports and the before-import sample: the committed files are what the generators
 * write, and importing the exports gives the Chinese sample's assessment.
 */
class SampleExportsTest {
  private static final Path SAMPLES = Path.of("sample-workbooks");
  private static final Path EXPORTS = SAMPLES.resolve(SampleExports.DIR);

  @TempDir Path dir;

  @Test
  @DisplayName(
      "the committed exports are exactly what SampleExports writes (regenerate with SampleWorkbooks.main)")
  void exportsAreGenerated() throws IOException {
    List<Path> fresh = SampleExports.write(dir);
    assertThat(fresh)
        .extracting(p -> p.getFileName().toString())
        .containsExactlyElementsOf(SampleExports.files());
    for (Path f : fresh) {
      Path committed = EXPORTS.resolve(f.getFileName().toString());
      if (f.toString().endsWith(".csv")) {
        assertThat(Files.readAllBytes(committed))
            .as(committed.toString())
            .isEqualTo(Files.readAllBytes(f));
      } else {
        assertThat(MiniWorkbook.read(committed).sheets())
            .as(committed.toString())
            .isEqualTo(MiniWorkbook.read(f).sheets());
      }
    }
  }

  @Test
  @DisplayName("the committed before-import sample is what SampleWorkbooks writes")
  void beforeImportIsGenerated() throws IOException {
    Path fresh = dir.resolve(SampleWorkbooks.BEFORE_IMPORT);
    SampleWorkbooks.writeBeforeImport(fresh);
    assertThat(MiniWorkbook.read(SAMPLES.resolve(SampleWorkbooks.BEFORE_IMPORT)).sheets())
        .isEqualTo(MiniWorkbook.read(fresh).sheets());
  }

  @Test
  @DisplayName(
      "the presales exports are GBK CSV with title, totals and a source note; the aftersales one an .xlsx")
  void exportsLookLikeTheBackOffice() throws IOException {
    String first =
        new String(Files.readAllBytes(EXPORTS.resolve(SampleExports.PRESALES_FIRST)), "GBK");
    List<String> lines = first.lines().toList();
    assertThat(lines.get(0)).startsWith("客服绩效报表");
    assertThat(lines.get(2)).startsWith("旺旺,咨询人数,接待人数,询单人数,最终付款人数");
    assertThat(lines.get(lines.size() - 2)).startsWith("合计,");
    assertThat(lines.get(lines.size() - 1)).startsWith("数据来源：赤兔名品");
    assertThat(first).contains("\"1,346\"").contains(",-,");
    assertThat(MiniWorkbook.read(EXPORTS.resolve(SampleExports.AFTERSALES)).sheets())
        .containsKey("售后客服");
  }

  /** The lines the README shows the import printing (the code block after "It prints"). */
  private static List<String> readmeImportOutput() throws IOException {
    List<String> lines = Files.readAllLines(Path.of("README.md"));
    int start =
        lines.indexOf(
            "It prints where each column went and what it did not import (shortened here):");
    assertThat(start).as("the README's import walkthrough").isPositive();
    List<String> block = new ArrayList<>();
    for (int i = start + 3; !lines.get(i).equals("```"); i++) {
      if (!lines.get(i).strip().equals("…")) {
        block.add(lines.get(i));
      }
    }
    assertThat(block).hasSizeGreaterThan(10);
    return block;
  }

  @Test
  @DisplayName(
      "importing the sample exports into the before-import sample is assessed like the sample")
  void importedSampleAssessesLikeTheSample() throws IOException {
    Path imported = dir.resolve("sample-zh.imported.xlsx");
    List<String> args = new ArrayList<>(List.of("import"));
    for (String f : SampleExports.files()) {
      args.add(EXPORTS.resolve(f).toString());
    }
    args.addAll(
        List.of(
            "--into",
            SAMPLES.resolve(SampleWorkbooks.BEFORE_IMPORT).toString(),
            "--out",
            imported.toString()));
    PrintStream console = System.out;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
    try {
      assertThat(Main.execute(args.toArray(String[]::new))).isZero();
    } finally {
      System.setOut(console);
    }
    String output =
        printed
            .toString(StandardCharsets.UTF_8)
            .replace(imported.toString(), "out/sample-zh.imported.xlsx");
    for (String line : readmeImportOutput()) {
      String shown = line.contains("…") ? line.substring(0, line.indexOf('…')) : line;
      assertThat(output).as("README's import output: %s", line).contains(shown.stripTrailing());
    }
    assertThat(
            Main.execute("run", imported.toString(), "--out", dir.resolve("imported").toString()))
        .isZero();
    assertThat(
            Main.execute(
                "run",
                SAMPLES.resolve("sample-zh.xlsx").toString(),
                "--out",
                dir.resolve("typed").toString()))
        .isZero();
    MiniWorkbook typed = MiniWorkbook.read(dir.resolve("typed/sample-zh.filled.xlsx"));
    MiniWorkbook fromExports =
        MiniWorkbook.read(dir.resolve("imported/sample-zh.imported.filled.xlsx"));
    for (String sheet : List.of("考核得分", "排名与奖惩", "工资表", "积分奖金", "预警")) {
      assertThat(fromExports.sheets().get(sheet))
          .as(sheet)
          .isNotEmpty()
          .isEqualTo(typed.sheets().get(sheet));
    }
  }
}

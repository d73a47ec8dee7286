package com.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.workbook.MiniWorkbook;
import com.jixiao.workbook.Problems;
import com.jixiao.workbook.XlsxSurgery;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Monthly sheet filled to Excel's last row with bad rows, run in a child JVM of 256 MB (once,
 * errors.txt was 136 MB, every line printed, and ~3 GB of memory needed). The first problems of
 * each kind are listed with their cells, the rest summarised in one line each.
 */
class MillionProblemsTest {
  private static final int LAST_EXCEL_ROW = 1_048_576;

  @TempDir Path dir;

  @Test
  @Timeout(value = 600, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  @DisplayName("a million bad rows: a short errors.txt, first problems listed, the rest counted")
  void aMillionBadRowsGiveAShortReportInBoundedMemory() throws Exception {
    Path input = millionBadRows();
    Path out = dir.resolve("out");
    Path console = dir.resolve("console.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process run =
        new ProcessBuilder(
                java,
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                "com.jixiao.cli.Main",
                "run",
                input.toString(),
                "--out",
                out.toString())
            .redirectErrorStream(true)
            .redirectOutput(console.toFile())
            .start();
    long start = System.nanoTime();
    assertThat(run.waitFor(540, TimeUnit.SECONDS)).as("finished").isTrue();
    String printed = Files.readString(console, StandardCharsets.UTF_8);
    System.out.printf(
        "a million bad rows: exit %d in %d ms, errors.txt %d bytes, console %d lines%n",
        run.exitValue(),
        (System.nanoTime() - start) / 1_000_000,
        Files.size(out.resolve("errors.txt")),
        printed.lines().count());
    assertThat(run.exitValue()).as("exit status; console (start):\n" + head(printed)).isEqualTo(2);
    assertThat(printed).doesNotContain("OutOfMemoryError").doesNotContain("\tat ");

    String report = Files.readString(out.resolve("errors.txt"), StandardCharsets.UTF_8);
    assertThat(Files.size(out.resolve("errors.txt"))).as("errors.txt size").isLessThan(1 << 20);
    assertThat(printed.lines().count()).as("console lines").isLessThan(2_000);
    int badRows = LAST_EXCEL_ROW - 9;
    assertThat(report)
        .as("the header counts every problem")
        .containsPattern("有 [0-9]{7} 处问题")
        .as("the first problems of the kind, each with its cell")
        .contains("月度数据!C10：“很多”不是数字")
        .contains("月度数据!C109：“很多”不是数字")
        .doesNotContain("月度数据!C110：")
        .as("the rest in one line, with their range")
        .contains(
            String.format(
                "月度数据!C110:C%d：另有 %,d 行在 C 列有同样的问题，例如：“很多”不是数字",
                LAST_EXCEL_ROW, badRows - Problems.LISTED_PER_KIND));
    List<String> listed = report.lines().filter(l -> l.matches("\\d+\\. 月度数据!C\\d+：.*")).toList();
    assertThat(listed).hasSize(Problems.LISTED_PER_KIND);
  }

  /** MiniWorkbook with its Monthly sheet continued to row 1,048,576 by rows of bad sales. */
  private Path millionBadRows() throws IOException {
    Path mini = MiniWorkbook.valid().save(dir.resolve("mini.xlsx"));
    return XlsxSurgery.rewrite(
        mini,
        dir.resolve("million.xlsx"),
        Map.of(
            "xl/worksheets/sheet4.xml",
            XlsxSurgery.beforeSheetDataEnd(
                (old, out) -> {
                  Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                  for (int r = 10; r <= LAST_EXCEL_ROW; r++) {
                    String n = Integer.toString(r);
                    w.write("<row r=\"" + n + "\">");
                    w.write("<c r=\"A" + n + "\" t=\"inlineStr\"><is><t>KF001</t></is></c>");
                    w.write("<c r=\"B" + n + "\" t=\"inlineStr\"><is><t>2026-07</t></is></c>");
                    w.write("<c r=\"C" + n + "\" t=\"inlineStr\"><is><t>很多</t></is></c>");
                    w.write("</row>");
                  }
                  w.flush();
                })));
  }

  private static String head(String text) {
    return text.length() < 3000 ? text : text.substring(0, 3000);
  }
}

package com.jixiao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CI runs the benchmark only at a smoke size, to catch breakage: the generated workbook is valid,
 * and the benchmark's run of the real command in a JVM of its own writes every output and reports
 * its phases and memory. Nothing here is timed.
 */
class BenchSmokeTest {
  @TempDir Path dir;

  @Test
  void theBenchmarkRunsTheCommandOnItsWorkbook() throws Exception {
    Path workbook = BenchWorkbook.write(12, 12, dir.resolve("bench.xlsx"));
    Bench.Run run = Bench.runCommand(workbook, dir.resolve("out"), dir.resolve("gc.log"));

    assertThat(run.scorecards()).isEqualTo(12);
    assertThat(dir.resolve("out/bench.filled.xlsx")).isRegularFile();
    assertThat(dir.resolve("out/team-summary.pdf")).isRegularFile();
    // the phases come from the command's own --timings line and fit inside the process's life;
    // a small month makes its workbook while the PDFs are drawn, so that phase overlaps them
    assertThat(run.read() + run.assess() + run.pdfs())
        .isPositive()
        .isLessThanOrEqualTo(run.wallMillis());
    assertThat(run.workbook()).isPositive().isLessThanOrEqualTo(run.wallMillis());
    assertThat(run.peakHeapMiB()).isPositive();
    if (Files.exists(Path.of("/proc/self/status"))) {
      assertThat(run.peakRssMiB()).isPositive();
    }
  }

  @Test
  void theBenchmarksWhatIfRunsOverThreeMonthsInAJvmOfItsOwn() throws Exception {
    Path workbook = BenchWorkbook.write(12, 12, dir.resolve("bench.xlsx"));
    Bench.WhatIfRun run = Bench.runWhatIf(workbook, dir.resolve("whatif"));

    assertThat(dir.resolve("whatif/whatif.xlsx")).isRegularFile();
    assertThat(dir.resolve("whatif/whatif.pdf")).isRegularFile();
    // the time the command reports for itself fits inside the process's life
    assertThat(run.ownMillis()).isPositive().isLessThanOrEqualTo(run.wallMillis());
  }

  @Test
  void thePeakHeapIsTheLargestCommittedSizeInTheGcLog() throws Exception {
    Path log = dir.resolve("gc.log");
    Files.writeString(
        log,
        "[0.004s][info][gc] Using G1\n"
            + "[0.4s][info][gc] GC(0) Pause Young (Normal) (G1 Evacuation Pause) 27M->10M(388M) 5ms\n"
            + "[6.1s][info][gc] GC(12) Pause Young (Normal) (G1 Evacuation Pause) 315M->173M(1388M)"
            + " 65ms\n"
            + "[8.4s][info][gc] GC(17) Pause Remark 284M->208M(720M) 5.196ms\n");
    assertThat(Bench.peakCommittedHeapMiB(log)).isEqualTo(1388);
  }

  @Test
  void theQualitySheetStaysWithinExcelsRowLimit() {
    assertThat(BenchWorkbook.qaPerAgentMonth(2000, 12)).isEqualTo(30);
    assertThat(BenchWorkbook.qaPerAgentMonth(10_000, 12)).isEqualTo(8);
    assertThat(10_000 * 12 * BenchWorkbook.qaPerAgentMonth(10_000, 12))
        .isLessThanOrEqualTo(BenchWorkbook.SHEET_ROWS);
  }
}

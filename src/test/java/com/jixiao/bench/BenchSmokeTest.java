package com.jixiao.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CI runs the benchmark only at a smoke size, to catch breakage (issue 8): the generated workbook
 * is valid and a whole run writes every output. Nothing here is timed.
 */
class BenchSmokeTest {
  @TempDir Path dir;

  @Test
  void theBenchmarkWorkbookRunsEndToEnd() throws Exception {
    Path workbook = BenchWorkbook.write(12, 12, dir.resolve("bench.xlsx"));
    Bench.Timing t = Bench.runOnce(workbook, dir.resolve("out"));
    assertThat(t.scorecards()).isEqualTo(12);
    assertThat(dir.resolve("out/bench.filled.xlsx")).isRegularFile();
    try (var pdfs = Files.list(dir.resolve("out/scorecards"))) {
      assertThat(pdfs.count()).isEqualTo(12);
    }
  }
}

package com.jixiao.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.cli.CompleteOutput;
import com.jixiao.workbook.MiniWorkbook;
import com.jixiao.workbook.XlsxSurgery;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook that kills the watcher, with real child processes (once, it stayed claimed and was
 * retried first on every start, so every later workbook waited forever). The kernel's OOM killer
 * ends a process with SIGKILL; the test does the same whenever the watcher is working on the big
 * workbook. After two such deaths the next start moves it to failed/ with a report, and processes
 * the workbooks behind it.
 */
class PoisonInTheHotFolderTest {
  @TempDir Path inbox;
  @TempDir Path work;

  @Test
  @Timeout(value = 400, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aWorkbookThatKillsTheWatcherTwiceGoesToFailedAndTheOthersAreProcessed() throws Exception {
    drop(bigWorkbook(), "a-big.xlsx");
    drop(MiniWorkbook.valid().save(work.resolve("b.xlsx")), "b.xlsx");
    drop(MiniWorkbook.valid().save(work.resolve("c.xlsx")), "c.xlsx");
    Path log = work.resolve("watch.log");

    for (int death = 1; death <= JobAttempts.MAX; death++) {
      Process watcher = start(log, false);
      try {
        awaitStarts("a-big", death);
      } finally {
        watcher.destroyForcibly(); // SIGKILL, as the OOM killer sends
        assertThat(watcher.waitFor(30, TimeUnit.SECONDS)).isTrue();
      }
      assertThat(HotFolderTest.names(inbox))
          .as("the workbooks behind it still wait")
          .contains("b.xlsx", "c.xlsx");
    }

    Process once = start(log, true);
    assertThat(once.waitFor(240, TimeUnit.SECONDS)).as("--once finished").isTrue();
    String logText = Files.readString(log, StandardCharsets.UTF_8);
    assertThat(once.exitValue()).as("a workbook was not processed; log:\n" + logText).isEqualTo(1);

    List<String> failed = HotFolderTest.names(inbox.resolve("failed"));
    assertThat(failed).hasSize(2).allMatch(n -> n.startsWith("a-big-"));
    String report =
        Files.readString(
            inbox
                .resolve("failed")
                .resolve(failed.stream().filter(n -> n.endsWith(".errors.txt")).findFirst().get()),
            StandardCharsets.UTF_8);
    assertThat(report)
        .contains("工作簿 a-big.xlsx 已尝试处理 2 次，都没有完成")
        .contains("第 1 次：")
        .contains("第 2 次：")
        .contains("处理中途进程停止了");
    assertThat(logText).contains("a-big.xlsx：已尝试 2 次仍未完成");

    List<String> processed = HotFolderTest.names(inbox.resolve("processed"));
    assertThat(processed)
        .hasSize(2)
        .anyMatch(n -> n.startsWith("b-"))
        .anyMatch(n -> n.startsWith("c-"));
    List<String> results = HotFolderTest.names(inbox.resolve("outbox"));
    assertThat(results).as("no temp folders piled up").hasSize(2).noneMatch(n -> n.startsWith("."));
    for (String job : results) {
      assertThat(
              CompleteOutput.check(inbox.resolve("outbox").resolve(job), job.charAt(0) + ".xlsx"))
          .isTrue();
    }
    assertThat(HotFolderTest.names(inbox.resolve(".work"))).containsExactly(".lock");
    assertThat(HotFolderTest.names(inbox))
        .containsExactlyInAnyOrder(".work", "outbox", "processed", "failed");
  }

  /** Waits until the job of {@code base} has been started {@code n} times (its attempts file). */
  private void awaitStarts(String base, int n) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      Optional<Path> attempts = attemptsOf(base);
      if (attempts.isPresent() && starts(attempts.get()) >= n) {
        return;
      }
      Thread.sleep(20);
    }
    throw new AssertionError(base + " was not started " + n + " times");
  }

  private Optional<Path> attemptsOf(String base) throws IOException {
    for (String job : HotFolderTest.names(inbox.resolve(".work"))) {
      if (job.startsWith(base + "-")) {
        Path file = inbox.resolve(".work").resolve(job).resolve(JobAttempts.FILE);
        if (Files.exists(file)) {
          return Optional.of(file);
        }
      }
    }
    return Optional.empty();
  }

  private static long starts(Path attempts) {
    try {
      return Files.readAllLines(attempts).stream().filter(l -> l.startsWith("start ")).count();
    } catch (IOException beingReplaced) {
      return 0;
    }
  }

  private Process start(Path log, boolean once) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-Xmx512m",
                "-cp",
                System.getProperty("java.class.path"),
                "com.jixiao.cli.Main",
                "watch",
                inbox.toString(),
                "--settle-ms",
                "100",
                "--poll-ms",
                "50"));
    if (once) {
      command.add("--once");
    }
    return new ProcessBuilder(command)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }

  private void drop(Path file, String name) throws IOException {
    Files.move(file, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
  }

  /**
   * A valid workbook with 300,000 styled blank rows: it takes a while, long enough to be killed.
   */
  private Path bigWorkbook() throws IOException {
    Path mini = MiniWorkbook.valid().save(work.resolve("mini.xlsx"));
    return XlsxSurgery.rewrite(
        mini,
        work.resolve("a-big.xlsx"),
        Map.of(
            "xl/worksheets/sheet4.xml",
            XlsxSurgery.beforeSheetDataEnd(
                (old, out) -> {
                  Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.US_ASCII);
                  for (int r = 10; r < 300_010; r++) {
                    w.write("<row r=\"" + r + "\" s=\"0\" customFormat=\"1\">");
                    w.write("<c r=\"A" + r + "\" s=\"0\"/><c r=\"C" + r + "\" s=\"0\"/></row>");
                  }
                  w.flush();
                })));
  }
}

package com.jixiao.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.cli.CompleteOutput;
import com.jixiao.workbook.MiniWorkbook;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The watcher as a real child process, killed with SIGKILL at random (seeded) moments while it
 * works through a queue of valid and invalid workbooks, and restarted. When the queue has drained:
 * every workbook was processed exactly once, into processed/ or failed/; every result folder is
 * complete; nothing is lost and no temp file or folder is left.
 */
class WatcherKillTest {
  private static final long SEED = 9;
  private static final int KILLS = 6;
  private static final int WORKBOOKS = 12;

  @TempDir Path inbox;
  @TempDir Path work;

  private final Map<String, Boolean> validByName = new HashMap<>();
  private int dropped;

  @Test
  @Timeout(value = 180, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void killedAtRandomMomentsAndRestartedEveryWorkbookIsProcessedExactlyOnce() throws Exception {
    Random random = new Random(SEED);
    Path log = work.resolve("watch.log");
    long start = System.nanoTime();
    drop(4);
    int killedWhileBusy = 0;
    for (int k = 0; k < KILLS; k++) {
      Process watcher = startWatcher(log);
      Thread.sleep(400 + random.nextInt(2600));
      killedWhileBusy += busy() ? 1 : 0;
      watcher.destroyForcibly(); // SIGKILL: no shutdown hook, no finally
      assertThat(watcher.waitFor(20, TimeUnit.SECONDS)).isTrue();
      drop(Math.min(WORKBOOKS - dropped, 1 + random.nextInt(2)));
    }
    drop(WORKBOOKS - dropped);
    Process watcher = startWatcher(log);
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (!drained() && System.nanoTime() < deadline) {
        Thread.sleep(200);
      }
    } finally {
      watcher.destroy(); // SIGTERM: the shutdown hook lets the current workbook finish
      if (!watcher.waitFor(40, TimeUnit.SECONDS)) {
        watcher.destroyForcibly();
      }
    }
    System.out.printf(
        "kill test: %d workbooks, %d kills (%d while a job was claimed), %d s%n",
        WORKBOOKS, KILLS, killedWhileBusy, (System.nanoTime() - start) / 1_000_000_000);
    assertThat(drained())
        .as("the queue drained; the watcher log:\n" + Files.readString(log, StandardCharsets.UTF_8))
        .isTrue();
    checkEveryWorkbookProcessedOnce();
  }

  private Process startWatcher(Path log) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx512m",
            "-cp",
            System.getProperty("java.class.path"),
            "com.jixiao.cli.Main",
            "watch",
            inbox.toString(),
            "--settle-ms",
            "200",
            "--poll-ms",
            "100")
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
        .start();
  }

  /** Drops the next workbooks: every third invalid. Written aside, then renamed into INBOX. */
  private void drop(int count) throws IOException {
    for (int i = 0; i < count; i++) {
      int n = dropped++;
      String name = String.format("q%02d.xlsx", n);
      boolean valid = n % 3 != 2;
      MiniWorkbook w = MiniWorkbook.valid().set("设置", 2, "值", "店" + n);
      if (!valid) {
        w.set("月度数据", 2, "销售额", "很多");
      }
      Path aside = w.save(work.resolve(name));
      Files.move(aside, inbox.resolve(name), StandardCopyOption.ATOMIC_MOVE);
      validByName.put(name, valid);
    }
  }

  private boolean busy() throws IOException {
    return HotFolderTest.names(inbox.resolve(".work")).size() > 1;
  }

  private boolean drained() throws IOException {
    long waiting = HotFolderTest.names(inbox).stream().filter(n -> n.endsWith(".xlsx")).count();
    int done =
        HotFolderTest.names(inbox.resolve("processed")).size()
            + (int)
                HotFolderTest.names(inbox.resolve("failed")).stream()
                    .filter(n -> n.endsWith(".xlsx"))
                    .count();
    return waiting == 0 && !busy() && done == WORKBOOKS;
  }

  private void checkEveryWorkbookProcessedOnce() throws IOException {
    assertThat(HotFolderTest.names(inbox))
        .as("nothing else in INBOX")
        .containsExactlyInAnyOrder(".work", "outbox", "processed", "failed");
    assertThat(HotFolderTest.names(inbox.resolve(".work"))).containsExactly(".lock");
    Map<String, List<String>> processed =
        byWorkbook(HotFolderTest.names(inbox.resolve("processed")));
    List<String> failedEntries = HotFolderTest.names(inbox.resolve("failed"));
    Map<String, List<String>> failed =
        byWorkbook(failedEntries.stream().filter(n -> n.endsWith(".xlsx")).toList());
    Map<String, List<String>> results = byWorkbook(HotFolderTest.names(inbox.resolve("outbox")));
    int givenUp = 0;
    for (Map.Entry<String, Boolean> e : validByName.entrySet()) {
      String name = e.getKey();
      String base = name.substring(0, 3);
      if (e.getValue() && failed.get(base) != null) {
        // killed twice while it was being processed: the watcher cannot tell that from a
        // workbook that kills it, so it gave up on it, and said so
        assertThat(failed.get(base)).as(name + " in failed/, once").hasSize(1);
        assertThat(processed.get(base)).as(name + " not in processed/").isNull();
        assertThat(results.get(base)).as(name + ": no result folder").isNull();
        String job = failed.get(base).get(0).replace(".xlsx", "");
        assertThat(
                Files.readString(
                    inbox.resolve("failed").resolve(job + ".errors.txt"), StandardCharsets.UTF_8))
            .contains("已尝试处理 2 次");
        givenUp++;
        continue;
      }
      if (e.getValue()) {
        assertThat(processed.get(base)).as(name + " in processed/, once").hasSize(1);
        assertThat(failed.get(base)).as(name + " not in failed/").isNull();
        assertThat(results.get(base)).as(name + ": one result folder").hasSize(1);
        String job = results.get(base).get(0);
        assertThat(processed.get(base).get(0)).isEqualTo(job + ".xlsx");
        assertThat(CompleteOutput.check(inbox.resolve("outbox").resolve(job), name))
            .as(job + " complete")
            .isTrue();
      } else {
        assertThat(failed.get(base)).as(name + " in failed/, once").hasSize(1);
        assertThat(processed.get(base)).as(name + " not in processed/").isNull();
        assertThat(results.get(base)).as(name + ": no result folder").isNull();
        String job = failed.get(base).get(0).replace(".xlsx", "");
        assertThat(failedEntries).contains(job + ".errors.txt");
      }
    }
    System.out.printf("kill test: %d valid workbooks given up after two kills%n", givenUp);
    // a workbook is given up after two kills while it was being processed, so at most KILLS / 2
    // are, when every kill lands on a job (a slow machine, long jobs); the rest were processed
    // (checked above), and they are the most
    assertThat(givenUp).as("valid workbooks given up").isLessThanOrEqualTo(KILLS / 2);
    assertThat(validByName.values().stream().filter(v -> v).count() - givenUp)
        .as("valid workbooks processed")
        .isGreaterThan(givenUp);
    assertThat(failedEntries)
        .as("failed/ holds workbooks and their reports only, no temp files")
        .allMatch(n -> !n.startsWith(".") && (n.endsWith(".xlsx") || n.endsWith(".errors.txt")));
    assertThat(HotFolderTest.names(inbox.resolve("outbox")))
        .as("no temp folders")
        .allMatch(n -> !n.startsWith("."));
  }

  /** Entries by the workbook they came from: "q03-20261012-120000-2.xlsx" → "q03". */
  private static Map<String, List<String>> byWorkbook(List<String> entries) {
    Map<String, List<String>> by = new HashMap<>();
    for (String entry : entries) {
      by.computeIfAbsent(entry.substring(0, 3), k -> new ArrayList<>()).add(entry);
    }
    return by;
  }
}

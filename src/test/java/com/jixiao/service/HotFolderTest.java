package com.jixiao.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.jixiao.i18n.Messages;
import com.jixiao.model.Language;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The hot folder's protocol on real files: claim, results, done; recovery after a crash. */
@Timeout(20) // a hard stop; each test takes a few seconds at most on an idle machine
class HotFolderTest {
  static final Path SAMPLE = Path.of("sample-workbooks/sample-zh.xlsx");
  static final Clock NOON =
      Clock.fixed(Instant.parse("2026-10-12T04:00:00Z"), ZoneId.of("Asia/Shanghai"));
  static final String STAMP = "20261012-120000";

  @TempDir Path inbox;

  private HotFolder open(long settleMillis) throws IOException {
    return HotFolder.open(
        InboxLayout.of(inbox),
        new HotFolder.Timing(settleMillis, 10),
        new Messages(Language.EN),
        NOON);
  }

  static List<String> names(Path dir) throws IOException {
    List<String> names = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
        s.forEach(p -> names.add(p.getFileName().toString()));
      }
    }
    names.sort(null);
    return names;
  }

  @ParameterizedTest(name = "\"{0}\" is a workbook to process: {1}")
  @CsvSource({
    "月报.xlsx, true",
    "March.XLSX, true",
    "~$月报.xlsx, false",
    "~WRL0001.xlsx, false",
    ".月报.xlsx, false",
    "月报.xlsx.part, false",
    "月报.xls, false",
    "notes.txt, false",
    ".xlsx, false"
  })
  void onlyXlsxFilesThatAreNotLockOrTempFilesAreWorkbooks(String name, boolean workbook) {
    assertThat(HotFolder.isWorkbookName(name)).isEqualTo(workbook);
  }

  @Test
  void sameNameDroppedTwiceGivesTwoResultFoldersAndTwoProcessedFiles() throws Exception {
    try (HotFolder folder = open(0)) {
      Files.copy(SAMPLE, inbox.resolve("月报.xlsx"));
      assertThat(folder.runOnce()).hasSize(1);
      Files.copy(SAMPLE, inbox.resolve("月报.xlsx"));
      assertThat(folder.runOnce()).hasSize(1);
    }
    // the clock is fixed, so the second gets a counter
    assertThat(names(inbox.resolve("outbox"))).containsExactly("月报-" + STAMP, "月报-" + STAMP + "-2");
    assertThat(names(inbox.resolve("processed")))
        .containsExactly("月报-" + STAMP + "-2.xlsx", "月报-" + STAMP + ".xlsx");
    assertThat(inbox.resolve("outbox/月报-" + STAMP + "-2/月报.filled.xlsx")).isRegularFile();
  }

  @Test
  @Timeout(120) // three runs, on a busy machine
  void theSameStoreAndPeriodAgainIsTheNextVersionComparedWithTheEarlierResult() throws Exception {
    com.jixiao.workbook.MiniWorkbook month = com.jixiao.workbook.MiniWorkbook.valid();
    try (HotFolder folder = open(0)) {
      month.save(inbox.resolve("月报.xlsx"));
      assertThat(folder.runOnce()).hasSize(1);
      month.copy().set("月度数据", 9, "迟到次数", 2).save(inbox.resolve("月报-更正.xlsx"));
      assertThat(folder.runOnce()).hasSize(1);
      month.copy().set("设置", 2, "值", "别的店").save(inbox.resolve("别的店.xlsx"));
      assertThat(folder.runOnce()).hasSize(1);
    }
    String first = Files.readString(inbox.resolve("outbox/月报-" + STAMP + "/run-record.txt"));
    Path corrected = inbox.resolve("outbox/月报-更正-" + STAMP);
    String second = Files.readString(corrected.resolve("run-record.txt"));
    String other = Files.readString(inbox.resolve("outbox/别的店-" + STAMP + "/run-record.txt"));
    assertThat(first).contains("version: 1\n").doesNotContain("previous:");
    assertThat(second)
        .contains("version: 2\n")
        .containsPattern("previous: 1 [0-9a-f]{64} 月报.filled.xlsx")
        .contains("changed: KF004\n");
    assertThat(other).contains("version: 1\n").doesNotContain("previous:");
    try (var in = Files.newInputStream(corrected.resolve("月报-更正.filled.xlsx"));
        var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in)) {
      assertThat(wb.getSheet("变更记录")).isNotNull();
    }
  }

  @Test
  void aClaimedWorkbookAndAHalfWrittenResultLeftByACrashAreProcessedExactlyOnce() throws Exception {
    String job = "月报-20261001-080000";
    Path claimed = Files.createDirectories(inbox.resolve(".work/" + job)).resolve("月报.xlsx");
    Files.copy(SAMPLE, claimed);
    Path halfWritten = Files.createDirectories(inbox.resolve("outbox/." + job + ".tmp"));
    Files.writeString(halfWritten.resolve("月报.filled.xlsx"), "cut off");
    Files.createDirectories(inbox.resolve("outbox/.orphan-20261001-070000.tmp"));

    try (HotFolder folder = open(0)) {
      List<HotFolder.Finished> first = folder.runOnce();
      assertThat(first).singleElement().satisfies(f -> assertThat(f.valid()).isTrue());
      assertThat(folder.runOnce()).isEmpty();
    }
    assertThat(names(inbox.resolve("outbox"))).containsExactly(job);
    assertThat(names(inbox.resolve("outbox/" + job)))
        .containsExactlyInAnyOrder(
            "workflow.ics", "月报.filled.xlsx", "scorecards", "team-summary.pdf", "run-record.txt");
    assertThat(Files.size(inbox.resolve("outbox/" + job + "/月报.filled.xlsx"))).isGreaterThan(1000);
    assertThat(names(inbox.resolve("processed"))).containsExactly(job + ".xlsx");
    assertThat(names(inbox.resolve(".work"))).containsExactly(".lock");
  }

  @Test
  void aCrashAfterTheResultsWereRenamedOnlyMovesTheWorkbook() throws Exception {
    String job = "月报-20261001-080000";
    Path claimed = Files.createDirectories(inbox.resolve(".work/" + job)).resolve("月报.xlsx");
    Files.copy(SAMPLE, claimed);
    Path results = Files.createDirectories(inbox.resolve("outbox/" + job));
    Files.writeString(results.resolve("marker"), "written by the run that crashed");

    try (HotFolder folder = open(0)) {
      assertThat(folder.runOnce()).singleElement().satisfies(f -> assertThat(f.valid()).isTrue());
    }
    assertThat(names(results)).containsExactly("marker"); // not run a second time
    assertThat(names(inbox.resolve("processed"))).containsExactly(job + ".xlsx");
    assertThat(names(inbox.resolve(".work"))).containsExactly(".lock");
  }

  @Test
  void anEmptyJobFolderLeftByACrashAfterTheLastMoveIsRemoved() throws Exception {
    Files.createDirectories(inbox.resolve(".work/月报-20261001-080000"));
    try (HotFolder folder = open(0)) {
      assertThat(folder.runOnce()).isEmpty();
    }
    assertThat(names(inbox.resolve(".work"))).containsExactly(".lock");
  }

  @Test
  void aFileStillGrowingIsNotPickedUpUntilItHasStoppedChanging() throws Exception {
    byte[] bytes = Files.readAllBytes(SAMPLE);
    Path growing = inbox.resolve("月报.xlsx");
    AtomicReference<Throwable> writerFailed = new AtomicReference<>();
    Thread writer =
        new Thread(
            () -> {
              try (OutputStream out = Files.newOutputStream(growing, StandardOpenOption.CREATE)) {
                int chunk = bytes.length / 20 + 1;
                for (int at = 0; at < bytes.length; at += chunk) {
                  out.write(Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + chunk)));
                  out.flush();
                  Thread.sleep(25);
                }
              } catch (IOException | InterruptedException e) {
                writerFailed.set(e);
              }
            },
            "slow-copy");
    try (HotFolder folder = open(200)) {
      writer.start();
      List<HotFolder.Finished> finished = new ArrayList<>();
      while (writer.isAlive()) {
        finished.addAll(folder.scan());
        Thread.sleep(10);
      }
      assertThat(finished).as("nothing read while the copy was running").isEmpty();
      long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
      while (finished.isEmpty() && System.nanoTime() < deadline) {
        finished.addAll(folder.scan());
        Thread.sleep(20);
      }
      assertThat(finished).singleElement().satisfies(f -> assertThat(f.valid()).isTrue());
    } finally {
      writer.join(5000);
    }
    assertThat(writerFailed.get()).isNull();
  }

  @Test
  void theLongRunningModeStopsOnRequestWithinABoundedTime() throws Exception {
    AtomicReference<Throwable> loopFailed = new AtomicReference<>();
    try (HotFolder folder = open(20)) {
      Thread loop =
          new Thread(
              () -> {
                try {
                  folder.runUntilStopped();
                } catch (IOException | RuntimeException e) {
                  loopFailed.set(e);
                }
              },
              "watch-loop");
      loop.start();
      try {
        Files.copy(SAMPLE, inbox.resolve("月报.xlsx"));
        long deadline = System.nanoTime() + Duration.ofSeconds(6).toNanos();
        while (names(inbox.resolve("processed")).isEmpty() && System.nanoTime() < deadline) {
          Thread.sleep(20);
        }
        assertThat(names(inbox.resolve("processed"))).hasSize(1);
      } finally {
        folder.stop(); // what the shutdown hook calls
        assertThat(folder.awaitStopped(Duration.ofSeconds(2))).isTrue();
        loop.join(2000);
      }
      assertThat(loop.isAlive()).isFalse();
    }
    assertThat(loopFailed.get()).isNull();
  }

  @Test
  void oneFolderCanBeWatchedByOneWatcherOnly() throws Exception {
    try (HotFolder first = open(0)) {
      assertThatThrownBy(() -> open(0)).isInstanceOf(HotFolder.AlreadyWatchedException.class);
      assertThat(first.runOnce()).isEmpty();
    }
    try (HotFolder again = open(0)) {
      assertThat(again.runOnce()).isEmpty();
    }
  }
}

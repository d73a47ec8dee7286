package com.jixiao.service;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.jixiao.i18n.Messages;
import com.jixiao.model.Language;
import com.jixiao.workbook.MiniWorkbook;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

/** The hot folder when writing fails: the workbook is never lost nor half-processed. */
@Timeout(30)
class HotFolderFaultsTest {
  static final Clock NOON =
      Clock.fixed(Instant.parse("2026-10-12T04:00:00Z"), ZoneId.of("Asia/Shanghai"));

  @TempDir Path inbox;
  @TempDir Path elsewhere;

  /**
   * A folder this process cannot create anything in: a read-only folder, or for root (whom
   * permissions do not stop) sysfs, which refuses new entries to everyone.
   */
  private Path unwritableFolder() throws Exception {
    boolean root = "root".equals(System.getProperty("user.name"));
    if (!root) {
      Path dir = Files.createDirectories(elsewhere.resolve("read-only"));
      Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
      return dir;
    }
    Path sys = Path.of("/sys");
    Assumptions.assumeTrue(Files.isDirectory(sys), "needs /sys when run as root");
    return sys;
  }

  /**
   * Results that can never be written (once, the workbook went back to INBOX and was retried
   * endlessly, 36 times in 90 s): the first failure keeps it claimed for another attempt, the
   * second moves it to failed/ beside a report of both attempts. Nothing is lost or half-written.
   */
  @Test
  void anUnwritableOutboxFailsTheWorkbookAfterTwoAttemptsWithTheReason() throws Exception {
    Path outbox = unwritableFolder();
    Path workbook = MiniWorkbook.valid().save(inbox.resolve("月报.xlsx"));
    byte[] before = Files.readAllBytes(workbook);
    Logger log = (Logger) LoggerFactory.getLogger(HotFolder.class);
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    log.addAppender(lines);
    InboxLayout layout = new InboxLayout(inbox, outbox);
    try {
      try (HotFolder folder = open(layout)) {
        assertThat(folder.runOnce())
            .singleElement()
            .satisfies(f -> assertThat(f.outcome()).isEqualTo(HotFolder.Outcome.RETRY_LATER));
      }
      assertThat(workbook).as("claimed, waiting for another attempt").doesNotExist();
      assertThat(HotFolderTest.names(inbox.resolve(".work"))).hasSize(2);
      assertThat(lines.list)
          .anySatisfy(
              e -> assertThat(e.getFormattedMessage()).contains("月报.xlsx：未能处理完").contains("稍后重试"));

      try (HotFolder restarted = open(layout)) {
        assertThat(restarted.runOnce())
            .singleElement()
            .satisfies(f -> assertThat(f.outcome()).isEqualTo(HotFolder.Outcome.GAVE_UP));
        assertThat(restarted.runOnce()).as("not tried again").isEmpty();
      }
    } finally {
      log.detachAppender(lines);
    }
    String job = "月报-20261012-120000";
    assertThat(HotFolderTest.names(inbox.resolve(".work"))).containsExactly(".lock");
    assertThat(HotFolderTest.names(inbox.resolve("processed"))).isEmpty();
    assertThat(HotFolderTest.names(inbox.resolve("failed")))
        .containsExactlyInAnyOrder(job + ".xlsx", job + ".errors.txt");
    assertThat(Files.readAllBytes(inbox.resolve("failed/" + job + ".xlsx")))
        .as("the workbook, unchanged")
        .isEqualTo(before);
    String report = Files.readString(inbox.resolve("failed/" + job + ".errors.txt"));
    assertThat(report)
        .contains("工作簿 月报.xlsx 已尝试处理 2 次，都没有完成")
        .contains("第 1 次：")
        .contains("第 2 次：")
        .contains("未能完成：")
        .contains(outbox.toString());
  }

  @Test
  void watchOnceExitsNonZeroWhenAWorkbookCouldNotBeProcessed() throws Exception {
    Path outbox = unwritableFolder();
    MiniWorkbook.valid().save(inbox.resolve("月报.xlsx"));
    int status =
        com.jixiao.cli.Main.execute(
            "watch", inbox.toString(), "--once", "--settle-ms", "0", "--outbox", outbox.toString());
    assertThat(status).isEqualTo(1);
  }

  private static HotFolder open(InboxLayout layout) throws java.io.IOException {
    return HotFolder.open(layout, new HotFolder.Timing(0, 10), new Messages(Language.ZH), NOON);
  }

  @Test
  void aTempFileOfAnErrorReportLeftByAKillIsRemovedOnStart() throws Exception {
    Path failed = Files.createDirectories(inbox.resolve("failed"));
    Path leftover =
        Files.writeString(failed.resolve(".月报-20261001-080000.errors.txt.123.part"), "cut");
    Path report = Files.writeString(failed.resolve("月报-20261001-080000.errors.txt"), "whole");
    try (HotFolder folder =
        HotFolder.open(
            InboxLayout.of(inbox), new HotFolder.Timing(0, 10), new Messages(Language.EN), NOON)) {
      folder.runOnce();
    }
    assertThat(leftover).doesNotExist();
    assertThat(report).exists();
  }
}

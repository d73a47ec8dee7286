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

/** The hot folder when writing fails (issue 9): the workbook is never lost nor half-processed. */
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

  @Test
  void anUnwritableOutboxPutsTheWorkbookBackInTheInboxAndLogsWhy() throws Exception {
    Path outbox = unwritableFolder();
    Path workbook = MiniWorkbook.valid().save(inbox.resolve("月报.xlsx"));
    byte[] before = Files.readAllBytes(workbook);
    Logger log = (Logger) LoggerFactory.getLogger(HotFolder.class);
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    log.addAppender(lines);
    try (HotFolder folder =
        HotFolder.open(
            new InboxLayout(inbox, outbox),
            new HotFolder.Timing(0, 10),
            new Messages(Language.ZH),
            NOON)) {
      assertThat(folder.runOnce()).isEmpty();
    } finally {
      log.detachAppender(lines);
    }
    assertThat(workbook).as("back in the inbox, unchanged").exists();
    assertThat(Files.readAllBytes(workbook)).isEqualTo(before);
    assertThat(HotFolderTest.names(inbox.resolve(".work"))).containsExactly(".lock");
    assertThat(HotFolderTest.names(inbox.resolve("processed"))).isEmpty();
    assertThat(HotFolderTest.names(inbox.resolve("failed"))).isEmpty();
    assertThat(lines.list)
        .anySatisfy(
            e ->
                assertThat(e.getFormattedMessage())
                    .contains("月报.xlsx：无法写入结果")
                    .contains("工作簿已放回收件箱"));
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

package com.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code watch INBOX --once} end to end: what a cron job would do. */
@Timeout(20) // a hard stop; each test takes a few seconds at most on an idle machine
class WatchCommandTest {
  static final Path SAMPLE = Path.of("sample-workbooks/sample-zh.xlsx");

  @TempDir Path inbox;

  static List<String> names(Path dir) throws IOException {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> s = Files.newDirectoryStream(dir)) {
      s.forEach(p -> names.add(p.getFileName().toString()));
    }
    names.sort(null);
    return names;
  }

  private void dropFiles() throws IOException {
    Files.copy(SAMPLE, inbox.resolve("2026-09.xlsx"));
    Files.writeString(inbox.resolve("broken.xlsx"), "this is a text file, not a workbook");
    Files.writeString(inbox.resolve("~$2026-09.xlsx"), "Excel's lock file");
    Files.writeString(inbox.resolve("notes.txt"), "not a workbook");
    Files.createDirectories(inbox.resolve("sub")).resolve("nested.xlsx");
    Files.copy(SAMPLE, inbox.resolve("sub/nested.xlsx"));
  }

  @Test
  void onceProcessesTheValidWorkbookFailsTheBrokenOneAndLeavesTheRest() throws IOException {
    dropFiles();
    int status = Main.execute("watch", inbox.toString(), "--once", "--settle-ms", "30");
    assertThat(status).isZero();

    List<String> results = names(inbox.resolve("outbox"));
    assertThat(results).singleElement().asString().matches("2026-09-\\d{8}-\\d{6}");
    String job = results.get(0);
    assertThat(names(inbox.resolve("outbox/" + job)))
        .containsExactly(
            "2026-09.filled.xlsx",
            "run-record.txt",
            "scorecards",
            "team-summary.pdf",
            "workflow.ics");
    assertThat(names(inbox.resolve("processed"))).containsExactly(job + ".xlsx");

    List<String> failed = names(inbox.resolve("failed"));
    assertThat(failed).hasSize(2);
    assertThat(failed.get(0)).matches("broken-\\d{8}-\\d{6}\\.errors\\.txt");
    assertThat(failed.get(1)).matches("broken-\\d{8}-\\d{6}\\.xlsx");
    assertThat(Files.readString(inbox.resolve("failed/" + failed.get(0)))).contains("broken.xlsx");

    assertThat(names(inbox))
        .containsExactly(
            ".work", "failed", "notes.txt", "outbox", "processed", "sub", "~$2026-09.xlsx");
    assertThat(names(inbox.resolve("sub"))).containsExactly("nested.xlsx");
    assertThat(names(inbox.resolve(".work"))).containsExactly(".lock");
  }

  @Test
  void resultsGoToTheOutboxOptionWhenGiven() throws IOException {
    Files.copy(SAMPLE, inbox.resolve("2026-09.xlsx"));
    Path outbox = inbox.resolveSibling(inbox.getFileName() + "-results");
    try {
      assertThat(
              Main.execute(
                  "watch", inbox.toString(), "--once", "--settle-ms", "0", "--outbox", "" + outbox))
          .isZero();
      assertThat(names(outbox)).singleElement().asString().startsWith("2026-09-");
      assertThat(names(inbox)).doesNotContain("outbox");
    } finally {
      try (var walk = Files.walk(outbox)) {
        walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  @Test
  void aMissingInboxIsAnArgumentError() {
    assertThat(Main.execute("watch", inbox.resolve("nope").toString(), "--once")).isEqualTo(2);
  }
}

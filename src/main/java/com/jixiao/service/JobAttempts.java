package com.jixiao.service;

import com.jixiao.files.AtomicFiles;
import com.jixiao.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How often the hot folder has started a job, kept in the job's folder ({@code
 * .work/<job>/.attempts}) so that it survives the process: a workbook that kills the watcher (out
 * of memory, the kernel's OOM killer, a crash) leaves the count behind, and the next start sees it.
 * Each start is written before the work begins; a start without a recorded failure after it is a
 * run that never returned.
 *
 * <p>The file holds one line per event: {@code start <time>} or {@code fail <time> <reason>}.
 */
final class JobAttempts {
  static final String FILE = ".attempts";

  /** A job that has failed to finish this many times goes to failed/ instead of running again. */
  static final int MAX = 2;

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT);

  private final Path file;
  private final List<String> lines;

  private JobAttempts(Path file, List<String> lines) {
    this.file = file;
    this.lines = lines;
  }

  static JobAttempts of(Path jobDir) throws IOException {
    Path file = jobDir.resolve(FILE);
    List<String> lines =
        Files.isRegularFile(file)
            ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8))
            : new ArrayList<>();
    lines.removeIf(String::isBlank);
    return new JobAttempts(file, lines);
  }

  /** How many times the job was started. */
  int started() {
    return (int) lines.stream().filter(l -> l.startsWith("start ")).count();
  }

  boolean exhausted() {
    return started() >= MAX;
  }

  /** Records a start, on disk, before the work begins: a crash during it then counts. */
  void start(LocalDateTime now) throws IOException {
    lines.add("start " + now.format(TIME));
    save();
  }

  /** Records why the attempt started last did not finish (the results could not be written…). */
  void failed(LocalDateTime now, String reason) throws IOException {
    lines.add("fail " + now.format(TIME) + " " + reason.replaceAll("\\s+", " "));
    save();
  }

  private void save() throws IOException {
    AtomicFiles.writeString(file, String.join("\n", lines) + "\n");
  }

  /** The attempts for a person: when each started and how it ended, one line each. */
  String history(Messages messages) {
    StringBuilder b = new StringBuilder();
    int n = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (!line.startsWith("start ")) {
        continue;
      }
      n++;
      String when = line.substring("start ".length());
      String next = i + 1 < lines.size() ? lines.get(i + 1) : "";
      String ending =
          next.startsWith("fail ")
              ? messages.format("watch.attempt_failed", reasonOf(next))
              : messages.format("watch.attempt_stopped");
      b.append(messages.format("watch.attempt", n, when, ending)).append('\n');
    }
    return b.toString();
  }

  /** "fail 2026-10-12 09:30:12 disk full" → "disk full". */
  private static String reasonOf(String failLine) {
    int at = "fail ".length() + "yyyy-MM-dd HH:mm:ss".length() + 1;
    return failLine.length() > at ? failLine.substring(at) : "";
  }
}

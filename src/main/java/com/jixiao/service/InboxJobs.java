package com.jixiao.service;

import com.jixiao.files.AtomicFiles;
import com.jixiao.files.FileNames;
import com.jixiao.files.Folders;
import com.jixiao.i18n.Messages;
import com.jixiao.job.JobOptions;
import com.jixiao.job.JobOutcome;
import com.jixiao.job.MonthJob;
import com.jixiao.service.HotFolder.Finished;
import com.jixiao.service.HotFolder.Outcome;
import com.jixiao.service.HotFolder.Timing;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The steps of one job of the hot folder ({@link HotFolder} describes the protocol): claiming a
 * workbook into its job folder, writing its results and moving it out, and what happens when a job
 * does not finish: another attempt later, or failed/ with a report after {@value JobAttempts#MAX}
 * attempts.
 */
final class InboxJobs {
  private static final Logger LOG = LoggerFactory.getLogger(HotFolder.class);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
  private static final String XLSX = ".xlsx";

  private final InboxLayout layout;
  private final Timing timing;
  private final Messages messages;
  private final Clock clock;

  /** Jobs whose results could not be written, and when (monotonic nanoseconds) to try again. */
  private final Map<Path, Long> retryAt = new HashMap<>();

  InboxJobs(InboxLayout layout, Timing timing, Messages messages, Clock clock) {
    this.layout = layout;
    this.timing = timing;
    this.messages = messages;
    this.clock = clock;
  }

  /** The jobs whose time for another attempt has come, forgotten as they are handed out. */
  List<Path> dueForRetry(long nowNanos) {
    List<Path> due = new ArrayList<>();
    for (Map.Entry<Path, Long> e : List.copyOf(retryAt.entrySet())) {
      if (nowNanos - e.getValue() >= 0) {
        retryAt.remove(e.getKey());
        due.add(e.getKey());
      }
    }
    return due;
  }

  /**
   * Steps 2 and 3 for one job, whatever happens to it: an I/O failure of the watcher's own folders
   * is logged and the job stays in .work/ for the next start, so one job never stops the others.
   */
  Optional<Finished> finishSafely(Path jobDir) {
    String job = FileNames.nameOf(jobDir);
    try {
      return finish(jobDir);
    } catch (IOException e) {
      LOG.error(messages.format("watch.io_failed", job, String.valueOf(e)));
      return Optional.of(new Finished(job, job, Outcome.RETRY_LATER, jobDir, jobDir, 0));
    }
  }

  /** Step 1: moves the workbook into its own job folder in {@code .work/}; empty if it vanished. */
  Optional<Path> claim(Path file) throws IOException {
    String fileName = FileNames.nameOf(file);
    Path jobDir = layout.work().resolve(newJobName(FileNames.fit(MonthJob.baseName(fileName))));
    Files.createDirectories(jobDir);
    try {
      Folders.move(file, jobDir.resolve(fileName));
    } catch (NoSuchFileException gone) {
      Files.deleteIfExists(jobDir);
      return Optional.empty();
    }
    return Optional.of(jobDir);
  }

  /** "月报-20251003-093012", or with "-2", "-3"… when that name was already used. */
  private String newJobName(String base) {
    String stamped = base + "-" + LocalDateTime.now(clock).format(STAMP);
    String job = stamped;
    for (int n = 2; used(job); n++) {
      job = stamped + "-" + n;
    }
    return job;
  }

  private boolean used(String job) {
    return Files.exists(layout.work().resolve(job))
        || Files.exists(layout.results(job))
        || Files.exists(layout.resultsTemp(job))
        || Files.exists(layout.processed().resolve(job + XLSX))
        || Files.exists(layout.failed().resolve(job + XLSX));
  }

  /** Steps 2 and 3 for a claimed job; also how recovery resumes one. */
  private Optional<Finished> finish(Path jobDir) throws IOException {
    String job = FileNames.nameOf(jobDir);
    Optional<Path> claimed =
        Folders.list(jobDir).stream()
            .filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
            .filter(p -> !FileNames.nameOf(p).startsWith("."))
            .findFirst();
    if (claimed.isEmpty()) { // crashed after step 3's move: only the job folder is left
      Folders.deleteTree(jobDir);
      return Optional.empty();
    }
    Path workbook = claimed.get();
    String fileName = FileNames.nameOf(workbook);
    Path results = layout.results(job);
    if (Files.isDirectory(results)) { // crashed between the rename and the move
      Path input = moveOut(workbook, jobDir, layout.processed().resolve(job + XLSX));
      LOG.info(messages.format("watch.done_earlier", fileName, results.toString()));
      return Optional.of(new Finished(fileName, job, Outcome.PROCESSED, input, results, 0));
    }
    JobAttempts attempts = JobAttempts.of(jobDir);
    if (attempts.exhausted()) {
      return Optional.of(giveUp(job, jobDir, workbook, attempts));
    }
    attempts.start(LocalDateTime.now(clock));
    Path temp = layout.resultsTemp(job);
    JobOutcome outcome;
    try {
      Folders.deleteTree(temp);
      Files.createDirectories(temp); // a read-only outbox fails here, before the assessment
      // the same store and period processed before: this is its next version
      // (docs/rules.md#second-pass)
      JobOptions options =
          JobOptions.DEFAULT
              .asOf(LocalDate.now(clock))
              .withEarlierRuns(new EarlierResults(layout.outbox()));
      outcome = MonthJob.run(workbook, temp, options);
    } catch (IOException e) {
      return Optional.of(notFinished(job, jobDir, workbook, attempts, String.valueOf(e)));
    } catch (StackOverflowError | OutOfMemoryError e) {
      // what the workbook did to this process: counted like a crash, not retried at once
      return Optional.of(notFinished(job, jobDir, workbook, attempts, String.valueOf(e)));
    } catch (RuntimeException bug) {
      LOG.error("processing " + fileName, bug);
      String report = messages.format("watch.internal_error", fileName, bug);
      return Optional.of(fail(job, jobDir, workbook, report, 0, Outcome.INVALID));
    }
    if (!outcome.ok()) {
      return Optional.of(
          fail(job, jobDir, workbook, outcome.errorReport(), outcome.millis(), Outcome.INVALID));
    }
    Folders.move(temp, results);
    Path input = moveOut(workbook, jobDir, layout.processed().resolve(job + XLSX));
    int agents = outcome.report().orElseThrow().scores().scores().size();
    LOG.info(messages.format("watch.done", fileName, agents, outcome.millis(), results.toString()));
    return Optional.of(new Finished(fileName, job, Outcome.PROCESSED, input, results, agents));
  }

  /**
   * The results could not be written (disk full, a read-only or vanished outbox), or processing ran
   * out of memory: nothing is left half-written, and the workbook waits in .work/ for another
   * attempt (a later poll, or the next start with {@code --once}) until it has failed {@value
   * JobAttempts#MAX} times.
   */
  private Finished notFinished(
      String job, Path jobDir, Path workbook, JobAttempts attempts, String reason)
      throws IOException {
    String fileName = FileNames.nameOf(workbook);
    try {
      Folders.deleteTree(layout.resultsTemp(job));
    } catch (IOException ignored) {
      // the outbox refuses even that; recovery removes the temp folder on the next start
    }
    attempts.failed(LocalDateTime.now(clock), reason);
    if (attempts.exhausted()) {
      return giveUp(job, jobDir, workbook, attempts);
    }
    long delay = Math.max(timing.pollMillis(), RETRY_SETTLES * timing.settleMillis());
    retryAt.put(jobDir, System.nanoTime() + Duration.ofMillis(delay).toNanos());
    LOG.error(messages.format("watch.not_finished_retry", fileName, reason));
    return new Finished(fileName, job, Outcome.RETRY_LATER, workbook, jobDir, 0);
  }

  /** A job whose results could not be written waits this many settle intervals. */
  private static final int RETRY_SETTLES = 10;

  /** Too many attempts: the workbook goes to failed/ with the story of its attempts. */
  private Finished giveUp(String job, Path jobDir, Path workbook, JobAttempts attempts)
      throws IOException {
    String fileName = FileNames.nameOf(workbook);
    String report =
        messages.format("watch.gave_up", fileName, attempts.started())
            + "\n"
            + attempts.history(messages)
            + messages.format("watch.gave_up_hint")
            + "\n";
    LOG.error(messages.format("watch.gave_up_log", fileName, attempts.started()));
    return fail(job, jobDir, workbook, report, 0, Outcome.GAVE_UP);
  }

  private Finished fail(
      String job, Path jobDir, Path workbook, String report, long millis, Outcome outcome)
      throws IOException {
    String fileName = FileNames.nameOf(workbook);
    Path errors = layout.failed().resolve(job + ".errors.txt");
    AtomicFiles.writeString(errors, report);
    Folders.deleteTree(layout.resultsTemp(job));
    Path input = moveOut(workbook, jobDir, layout.failed().resolve(job + XLSX));
    if (outcome == Outcome.INVALID) {
      LOG.warn(messages.format("watch.failed", fileName, millis, errors.toString()));
    }
    return new Finished(fileName, job, outcome, input, errors, 0);
  }

  private Path moveOut(Path workbook, Path jobDir, Path target) throws IOException {
    Folders.move(workbook, target);
    Folders.deleteTree(jobDir); // with its attempts file
    retryAt.remove(jobDir);
    return target;
  }
}

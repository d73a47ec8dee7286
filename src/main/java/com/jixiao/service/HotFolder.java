package com.jixiao.service;

import com.jixiao.files.AtomicFiles;
import com.jixiao.files.FileNames;
import com.jixiao.files.Folders;
import com.jixiao.i18n.Messages;
import com.jixiao.job.MonthJob;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The hot folder (README.md#hot-folder-watch): workbooks dropped into INBOX are processed once they
 * stop changing.
 *
 * <p>Crash safety comes from a small protocol in which every step is one rename, so a crash leaves
 * each workbook in exactly one recognisable state:
 *
 * <ol>
 *   <li><b>claim</b>: {@code INBOX/x.xlsx} is moved into {@code INBOX/.work/<job>/x.xlsx}, where
 *       {@code <job>} is {@code x-<yyyyMMdd-HHmmss>} (plus {@code -2}, {@code -3}… if taken);
 *   <li><b>results</b>: {@link MonthJob} writes into {@code outbox/.<job>.tmp/}, which is renamed
 *       to {@code outbox/<job>/} when complete (an invalid workbook instead gets {@code
 *       failed/<job>.errors.txt}, written atomically);
 *   <li><b>done</b>: the workbook moves to {@code processed/<job>.xlsx} (or {@code failed/}) and
 *       its empty job folder is removed.
 * </ol>
 *
 * On start, every job left in {@code .work/} is finished: if {@code outbox/<job>/} exists only step
 * 3 remains, otherwise the job runs again from its workbook; leftover temp folders and files are
 * deleted.
 *
 * <p>Nothing gets stuck: each start of a job is counted in its folder ({@link JobAttempts}), so a
 * workbook that kills the process (out of memory, the kernel's OOM killer) is not retried first on
 * every start forever. A job that has failed to finish {@value JobAttempts#MAX} times, by a crash
 * or because its results could not be written (disk full, a read-only outbox), goes to {@code
 * failed/} with a report of its attempts, and the workbooks after it are processed. Between two
 * attempts a job whose results could not be written waits in {@code .work/}.
 */
public final class HotFolder implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HotFolder.class);
  private static final String XLSX = ".xlsx";

  /** How long a file must stay unchanged, and how often INBOX is looked at. */
  public record Timing(long settleMillis, long pollMillis) {
    public Timing {
      if (settleMillis < 0 || pollMillis <= 0) {
        throw new IllegalArgumentException("settle >= 0 and poll > 0 ms");
      }
    }
  }

  /** How a workbook ended this time. */
  public enum Outcome {
    /** Results in the outbox, the workbook in processed/. */
    PROCESSED,
    /** An invalid workbook: in failed/ beside the list of its problems. */
    INVALID,
    /** Failed to finish too often: in failed/ beside a report of its attempts. */
    GAVE_UP,
    /** Its results could not be written: it waits in .work/ for another attempt. */
    RETRY_LATER,
    /** Left in INBOX: its name cannot be read with the system's language setting. */
    SKIPPED;

    /** Whether the workbook could not be processed (the user must look at it). */
    public boolean notProcessed() {
      return this == GAVE_UP || this == RETRY_LATER || this == SKIPPED;
    }
  }

  /** A workbook done with: where its input went, and its results folder or error report. */
  public record Finished(
      String fileName, String job, Outcome outcome, Path input, Path output, int agents) {
    public boolean valid() {
      return outcome == Outcome.PROCESSED;
    }
  }

  /**
   * Another watcher holds INBOX (one watcher per folder, or two would recover each other's jobs).
   */
  public static final class AlreadyWatchedException extends IOException {
    AlreadyWatchedException(Path inbox) {
      super("another watch is running on " + inbox);
    }
  }

  private final InboxLayout layout;
  private final Timing timing;
  private final Messages messages;
  private final Clock clock;
  private final SettleWatch settle;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private volatile boolean stopRequested;
  private final CountDownLatch stopped = new CountDownLatch(1);
  private final Object wake = new Object();
  private final InboxJobs jobs;

  /** Files in INBOX whose names cannot be read, already reported once. */
  private final Set<Path> unreadableNames = new HashSet<>();

  private HotFolder(
      InboxLayout layout,
      Timing timing,
      Messages messages,
      Clock clock,
      FileChannel lockChannel,
      FileLock lock) {
    this.layout = layout;
    this.timing = timing;
    this.messages = messages;
    this.clock = clock;
    this.settle = new SettleWatch(timing.settleMillis());
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.jobs = new InboxJobs(layout, timing, messages, clock);
  }

  /** Creates the folders and takes INBOX for this process. */
  public static HotFolder open(InboxLayout layout, Timing timing, Messages messages, Clock clock)
      throws IOException {
    for (Path dir : List.of(layout.work(), layout.outbox(), layout.processed(), layout.failed())) {
      Files.createDirectories(dir);
    }
    FileChannel channel =
        FileChannel.open(
            layout.work().resolve(".lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException heldInThisJvm) {
      lock = null;
    }
    if (lock == null) {
      channel.close();
      throw new AlreadyWatchedException(layout.inbox());
    }
    return new HotFolder(layout, timing, messages, clock, channel, lock);
  }

  @Override
  public void close() throws IOException {
    lock.release();
    lockChannel.close();
  }

  // ---- running --------------------------------------------------------------------------------

  /**
   * {@code --once}: recovers, then processes what is in INBOX, waiting for files still changing up
   * to ten settle intervals (a file copied for longer is left for the next run).
   */
  public List<Finished> runOnce() throws IOException {
    try {
      List<Finished> finished = new ArrayList<>(recover());
      long wait = 10 * timing.settleMillis() + 2 * timing.pollMillis();
      long deadline = System.nanoTime() + Duration.ofMillis(wait).toNanos();
      finished.addAll(scan());
      while (settle.watching() && !stopRequested && System.nanoTime() < deadline) {
        pause(Math.max(1, Math.min(timing.pollMillis(), timing.settleMillis())));
        finished.addAll(scan());
      }
      return finished;
    } finally {
      stopped.countDown();
    }
  }

  /** Watches until {@link #stop()}: recovers, then scans INBOX every poll interval. */
  public void runUntilStopped() throws IOException {
    try {
      recover();
      while (!stopRequested) {
        scan();
        pause(timing.pollMillis());
      }
    } finally {
      stopped.countDown();
    }
  }

  /**
   * Asks the loop to stop after the current workbook (the shutdown hook and tests use this). A
   * workbook abandoned mid-way by a harder kill is finished by the next start's recovery.
   */
  public void stop() {
    synchronized (wake) {
      stopRequested = true;
      wake.notifyAll();
    }
  }

  /** Waits for the loop to end; true if it did within the timeout. */
  public boolean awaitStopped(Duration timeout) throws InterruptedException {
    return stopped.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
  }

  private void pause(long millis) {
    synchronized (wake) {
      if (stopRequested) {
        return;
      }
      try {
        wake.wait(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stopRequested = true;
      }
    }
  }

  // ---- one pass -------------------------------------------------------------------------------

  /** Finishes every job a previous run left in {@code .work/}; removes leftover temp folders. */
  public List<Finished> recover() throws IOException {
    List<Finished> finished = new ArrayList<>();
    for (Path jobDir : Folders.list(layout.work())) {
      if (Files.isDirectory(jobDir, LinkOption.NOFOLLOW_LINKS)) {
        LOG.info(messages.format("watch.recovering", FileNames.nameOf(jobDir)));
        jobs.finishSafely(jobDir).ifPresent(finished::add);
      }
    }
    for (Path entry : Folders.list(layout.outbox())) {
      String name = FileNames.nameOf(entry);
      if (name.startsWith(".") && name.endsWith(InboxLayout.TEMP_SUFFIX)) {
        Folders.deleteTree(entry);
      }
    }
    for (Path entry : Folders.list(layout.failed())) {
      String name = FileNames.nameOf(entry);
      if (name.startsWith(".") && name.endsWith(AtomicFiles.TEMP_SUFFIX)) {
        Files.deleteIfExists(entry); // an errors.txt being written when the process was killed
      }
    }
    return finished;
  }

  /** Looks at INBOX once and processes every workbook that has stopped changing. */
  public List<Finished> scan() throws IOException {
    List<Finished> finished = new ArrayList<>(retryDue());
    Set<Path> present = new HashSet<>();
    long now = System.nanoTime();
    for (Path file : Folders.list(layout.inbox())) {
      if (stopRequested) {
        break;
      }
      Optional<SettleWatch.Look> look = lookAt(file);
      if (look.isEmpty()) {
        continue;
      }
      if (!hasReadableName(file)) {
        skipUnreadable(file).ifPresent(finished::add);
        continue;
      }
      present.add(file);
      if (settle.settled(file, look.get(), now)) {
        settle.forget(file);
        present.remove(file);
        Optional<Path> claimed = jobs.claim(file);
        if (claimed.isPresent()) {
          jobs.finishSafely(claimed.get()).ifPresent(finished::add);
        }
      }
    }
    settle.retainOnly(present);
    return finished;
  }

  /** Jobs waiting in .work/ whose time for another attempt has come (the long-running mode). */
  private List<Finished> retryDue() {
    List<Finished> finished = new ArrayList<>();
    for (Path jobDir : jobs.dueForRetry(System.nanoTime())) {
      if (stopRequested) {
        break;
      }
      jobs.finishSafely(jobDir).ifPresent(finished::add);
    }
    return finished;
  }

  /**
   * Whether the file's name survives being read as text: with LANG unset (cron, systemd, minimal
   * containers) Java reads a Chinese name as "??", which then names no file.
   */
  static boolean hasReadableName(Path file) {
    try {
      String name = FileNames.nameOf(file);
      return file.resolveSibling(name).equals(file) && name.indexOf('\uFFFD') < 0;
    } catch (java.nio.file.InvalidPathException unmappable) {
      return false;
    }
  }

  /** Leaves a workbook with an unreadable name where it is, saying once what to set. */
  private Optional<Finished> skipUnreadable(Path file) {
    if (!unreadableNames.add(file)) {
      return Optional.empty();
    }
    String shown = FileNames.nameOf(file);
    LOG.error(
        messages.format(
            "watch.unreadable_name",
            shown,
            String.valueOf(System.getProperty("sun.jnu.encoding"))));
    return Optional.of(new Finished(shown, "", Outcome.SKIPPED, file, file, 0));
  }

  /** A workbook dropped directly in INBOX, not an Office lock file ({@code ~$x.xlsx}) or temp. */
  static boolean isWorkbookName(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(XLSX)
        && name.length() > XLSX.length()
        && !name.startsWith("~")
        && !name.startsWith(".");
  }

  private static Optional<SettleWatch.Look> lookAt(Path file) throws IOException {
    if (!isWorkbookName(FileNames.nameOf(file))) {
      return Optional.empty();
    }
    try {
      BasicFileAttributes a =
          Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
      return a.isRegularFile()
          ? Optional.of(new SettleWatch.Look(a.size(), a.lastModifiedTime().toMillis()))
          : Optional.empty();
    } catch (NoSuchFileException gone) {
      return Optional.empty();
    }
  }
}

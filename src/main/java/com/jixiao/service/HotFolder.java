package com.jixiao.service;

import com.jixiao.files.AtomicFiles;
import com.jixiao.files.Folders;
import com.jixiao.i18n.Messages;
import com.jixiao.job.JobOutcome;
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
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
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
 * The hot folder (SPEC 7): workbooks dropped into INBOX are processed once they stop changing.
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
 * deleted. When the results cannot be written at all (disk full, a read-only outbox) the workbook
 * goes back to INBOX.
 */
public final class HotFolder implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(HotFolder.class);
  private static final DateTimeFormatter STAMP =
      DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
  private static final String XLSX = ".xlsx";

  /** How long a file must stay unchanged, and how often INBOX is looked at. */
  public record Timing(long settleMillis, long pollMillis) {
    public Timing {
      if (settleMillis < 0 || pollMillis <= 0) {
        throw new IllegalArgumentException("settle >= 0 and poll > 0 ms");
      }
    }
  }

  /** A workbook done with: where its input went, and its results folder or error report. */
  public record Finished(
      String fileName, String job, boolean valid, Path input, Path output, int agents) {}

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
    stopRequested = true;
    synchronized (wake) {
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
        LOG.info(messages.format("watch.recovering", jobDir.getFileName().toString()));
        finish(jobDir).ifPresent(finished::add);
      }
    }
    for (Path entry : Folders.list(layout.outbox())) {
      String name = entry.getFileName().toString();
      if (name.startsWith(".") && name.endsWith(InboxLayout.TEMP_SUFFIX)) {
        Folders.deleteTree(entry);
      }
    }
    for (Path entry : Folders.list(layout.failed())) {
      String name = entry.getFileName().toString();
      if (name.startsWith(".") && name.endsWith(AtomicFiles.TEMP_SUFFIX)) {
        Files.deleteIfExists(entry); // an errors.txt being written when the process was killed
      }
    }
    return finished;
  }

  /** Looks at INBOX once and processes every workbook that has stopped changing. */
  public List<Finished> scan() throws IOException {
    List<Finished> finished = new ArrayList<>();
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
      present.add(file);
      if (settle.settled(file, look.get(), now)) {
        settle.forget(file);
        present.remove(file);
        Optional<Path> claimed = claim(file);
        if (claimed.isPresent()) {
          finish(claimed.get()).ifPresent(finished::add);
        }
      }
    }
    settle.retainOnly(present);
    return finished;
  }

  /** A workbook dropped directly in INBOX, not an Office lock file ({@code ~$x.xlsx}) or temp. */
  static boolean isWorkbookName(String name) {
    return name.toLowerCase(Locale.ROOT).endsWith(XLSX)
        && name.length() > XLSX.length()
        && !name.startsWith("~")
        && !name.startsWith(".");
  }

  private static Optional<SettleWatch.Look> lookAt(Path file) throws IOException {
    if (!isWorkbookName(file.getFileName().toString())) {
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

  // ---- the protocol ---------------------------------------------------------------------------

  /** Step 1: moves the workbook into its own job folder in {@code .work/}; empty if it vanished. */
  private Optional<Path> claim(Path file) throws IOException {
    String fileName = file.getFileName().toString();
    Path jobDir = layout.work().resolve(newJobName(MonthJob.baseName(fileName)));
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
    String job = jobDir.getFileName().toString();
    Optional<Path> claimed = Folders.list(jobDir).stream().filter(Files::isRegularFile).findFirst();
    if (claimed.isEmpty()) { // crashed after step 3's move: only the empty folder is left
      Folders.deleteTree(jobDir);
      return Optional.empty();
    }
    Path workbook = claimed.get();
    String fileName = workbook.getFileName().toString();
    Path results = layout.results(job);
    if (Files.isDirectory(results)) { // crashed between the rename and the move
      Path input = moveOut(workbook, jobDir, layout.processed().resolve(job + XLSX));
      LOG.info(messages.format("watch.done_earlier", fileName, results.toString()));
      return Optional.of(new Finished(fileName, job, true, input, results, 0));
    }
    Path temp = layout.resultsTemp(job);
    JobOutcome outcome;
    try {
      Folders.deleteTree(temp);
      Files.createDirectories(temp); // a read-only outbox fails here, before the assessment
      outcome = MonthJob.run(workbook, temp);
    } catch (IOException e) {
      unclaim(jobDir, workbook, temp, e);
      return Optional.empty();
    } catch (RuntimeException bug) {
      LOG.error("processing " + fileName, bug);
      return Optional.of(
          fail(job, jobDir, workbook, messages.format("watch.internal_error", fileName, bug), 0));
    }
    if (!outcome.ok()) {
      return Optional.of(fail(job, jobDir, workbook, outcome.errorReport(), outcome.millis()));
    }
    Folders.move(temp, results);
    Path input = moveOut(workbook, jobDir, layout.processed().resolve(job + XLSX));
    int agents = outcome.report().orElseThrow().scores().scores().size();
    LOG.info(messages.format("watch.done", fileName, agents, outcome.millis(), results.toString()));
    return Optional.of(new Finished(fileName, job, true, input, results, agents));
  }

  /**
   * The results could not be written (disk full, a read-only or vanished outbox): nothing is left
   * half-written, and the workbook goes back to INBOX, where it is tried again once it has settled
   * again. If it cannot go back (a new file of that name is there), it stays claimed and the next
   * start finishes it.
   */
  private void unclaim(Path jobDir, Path workbook, Path temp, IOException e) {
    String fileName = workbook.getFileName().toString();
    try {
      Folders.deleteTree(temp);
    } catch (IOException ignored) {
      // the outbox refuses even that; recovery removes the temp folder on the next start
    }
    Path back = layout.inbox().resolve(fileName);
    boolean returned = false;
    try {
      if (!Files.exists(back, LinkOption.NOFOLLOW_LINKS)) {
        moveOut(workbook, jobDir, back);
        returned = true;
      }
    } catch (IOException stays) {
      // it stays in .work: the next start finishes it
    }
    String key = returned ? "watch.io_failed_returned" : "watch.io_failed";
    LOG.error(messages.format(key, fileName, String.valueOf(e)));
  }

  private Finished fail(String job, Path jobDir, Path workbook, String report, long millis)
      throws IOException {
    String fileName = workbook.getFileName().toString();
    Path errors = layout.failed().resolve(job + ".errors.txt");
    AtomicFiles.writeString(errors, report);
    Folders.deleteTree(layout.resultsTemp(job));
    Path input = moveOut(workbook, jobDir, layout.failed().resolve(job + XLSX));
    LOG.warn(messages.format("watch.failed", fileName, millis, errors.toString()));
    return new Finished(fileName, job, false, input, errors, 0);
  }

  private static Path moveOut(Path workbook, Path jobDir, Path target) throws IOException {
    Folders.move(workbook, target);
    Files.delete(jobDir);
    return target;
  }
}

package com.jixiao.job;

import com.jixiao.calendar.IcsWriter;
import com.jixiao.files.AtomicFiles;
import com.jixiao.files.FileNames;
import com.jixiao.files.Folders;
import com.jixiao.i18n.Messages;
import com.jixiao.render.PdfReports;
import com.jixiao.render.TemplateError;
import com.jixiao.render.Templates;
import com.jixiao.report.MonthReport;
import com.jixiao.signoff.Manifest;
import com.jixiao.signoff.RunRecord;
import com.jixiao.workbook.ErrorReport;
import com.jixiao.workbook.ReadResult;
import com.jixiao.workbook.input.WorkbookReader;
import com.jixiao.workbook.output.FilledWorkbookWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import org.slf4j.LoggerFactory;

/**
 * Processes one workbook into an output folder: read and validate, assess, write every output
 * atomically. On invalid input only {@code errors.txt} is written. The input is never modified. The
 * one pipeline behind {@code run} and the hot folder.
 */
public final class MonthJob {
  public static final String ERRORS_FILE = "errors.txt";

  /**
   * Present in an output folder only while a run replaces its results, or after a run that failed
   * while doing so: its files may then be of two different runs.
   */
  public static final String WRITING_MARKER = ".jixiao-writing";

  private MonthJob() {}

  public static JobOutcome run(Path workbook, Path outDir) throws IOException {
    return run(workbook, outDir, JobOptions.DEFAULT);
  }

  /**
   * As {@link #run(Path, Path)} with options: the annual review ({@code --annual}) and the PDF
   * templates. A template error is reported like invalid input: only {@code errors.txt} is written.
   */
  public static JobOutcome run(Path workbook, Path outDir, JobOptions options) throws IOException {
    long start = System.nanoTime();
    Optional<Manifest> finalized = Manifest.read(outDir);
    Optional<String> refusal = SignedOff.refusal(outDir, finalized, options);
    if (refusal.isPresent()) {
      return JobOutcome.refused(refusal.get(), millisSince(start));
    }
    ReadResult read = WorkbookReader.read(workbook);
    String fileName = FileNames.nameOf(workbook);
    Path errorsFile = outDir.resolve(ERRORS_FILE);
    if (!read.ok()) {
      String errorReport = ErrorReport.render(fileName, read);
      AtomicFiles.writeString(errorsFile, errorReport);
      return JobOutcome.invalid(errorsFile, errorReport, millisSince(start));
    }
    long readDone = System.nanoTime();
    Messages messages = new Messages(read.language());
    MonthReport assessed =
        MonthReport.of(
            read.input().orElseThrow(), read.alerts(), options.annualWhen(), options.asOf());
    RunVersion.Outcome versioned =
        RunVersion.of(assessed, workbook, outDir, options, finalized, messages);
    if (versioned instanceof RunVersion.Problem p) {
      AtomicFiles.writeString(errorsFile, p.errorReport());
      return JobOutcome.invalid(errorsFile, p.errorReport(), millisSince(start));
    }
    RunVersion.Ready ready = (RunVersion.Ready) versioned;
    MonthReport report = ready.report();
    long assessDone = System.nanoTime();
    // PDFs are rendered into a staging folder beside the outputs and moved into place only when
    // all are done: a template error leaves nothing behind, and thousands of scorecards are never
    // all in memory at once.
    Files.createDirectories(outDir);
    Path staging = Files.createTempDirectory(outDir, ".pdf-");
    try {
      return write(
          workbook,
          outDir,
          options,
          report,
          messages,
          staging,
          new Signed(ready.record(), finalized),
          new long[] {start, readDone, assessDone});
    } finally {
      // on every way out, success or failure: no hidden staging folder is left behind
      Folders.deleteTree(staging);
    }
  }

  /** The run record to write last, and the sign-off a reopened run keeps. */
  private record Signed(RunRecord record, Optional<Manifest> reopened) {}

  private static JobOutcome write(
      Path workbook,
      Path outDir,
      JobOptions options,
      MonthReport report,
      Messages messages,
      Path staging,
      Signed signed,
      long[] startReadAssess)
      throws IOException {
    long start = startReadAssess[0];
    long readDone = startReadAssess[1];
    long assessDone = startReadAssess[2];
    Path errorsFile = outDir.resolve(ERRORS_FILE);
    Path filled = outDir.resolve(filledName(FileNames.nameOf(workbook)));
    // The filled workbook is made into a hidden file of the output folder and put in place only
    // after the PDFs. A month of fewer than BESIDE_LIMIT agents makes it beside the PDFs, on a
    // thread of its own: such a month's PDFs leave the second core idle much of the time (class
    // loading, the font cut), and the workbook is ready when they are. A larger month's PDFs keep
    // every core busy, so it is made after them: beside them it would only hold its memory longer.
    Path stagedFilled = Files.createTempFile(outDir, ".filled-", ".xlsx.part");
    ExecutorService side =
        Executors.newSingleThreadExecutor(
            task -> {
              Thread t = new Thread(task, "jixiao-filled-workbook");
              t.setDaemon(true);
              return t;
            });
    try {
      FutureTask<Long> filledMade =
          new FutureTask<>(
              () -> {
                long t0 = System.nanoTime();
                new FilledWorkbookWriter(messages).write(workbook, report, stagedFilled);
                return System.nanoTime() - t0;
              });
      boolean beside = report.scores().scores().size() < BESIDE_LIMIT;
      if (beside) {
        side.execute(filledMade);
      }
      side.shutdown();
      List<String> pdfs;
      try {
        pdfs =
            new PdfReports(Templates.from(options.templates()), options.progress())
                .render(
                    report,
                    messages,
                    (path, bytes) -> {
                      Path file = staging.resolve(path);
                      Files.createDirectories(Folders.parentOf(file));
                      Files.write(file, bytes);
                    });
      } catch (TemplateError e) {
        String errorReport = templateErrorReport(messages, e);
        AtomicFiles.writeString(errorsFile, errorReport);
        return JobOutcome.invalid(errorsFile, errorReport, millisSince(start));
      }
      long pdfsDone = System.nanoTime();
      if (!beside) {
        filledMade.run();
      }
      long workbookNanos = awaitWorkbook(filledMade);
      return place(
          new Placing(workbook, outDir, report, messages, staging, signed),
          stagedFilled,
          filled,
          pdfs,
          new long[] {start, readDone, assessDone, pdfsDone, workbookNanos});
    } finally {
      side.shutdownNow();
      awaitQuietly(side);
      Files.deleteIfExists(stagedFilled);
    }
  }

  /** Below this many agents the filled workbook is made beside the PDFs (see {@link #write}). */
  static final int BESIDE_LIMIT = 500;

  /** What putting the month's outputs in place needs. */
  private record Placing(
      Path workbook,
      Path outDir,
      MonthReport report,
      Messages messages,
      Path staging,
      Signed signed) {}

  /** The made filled workbook's time in nanoseconds; its failure as the job's. */
  private static long awaitWorkbook(Future<Long> made) throws IOException {
    try {
      return made.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while the filled workbook was made");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      throw new IllegalStateException("making the filled workbook", e.getCause());
    }
  }

  /** Waits for the side thread to end, so nothing writes into the folder after the job. */
  private static void awaitQuietly(ExecutorService side) {
    try {
      if (!side.awaitTermination(1, TimeUnit.MINUTES)) {
        LoggerFactory.getLogger(MonthJob.class)
            .warn("the filled workbook's thread did not stop within a minute");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Puts the outputs in place: the calendar made, the writing marker set, the filled workbook, the
   * calendar, the PDFs and the run record moved or written, the marker removed.
   */
  private static JobOutcome place(
      Placing p, Path stagedFilled, Path filled, List<String> pdfs, long[] times)
      throws IOException {
    long start = times[0];
    long readDone = times[1];
    long assessDone = times[2];
    long pdfsDone = times[3];
    long workbookNanos = times[4];
    Path workbook = p.workbook();
    Path outDir = p.outDir();
    MonthReport report = p.report();
    Messages messages = p.messages();
    Path staging = p.staging();
    Signed signed = p.signed();
    Path errorsFile = outDir.resolve(ERRORS_FILE);
    // everything that can fail on the data is made before the first file is written
    ByteArrayOutputStream calendar = new ByteArrayOutputStream();
    new IcsWriter(messages).write(report.workflow(), report.input().settings().store(), calendar);
    List<Path> written = new ArrayList<>();

    // present while the outputs are being replaced: a crash between the filled workbook and the
    // scorecards would leave new figures beside old PDFs, and mail refuses such a folder
    Path marker = outDir.resolve(WRITING_MARKER);
    AtomicFiles.writeString(marker, "jixiao is writing the results of " + workbook + "\n");
    Files.move(
        stagedFilled, filled, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    written.add(filled);

    Path ics = outDir.resolve("workflow.ics");
    AtomicFiles.write(ics, calendar::writeTo);
    written.add(ics);

    movePdfsIntoPlace(staging, outDir);
    for (String pdf : pdfs) {
      written.add(outDir.resolve(pdf));
    }

    Path record = outDir.resolve(RunRecord.FILE);
    AtomicFiles.writeString(record, signed.record().text());
    written.add(record);
    if (signed.reopened().isPresent()) {
      // reopened: the sign-off of the earlier version is kept beside the new results
      SignedOff.archive(outDir, signed.reopened().get());
    }

    Files.deleteIfExists(errorsFile); // a stale report from an earlier failed run
    Files.delete(marker);
    return JobOutcome.done(
        report,
        written,
        millisSince(start),
        new JobOutcome.Phases(
            millis(readDone - start),
            millis(assessDone - readDone),
            millis(pdfsDone - assessDone),
            millis(workbookNanos)));
  }

  /**
   * Moves the staged team summary and scorecards folder into the output folder. An earlier run's
   * scorecards folder is moved aside first and deleted after, so the folder is never half old.
   */
  private static void movePdfsIntoPlace(Path staging, Path outDir) throws IOException {
    Path scorecards = outDir.resolve(PdfReports.SCORECARDS_DIR);
    Path old = null;
    if (Files.exists(scorecards)) {
      old = Files.createTempDirectory(outDir, ".old-scorecards-");
      Files.move(scorecards, old.resolve(PdfReports.SCORECARDS_DIR));
    }
    Path stagedCards = staging.resolve(PdfReports.SCORECARDS_DIR);
    if (Files.exists(stagedCards)) {
      Files.move(stagedCards, scorecards, StandardCopyOption.ATOMIC_MOVE);
    }
    Files.move(
        staging.resolve(PdfReports.TEAM_SUMMARY),
        outDir.resolve(PdfReports.TEAM_SUMMARY),
        StandardCopyOption.ATOMIC_MOVE,
        StandardCopyOption.REPLACE_EXISTING);
    Folders.deleteTree(staging);
    if (old != null) {
      Folders.deleteTree(old);
    }
  }

  private static String templateErrorReport(Messages messages, TemplateError e) {
    String first =
        e.line() > 0
            ? messages.format(
                "render.template_error", e.file(), String.valueOf(e.line()), e.problem())
            : messages.format("render.template_error_no_line", e.file(), e.problem());
    return first + "\n" + messages.format("render.template_error_hint") + "\n";
  }

  /**
   * The filled workbook's name: "店铺.xlsx" → "店铺.filled.xlsx" (a name too long for a file system
   * with ".filled.xlsx" added is shortened, see {@link FileNames#fit}).
   */
  public static String filledName(String inputFileName) {
    return FileNames.fit(baseName(inputFileName)) + FILLED_SUFFIX;
  }

  public static final String FILLED_SUFFIX = ".filled.xlsx";

  /** "店铺.xlsx" → "店铺". */
  public static String baseName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }

  private static long millisSince(long start) {
    return millis(System.nanoTime() - start);
  }

  private static long millis(long nanos) {
    return nanos / 1_000_000;
  }
}

package com.jixiao.bench;

import com.jixiao.i18n.Messages;
import com.jixiao.job.MonthReport;
import com.jixiao.render.PdfReports;
import com.jixiao.render.Progress;
import com.jixiao.render.Templates;
import com.jixiao.workbook.FilledWorkbookWriter;
import com.jixiao.workbook.ReadResult;
import com.jixiao.workbook.WorkbookReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The benchmark of issue 8: for each N, writes an N-agent × 12-month workbook and times the whole
 * run by phase. Run with {@code mvn -q -Pbench verify} or directly; arguments: agent counts
 * (default 200 2000 10000) and optionally {@code --runs K} (default 3, the median is reported).
 */
public final class Bench {
  private Bench() {}

  /** One run's phases in milliseconds. */
  record Timing(long read, long assess, long write, long pdf, long total, int scorecards) {}

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = new ArrayList<>();
    int runs = 3;
    boolean compare = true;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--no-compare")) {
        compare = false;
      } else if (args[i].equals("--runs")) {
        runs = Integer.parseInt(args[++i]);
      } else {
        sizes.add(Integer.parseInt(args[i]));
      }
    }
    if (sizes.isEmpty()) {
      sizes = List.of(200, 2000, 10000);
    }
    Path dir = Files.createTempDirectory("jixiao-bench");
    System.out.printf(
        "jixiao bench: %d cores, max heap %d MiB, %s%n",
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.version"));
    System.out.println(
        "| agents | months | workbook MiB | run s (median) | read | assess | write xlsx | PDFs"
            + " | scorecards/s | peak heap MiB | peak RSS MiB |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|");
    for (int n : sizes) {
      Path workbook = BenchWorkbook.write(n, 12, dir.resolve("bench-" + n + ".xlsx"));
      List<Timing> timings = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        resetPeaks();
        timings.add(runOnce(workbook, dir.resolve("out-" + n)));
      }
      timings.sort((a, b) -> Long.compare(a.total(), b.total()));
      Timing t = timings.get(timings.size() / 2);
      System.out.printf(
          Locale.ROOT,
          "| %d | 12 | %.1f | %.2f | %.0f%% | %.0f%% | %.0f%% | %.0f%% | %.1f | %d | %d |%n",
          n,
          Files.size(workbook) / 1048576.0,
          t.total() / 1000.0,
          100.0 * t.read() / t.total(),
          100.0 * t.assess() / t.total(),
          100.0 * t.write() / t.total(),
          100.0 * t.pdf() / t.total(),
          t.scorecards() * 1000.0 / Math.max(1, t.pdf()),
          peakHeapMiB(),
          peakRssMiB());
    }
    if (compare) {
      templateVersusDirect(BenchWorkbook.write(20, 12, dir.resolve("compare.xlsx")));
    }
  }

  /**
   * The same scorecard rendered through FreeMarker + XHTML (the product's path) and drawn directly
   * with OpenPDF's table API, on one thread after a warm-up: milliseconds per scorecard each.
   */
  static void templateVersusDirect(Path workbook) throws Exception {
    ReadResult read = WorkbookReader.read(workbook);
    MonthReport report = MonthReport.of(read.input().orElseThrow(), read.alerts());
    Messages messages = new Messages(read.language());
    com.jixiao.render.Pages pages = new com.jixiao.render.Pages(report, messages);
    var score = report.scores().scores().get(1);
    var page = pages.scorecard(score);
    Templates templates = Templates.from(java.util.Optional.empty());
    com.jixiao.render.PdfRenderer.FontBytes font =
        com.jixiao.render.PdfRenderer.FontBytes.bundled();
    com.jixiao.render.PdfRenderer renderer = com.jixiao.render.PdfRenderer.create(font);
    DirectScorecard direct = new DirectScorecard(font);
    java.time.LocalDate date = java.time.LocalDate.of(2026, 9, 30);
    int warm = 30;
    int n = 100;
    for (int i = 0; i < warm; i++) {
      renderer.render(templates.render(Templates.SCORECARD, page, messages), date);
      direct.render(page);
    }
    long t0 = System.nanoTime();
    int templateBytes = 0;
    for (int i = 0; i < n; i++) {
      templateBytes =
          renderer.render(templates.render(Templates.SCORECARD, page, messages), date).length;
    }
    long t1 = System.nanoTime();
    int directBytes = 0;
    for (int i = 0; i < n; i++) {
      directBytes = direct.render(page).length;
    }
    long t2 = System.nanoTime();
    double templateMs = (t1 - t0) / 1e6 / n;
    double directMs = (t2 - t1) / 1e6 / n;
    System.out.printf(
        Locale.ROOT,
        "%nOne scorecard, one thread, after %d warm-up renders (mean of %d):%n"
            + "| path | ms per scorecard | PDF bytes |%n|---|---|---|%n"
            + "| FreeMarker + XHTML (Flying Saucer) | %.1f | %d |%n"
            + "| OpenPDF table API, direct | %.1f | %d |%n"
            + "template / direct = %.2f×%n",
        warm,
        n,
        templateMs,
        templateBytes,
        directMs,
        directBytes,
        templateMs / directMs);
  }

  static Timing runOnce(Path workbook, Path out) throws Exception {
    long t0 = System.nanoTime();
    ReadResult read = WorkbookReader.read(workbook);
    if (!read.ok()) {
      throw new IllegalStateException("benchmark workbook invalid: " + read.errors().get(0));
    }
    long t1 = System.nanoTime();
    MonthReport report = MonthReport.of(read.input().orElseThrow(), read.alerts());
    long t2 = System.nanoTime();
    new FilledWorkbookWriter(new Messages(read.language()))
        .write(workbook, report, out.resolve("bench.filled.xlsx"));
    long t3 = System.nanoTime();
    List<PdfReports.Pdf> pdfs =
        new PdfReports(Templates.from(java.util.Optional.empty()), Progress.NONE)
            .render(report, new Messages(read.language()));
    for (PdfReports.Pdf pdf : pdfs) {
      com.jixiao.workbook.AtomicFiles.write(out.resolve(pdf.path()), o -> o.write(pdf.bytes()));
    }
    long t4 = System.nanoTime();
    return new Timing(
        ms(t1 - t0), ms(t2 - t1), ms(t3 - t2), ms(t4 - t3), ms(t4 - t0), pdfs.size() - 1);
  }

  private static long ms(long nanos) {
    return nanos / 1_000_000;
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeapMiB() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum >> 20;
  }

  /** VmHWM of /proc/self/status: the process's peak resident set, or -1 where unavailable. */
  private static long peakRssMiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
        }
      }
    } catch (java.io.IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }
}

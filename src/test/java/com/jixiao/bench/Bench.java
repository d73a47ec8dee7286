package com.jixiao.bench;

import com.jixiao.files.Folders;
import com.jixiao.i18n.Messages;
import com.jixiao.render.Pages;
import com.jixiao.render.PdfRenderer;
import com.jixiao.render.Templates;
import com.jixiao.report.MonthReport;
import com.jixiao.workbook.ReadResult;
import com.jixiao.workbook.input.WorkbookReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark of issue 8. For each N it writes an N-agent × 12-month workbook, then runs the real
 * command, {@code run WORKBOOK --out DIR --timings}, in a JVM of its own with default settings, as
 * a user would: wall time of the whole process (JVM start included), each phase's share (from
 * {@code --timings}), scorecards per second, the peak committed heap (from the GC log) and the peak
 * resident set (VmHWM). Then one scorecard is rendered through the template path and drawn directly
 * with OpenPDF, to show what the templates cost.
 *
 * <p>Arguments: agent counts (default 200 2000 10000), {@code --runs K} (default 3; the median run
 * is reported), {@code --no-compare}.
 */
public final class Bench {
  private Bench() {}

  /** One run of the command: its phases, wall time and memory. */
  record Run(
      long wallMillis,
      long read,
      long assess,
      long pdfs,
      long workbook,
      int scorecards,
      long peakHeapMiB,
      long peakRssMiB) {}

  private static final Pattern TIMINGS =
      Pattern.compile("(\\d+)\\D+(\\d+)\\D+PDFs?\\D+(\\d+)\\D+(\\d+)");
  private static final Pattern GC_LINE = Pattern.compile("(\\d+)M->(\\d+)M\\((\\d+)M\\)");

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
        "jixiao bench: %d cores, %d MiB RAM, Java %s; each run is `run WORKBOOK --timings` in a"
            + " new JVM with default settings; median of %d%n%n",
        Runtime.getRuntime().availableProcessors(),
        totalRamMiB(),
        System.getProperty("java.version"),
        runs);
    System.out.println(
        "| agents | QA rows | workbook MiB | run s | read | assess | PDFs | write xlsx"
            + " | scorecards/s | peak heap MiB | peak RSS MiB (highest run) | t / t(first) |");
    System.out.println("|---|---|---|---|---|---|---|---|---|---|---|---|");
    double first = 0;
    for (int n : sizes) {
      Path workbook = BenchWorkbook.write(n, 12, dir.resolve("bench-" + n + ".xlsx"));
      List<Run> measured = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        measured.add(
            runCommand(workbook, dir.resolve("out-" + n), dir.resolve("gc-" + n + ".log")));
      }
      measured.sort(Comparator.comparingLong(Run::wallMillis));
      Run t = measured.get(measured.size() / 2);
      if (first == 0) {
        first = t.wallMillis();
      }
      System.out.printf(
          Locale.ROOT,
          "| %,d | %,d | %.1f | %.1f | %.0f%% | %.0f%% | %.0f%% | %.0f%% | %.0f | %d | %d (%d) |"
              + " %.1f |%n",
          n,
          n * 12 * BenchWorkbook.qaPerAgentMonth(n, 12),
          Files.size(workbook) / 1048576.0,
          t.wallMillis() / 1000.0,
          share(t.read(), t),
          share(t.assess(), t),
          share(t.pdfs(), t),
          share(t.workbook(), t),
          t.scorecards() * 1000.0 / Math.max(1, t.pdfs()),
          t.peakHeapMiB(),
          t.peakRssMiB(),
          measured.stream().mapToLong(Run::peakRssMiB).max().orElse(0),
          t.wallMillis() / first);
      Folders.deleteTree(dir.resolve("out-" + n));
      Files.delete(workbook);
    }
    if (compare) {
      templateVersusDirect(BenchWorkbook.write(20, 12, dir.resolve("compare.xlsx")));
    }
    Folders.deleteTree(dir);
  }

  private static double share(long phase, Run t) {
    return 100.0 * phase / t.wallMillis();
  }

  /**
   * Runs {@code run WORKBOOK --out OUT --timings} in a new JVM with this classpath and default
   * settings (only a GC log is added), polling its peak resident set while it runs.
   */
  static Run runCommand(Path workbook, Path out, Path gcLog)
      throws IOException, InterruptedException {
    Folders.deleteTree(out);
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder pb =
        new ProcessBuilder(
                java,
                "-Xlog:gc:file=" + gcLog,
                "-cp",
                System.getProperty("java.class.path"),
                "com.jixiao.cli.Main",
                "run",
                workbook.toString(),
                "--out",
                out.toString(),
                "--timings")
            .redirectErrorStream(true);
    Path console = Files.createTempFile("jixiao-bench", ".out");
    pb.redirectOutput(console.toFile());
    long start = System.nanoTime();
    Process process = pb.start();
    long peakRss = 0;
    Path status = Path.of("/proc", Long.toString(process.pid()), "status");
    while (process.isAlive()) {
      peakRss = Math.max(peakRss, vmHwmKiB(status));
      Thread.sleep(20);
    }
    long wall = (System.nanoTime() - start) / 1_000_000;
    String output = Files.readString(console, StandardCharsets.UTF_8);
    Files.delete(console);
    if (process.exitValue() != 0) {
      throw new IllegalStateException("run exited " + process.exitValue() + ":\n" + output);
    }
    Matcher m =
        output
            .lines()
            .map(TIMINGS::matcher)
            .filter(Matcher::find)
            .reduce((a, b) -> b)
            .orElseThrow(() -> new IllegalStateException("no --timings line in:\n" + output));
    int scorecards;
    try (var files = Files.list(out.resolve("scorecards"))) {
      scorecards = (int) files.count();
    }
    return new Run(
        wall,
        Long.parseLong(m.group(1)),
        Long.parseLong(m.group(2)),
        Long.parseLong(m.group(3)),
        Long.parseLong(m.group(4)),
        scorecards,
        peakCommittedHeapMiB(gcLog),
        peakRss >> 10);
  }

  /** VmHWM (the peak resident set so far) of a live process, or 0 where /proc is not there. */
  private static long vmHwmKiB(Path status) {
    try {
      for (String line : Files.readAllLines(status)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | NumberFormatException e) {
      return 0; // the process ended between the check and the read
    }
    return 0;
  }

  /** The largest heap the collector committed, from "GC(n) Pause … 900M->150M(1200M)" lines. */
  static long peakCommittedHeapMiB(Path gcLog) throws IOException {
    long peak = 0;
    for (String line : Files.readAllLines(gcLog)) {
      Matcher m = GC_LINE.matcher(line);
      if (m.find()) {
        peak = Math.max(peak, Long.parseLong(m.group(3)));
      }
    }
    return peak;
  }

  private static long totalRamMiB() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (line.startsWith("MemTotal:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
        }
      }
    } catch (IOException | NumberFormatException e) {
      return -1;
    }
    return -1;
  }

  /**
   * The same scorecard rendered through FreeMarker + XHTML (the product's path) and drawn directly
   * with OpenPDF's table API, on one thread after a warm-up: milliseconds per scorecard each.
   */
  static void templateVersusDirect(Path workbook) throws Exception {
    ReadResult read = WorkbookReader.read(workbook);
    MonthReport report = MonthReport.of(read.input().orElseThrow(), read.alerts());
    Messages messages = new Messages(read.language());
    Pages pages = new Pages(report, messages);
    var page = pages.scorecard(report.scores().scores().get(1));
    Templates templates = Templates.from(Optional.empty());
    PdfRenderer.FontBytes font = PdfRenderer.FontBytes.bundled();
    PdfRenderer renderer = PdfRenderer.create(font);
    DirectScorecard direct = new DirectScorecard(font);
    LocalDate date = LocalDate.of(2026, 9, 30);
    int warm = 500;
    int n = 300;
    for (int i = 0; i < warm; i++) {
      renderer.render(templates.render(Templates.SCORECARD, page, messages), date);
      direct.render(page, messages);
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
      directBytes = direct.render(page, messages).length;
    }
    long t2 = System.nanoTime();
    double templateMs = (t1 - t0) / 1e6 / n;
    double directMs = (t2 - t1) / 1e6 / n;
    System.out.printf(
        Locale.ROOT,
        "%nOne scorecard, one thread, after %d warm-up renders (mean of %d):%n"
            + "| path | ms per scorecard | PDF bytes |%n|---|---|---|%n"
            + "| FreeMarker + XHTML (Flying Saucer) + OpenPDF | %.1f | %d |%n"
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
}

package com.jixiao.bench;

import com.jixiao.files.Folders;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The benchmark (README.md#performance-and-the-benchmark). For each N it writes an N-agent ×
 * 12-month workbook, then runs the real command, {@code run WORKBOOK --out DIR --timings}, in a JVM
 * of its own with default settings, as a user would: wall time of the whole process (JVM start
 * included), each phase's share (from {@code --timings}), scorecards per second, the peak committed
 * heap (from the GC log) and the peak resident set (VmHWM). Then one scorecard is rendered through
 * the template path and drawn directly with OpenPDF, each in a JVM of its own, to show what the
 * templates cost. Last, a what-if over the last three months (a weight change, {@code whatif
 * WORKBOOK --set weight.conversion.presales=10 --months …}) in a JVM of its own: its wall time and
 * peak resident set.
 *
 * <p>Arguments: agent counts (default 200 2000 10000), {@code --runs K} (default 3; the median run
 * is reported), {@code --no-compare}, {@code --whatif-only} (the what-if table alone), {@code
 * --read-only} (the reading table alone: validate against a fastexcel-reader pass).
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

  /**
   * Flags every measured JVM gets: none (Java's defaults), or with {@code --tuned} the compiler and
   * collector bin/jixiao chooses.
   */
  private static List<String> jvmFlags = List.of();

  /** The compiler and collector flags of bin/jixiao (JIXIAO_TUNING). */
  static final List<String> LAUNCHER_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

  public static void main(String[] args) throws Exception {
    List<Integer> sizes = new ArrayList<>();
    int runs = 3;
    boolean compare = true;
    boolean runTable = true;
    boolean readTable = true;
    boolean whatIf = true;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--no-compare")) {
        compare = false;
      } else if (args[i].equals("--whatif-only")) {
        runTable = false;
        compare = false;
        readTable = false;
      } else if (args[i].equals("--tuned")) {
        jvmFlags = LAUNCHER_FLAGS;
      } else if (args[i].equals("--run-only")) {
        compare = false;
        readTable = false;
        whatIf = false;
      } else if (args[i].equals("--read-only")) {
        runTable = false;
        compare = false;
        whatIf = false;
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
            + " new JVM with %s; median of %d%n%n",
        Runtime.getRuntime().availableProcessors(),
        totalRamMiB(),
        System.getProperty("java.version"),
        jvmFlags.isEmpty()
            ? "default settings"
            : "bin/jixiao's flags " + String.join(" ", jvmFlags),
        runs);
    if (runTable) {
      runTable(sizes, runs, dir);
    }
    if (readTable) {
      readTable(sizes, runs, dir);
    }
    if (whatIf) {
      whatIfTable(sizes, runs, dir);
    }
    if (compare) {
      templateVersusDirect(BenchWorkbook.write(20, 12, dir.resolve("compare.xlsx")), runs);
    }
    Folders.deleteTree(dir);
  }

  /** The main table: {@code run --timings} per size. */
  private static void runTable(List<Integer> sizes, int runs, Path dir) throws Exception {
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
  }

  /**
   * Reading: {@code validate WORKBOOK} (read and check every sheet) against a fastexcel-reader pass
   * over the same workbook ({@link FastexcelPass}), each a process of its own, per size.
   */
  private static void readTable(List<Integer> sizes, int runs, Path dir) throws Exception {
    System.out.printf(
        "%nReading: validate against a fastexcel-reader pass over every row, median of %d:%n"
            + "| agents | validate s | its peak RSS MiB | fastexcel pass s | its peak RSS MiB |"
            + " validate / fastexcel |%n|---|---|---|---|---|---|%n",
        runs);
    for (int n : sizes) {
      Path workbook = BenchWorkbook.write(n, 12, dir.resolve("read-" + n + ".xlsx"));
      List<Launched> validate = new ArrayList<>();
      List<Launched> fastexcel = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        validate.add(launch(List.of("validate", workbook.toString()), null));
        fastexcel.add(launch(FastexcelPass.class.getName(), List.of(workbook.toString()), null));
      }
      Launched v = medianRun(validate);
      Launched f = medianRun(fastexcel);
      System.out.printf(
          Locale.ROOT,
          "| %,d | %.1f | %d | %.1f | %d | %.2f |%n",
          n,
          v.wallMillis() / 1000.0,
          v.peakRssKiB() >> 10,
          f.wallMillis() / 1000.0,
          f.peakRssKiB() >> 10,
          (double) v.wallMillis() / f.wallMillis());
      Files.delete(workbook);
    }
  }

  private static Launched medianRun(List<Launched> runs) {
    List<Launched> sorted = new ArrayList<>(runs);
    sorted.sort(Comparator.comparingLong(Launched::wallMillis));
    return sorted.get(sorted.size() / 2);
  }

  /** The what-if over three months per size. */
  private static void whatIfTable(List<Integer> sizes, int runs, Path dir) throws Exception {
    System.out.printf(
        "%nA what-if over three months (whatif --set weight.conversion.presales=10 --months"
            + " %s..%s), median of %d:%n| agents | whatif s | of which its own work s |"
            + " peak RSS MiB |%n|---|---|---|---|%n",
        WHATIF_FROM, BenchWorkbook.PERIOD, runs);
    for (int n : sizes) {
      Path workbook = BenchWorkbook.write(n, 12, dir.resolve("whatif-" + n + ".xlsx"));
      List<WhatIfRun> measured = new ArrayList<>();
      for (int r = 0; r < runs; r++) {
        measured.add(runWhatIf(workbook, dir.resolve("whatif-out-" + n)));
      }
      measured.sort(Comparator.comparingLong(WhatIfRun::wallMillis));
      WhatIfRun t = measured.get(measured.size() / 2);
      System.out.printf(
          Locale.ROOT,
          "| %,d | %.1f | %.1f | %d |%n",
          n,
          t.wallMillis() / 1000.0,
          t.ownMillis() / 1000.0,
          t.peakRssMiB());
      Folders.deleteTree(dir.resolve("whatif-out-" + n));
      Files.delete(workbook);
    }
  }

  /** The first of the three months the what-if replays. */
  static final java.time.YearMonth WHATIF_FROM = BenchWorkbook.PERIOD.minusMonths(2);

  /** One what-if: the process's wall time, the time it reports for itself, its peak RSS. */
  record WhatIfRun(long wallMillis, long ownMillis, long peakRssMiB) {}

  private static final Pattern WHATIF_MILLIS = Pattern.compile("(\\d+)\\s*(?:毫秒|ms)");

  /** Runs the what-if of the benchmark in a new JVM with default settings. */
  static WhatIfRun runWhatIf(Path workbook, Path out) throws IOException, InterruptedException {
    Folders.deleteTree(out);
    Launched l =
        launch(
            List.of(
                "whatif",
                workbook.toString(),
                "--set",
                "weight.conversion.presales=10",
                "--months",
                WHATIF_FROM + ".." + BenchWorkbook.PERIOD,
                "--out",
                out.toString()),
            null);
    Matcher m =
        l.output()
            .lines()
            .map(WHATIF_MILLIS::matcher)
            .filter(Matcher::find)
            .reduce((a, b) -> b)
            .orElseThrow(() -> new IllegalStateException("no time in:\n" + l.output()));
    return new WhatIfRun(l.wallMillis(), Long.parseLong(m.group(1)), l.peakRssKiB() >> 10);
  }

  /** A finished command: what it printed, its wall time and peak resident set. */
  private record Launched(String output, long wallMillis, long peakRssKiB) {}

  /**
   * Runs {@code com.jixiao.cli.Main} with the arguments in a new JVM with this classpath and
   * default settings (plus a GC log when {@code gcLog} is given), polling its peak resident set.
   */
  private static Launched launch(List<String> args, Path gcLog)
      throws IOException, InterruptedException {
    return launch("com.jixiao.cli.Main", args, gcLog);
  }

  /** As {@link #launch(List, Path)}, of another main class of the class path. */
  private static Launched launch(String mainClass, List<String> args, Path gcLog)
      throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java));
    command.addAll(jvmFlags);
    if (gcLog != null) {
      command.add("-Xlog:gc:file=" + gcLog);
    }
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), mainClass));
    command.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
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
      throw new IllegalStateException(
          args.get(0) + " exited " + process.exitValue() + ":\n" + output);
    }
    return new Launched(output, wall, peakRss);
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
    Launched l =
        launch(List.of("run", workbook.toString(), "--out", out.toString(), "--timings"), gcLog);
    String output = l.output();
    long wall = l.wallMillis();
    long peakRss = l.peakRssKiB();
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
   * The month's scorecards rendered through FreeMarker + XHTML (the product's path) and drawn
   * directly with OpenPDF's table API, each path in a JVM of its own ({@link ScorecardBench}), on
   * one and on two threads, the runs interleaved (template, direct, template, ...) so a drift of
   * the machine's speed touches both: the median of {@code runs} for each.
   */
  static void templateVersusDirect(Path workbook, int runs) throws Exception {
    System.out.printf(
        "%nScorecards of a 20-agent month, each path in its own JVM after a warm-up (median of %d):%n"
            + "| path | threads | ms per scorecard (wall / cards) | CPU ms per scorecard"
            + " | PDF bytes per scorecard |%n"
            + "|---|---|---|---|---|%n",
        runs);
    String[][] paths = {
      {"template", "FreeMarker + XHTML (Flying Saucer) + OpenPDF, the run's font"},
      {"direct", "OpenPDF table API, direct, the whole font"},
      {"direct-cut", "OpenPDF table API, direct, the run's font"}
    };
    for (int threads : new int[] {1, 2}) {
      List<List<double[]>> measured = new ArrayList<>();
      for (String[] path : paths) {
        measured.add(new ArrayList<>());
      }
      for (int r = 0; r < runs; r++) {
        for (int p = 0; p < paths.length; p++) {
          measured.get(p).add(scorecardBench(workbook, paths[p][0], threads));
        }
      }
      double[] template = median(measured.get(0));
      for (int p = 0; p < paths.length; p++) {
        double[] m = median(measured.get(p));
        System.out.printf(
            Locale.ROOT,
            "| %s | %d | %.2f | %.2f | %.0f |%n",
            paths[p][1],
            threads,
            m[0],
            m[2],
            m[1]);
        if (p > 0) {
          System.out.printf(
              Locale.ROOT,
              "| template / %s | %d | %.2f× | %.2f× | |%n",
              paths[p][0],
              threads,
              template[0] / m[0],
              template[2] / m[2]);
        }
      }
    }
  }

  /** One {@link ScorecardBench} process: {ms per card, bytes per card, CPU ms per card}. */
  private static double[] scorecardBench(Path workbook, String path, int threads)
      throws IOException, InterruptedException {
    String java = ProcessHandle.current().info().command().orElse("java");
    Process process =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                ScorecardBench.class.getName(),
                workbook.toString(),
                path,
                Integer.toString(threads))
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(path + " scorecards failed:\n" + output);
    }
    String[] last = output.strip().lines().reduce((a, b) -> b).orElse("").split(" ");
    return new double[] {
      Double.parseDouble(last[2]), Double.parseDouble(last[3]), Double.parseDouble(last[4])
    };
  }

  /** The run with the median time. */
  private static double[] median(List<double[]> runs) {
    List<double[]> sorted = new ArrayList<>(runs);
    sorted.sort(Comparator.comparingDouble(r -> r[0]));
    return sorted.get(sorted.size() / 2);
  }
}

package com.jixiao.bench;

import com.jixiao.i18n.Messages;
import com.jixiao.render.Pages;
import com.jixiao.render.PdfRenderer;
import com.jixiao.render.RunFont;
import com.jixiao.render.ScorecardPage;
import com.jixiao.render.TemplateFolder;
import com.jixiao.render.Templates;
import com.jixiao.report.MonthReport;
import com.jixiao.workbook.ReadResult;
import com.jixiao.workbook.input.WorkbookReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One side of the benchmark's template-versus-direct comparison, in a JVM of its own (two paths in
 * one JVM slow each other down: they share the JIT, the heap and the collector). Renders the
 * scorecards of a workbook's agents in turn on {@code THREADS} threads, each thread with its own
 * renderer as the product has, after a warm-up; prints one line: {@code PATH THREADS ms-per-card
 * bytes-per-card cpu-ms-per-card}, where ms per card is wall time divided by cards (so two threads
 * that scale perfectly show half the one-thread figure) and cpu ms the process's CPU time divided
 * by cards.
 *
 * <p>Arguments: {@code WORKBOOK template|direct|direct-cut THREADS [WARM-UP CARDS] [MEASURED
 * CARDS]}. The template path uses the font cut to the month's characters, as the product does;
 * {@code direct} draws with the whole bundled font (the first benchmark's baseline), {@code
 * direct-cut} with the same cut font as the template path.
 */
public final class ScorecardBench {
  private ScorecardBench() {}

  /** Renders one card (by its index in the month) into PDF bytes; one per thread. */
  @FunctionalInterface
  interface Card {
    byte[] render(int index) throws Exception;
  }

  public static void main(String[] args) throws Exception {
    Path workbook = Path.of(args[0]);
    String path = args[1];
    int threads = Integer.parseInt(args[2]);
    int warm = args.length > 3 ? Integer.parseInt(args[3]) : 600;
    int measured = args.length > 4 ? Integer.parseInt(args[4]) : 600;

    ReadResult read = WorkbookReader.read(workbook);
    MonthReport report = MonthReport.of(read.input().orElseThrow(), read.alerts());
    Messages messages = new Messages(read.language());
    Pages pages = new Pages(report, messages);
    List<ScorecardPage> cards = new ArrayList<>();
    report.scores().scores().forEach(s -> cards.add(pages.scorecard(s)));
    LocalDate date = Pages.documentDate(report.scores().period());
    Templates templates = Templates.from(Optional.empty());
    PdfRenderer.FontBytes bundled = PdfRenderer.FontBytes.bundled();
    // as the product does: the font cut once to the characters of the month's pages
    BitSet characters = new BitSet();
    for (ScorecardPage page : cards) {
      templates.render(Templates.SCORECARD, page, messages).codePoints().forEach(characters::set);
    }
    RunFont runFont = RunFont.cut(bundled, characters);
    PdfRenderer.FontBytes font = path.equals("direct") ? bundled : runFont.font();

    ThreadLocal<Card> card =
        ThreadLocal.withInitial(
            () -> {
              try {
                if (path.startsWith("direct")) {
                  DirectScorecard direct = new DirectScorecard(font);
                  return i -> direct.render(cards.get(i % cards.size()), messages);
                }
                PdfRenderer renderer = PdfRenderer.create(font, TemplateFolder.builtIn());
                return i ->
                    renderer.render(
                        templates.render(
                            Templates.SCORECARD, cards.get(i % cards.size()), messages),
                        date);
              } catch (Exception e) {
                throw new IllegalStateException("setting up the " + path + " path", e);
              }
            });
    run(card, threads, warm, new AtomicLong());
    AtomicLong bytes = new AtomicLong();
    long cpu0 = processCpuNanos();
    long start = System.nanoTime();
    run(card, threads, measured, bytes);
    double ms = (System.nanoTime() - start) / 1e6 / measured;
    double cpuMs = (processCpuNanos() - cpu0) / 1e6 / measured;
    System.out.printf(
        Locale.ROOT, "%s %d %.2f %d %.2f%n", path, threads, ms, bytes.get() / measured, cpuMs);
    runFont.close();
  }

  /**
   * CPU time of the whole process (all threads: rendering, collector, compiler): on a machine
   * shared with other work it shows the cost of a card when the wall time cannot.
   */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  /** Renders {@code count} cards on {@code threads} threads, the cards taken in turn. */
  private static void run(ThreadLocal<Card> card, int threads, int count, AtomicLong bytes)
      throws InterruptedException {
    AtomicInteger next = new AtomicInteger();
    List<Thread> workers = new ArrayList<>();
    List<Throwable> failures = new CopyOnWriteArrayList<>();
    for (int t = 0; t < threads; t++) {
      Thread worker =
          new Thread(
              () -> {
                try {
                  for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                    bytes.addAndGet(card.get().render(i).length);
                  }
                } catch (Throwable e) {
                  failures.add(e);
                }
              });
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    if (!failures.isEmpty()) {
      throw new IllegalStateException("a card failed to render", failures.get(0));
    }
  }
}

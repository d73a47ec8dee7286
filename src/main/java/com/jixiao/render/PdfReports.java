package com.jixiao.render;

import com.jixiao.assess.AgentScore;
import com.jixiao.i18n.Messages;
import com.jixiao.report.MonthReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Renders the month's PDFs into memory, so that nothing is written when a template fails: one
 * scorecard per assessed agent (in parallel on all cores; each PDF depends only on its agent, so
 * the bytes do not depend on the order the threads finish) and the team summary.
 */
public final class PdfReports {
  public static final String SCORECARDS_DIR = "scorecards";
  public static final String TEAM_SUMMARY = "team-summary.pdf";

  /** A rendered PDF and its path relative to the output folder. */
  public record Pdf(String path, byte[] bytes) {}

  private final Templates templates;
  private final Progress progress;

  public PdfReports(Templates templates, Progress progress) {
    this.templates = templates;
    this.progress = progress;
  }

  /** Receives each PDF as soon as it is rendered (from several threads at once). */
  @FunctionalInterface
  public interface Sink {
    void accept(String path, byte[] bytes) throws java.io.IOException;
  }

  /** The team summary first, then the scorecards in agent order, all in memory. */
  public List<Pdf> render(MonthReport report, Messages messages) throws TemplateError {
    java.util.Map<String, byte[]> rendered = new java.util.concurrent.ConcurrentHashMap<>();
    try {
      List<String> order = render(report, messages, rendered::put);
      return order.stream().map(path -> new Pdf(path, rendered.get(path))).toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException("a map cannot fail to store a PDF", e);
    }
  }

  /**
   * Renders every PDF into {@code sink} as it is done, so thousands of scorecards need not be held
   * in memory; returns their paths, the team summary first. A template error stops the rendering.
   */
  public List<String> render(MonthReport report, Messages messages, Sink sink)
      throws TemplateError, java.io.IOException {
    templates.check(Templates.SCORECARD, Templates.TEAM_SUMMARY);
    Pages pages = new Pages(report, messages);
    LocalDate date = Pages.documentDate(report.scores().period());
    PdfRenderer.FontBytes font = FontHolder.BYTES;
    ThreadLocal<PdfRenderer> renderers = ThreadLocal.withInitial(() -> PdfRenderer.create(font));

    List<AgentScore> scores = report.scores().scores();
    List<String> names = ScorecardFiles.names(scores.stream().map(s -> s.agent().id()).toList());
    int threads = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), scores.size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger done = new AtomicInteger();
    try {
      List<Future<String>> futures = new ArrayList<>();
      for (int i = 0; i < scores.size(); i++) {
        AgentScore score = scores.get(i);
        String path = SCORECARDS_DIR + "/" + names.get(i);
        futures.add(
            pool.submit(
                () -> {
                  String xhtml =
                      templates.render(Templates.SCORECARD, pages.scorecard(score), messages);
                  sink.accept(path, renderers.get().render(xhtml, date));
                  progress.rendered(done.incrementAndGet(), scores.size());
                  return path;
                }));
      }
      Future<String> summary =
          pool.submit(
              () -> {
                String xhtml =
                    templates.render(Templates.TEAM_SUMMARY, pages.teamSummary(), messages);
                sink.accept(TEAM_SUMMARY, renderers.get().render(xhtml, date));
                return TEAM_SUMMARY;
              });
      List<String> paths = new ArrayList<>();
      paths.add(await(summary));
      for (Future<String> f : futures) {
        paths.add(await(f));
      }
      return paths;
    } finally {
      pool.shutdownNow();
    }
  }

  private static String await(Future<String> future) throws TemplateError, java.io.IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rendering scorecards", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof TemplateError t) {
        throw t;
      }
      if (e.getCause() instanceof java.io.IOException io) {
        throw io;
      }
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw new IllegalStateException("rendering a scorecard", e.getCause());
    }
  }

  /** The bundled font, read once when the first PDF is rendered. */
  private static final class FontHolder {
    static final PdfRenderer.FontBytes BYTES = PdfRenderer.FontBytes.bundled();
  }
}

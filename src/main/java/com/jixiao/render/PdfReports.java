package com.jixiao.render;

import com.jixiao.assess.AgentScore;
import com.jixiao.i18n.Messages;
import com.jixiao.report.MonthReport;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
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
    Map<String, byte[]> rendered = new ConcurrentHashMap<>();
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
   *
   * <p>Two passes: the templates first make every page's XHTML once, only to learn which characters
   * the run needs (a template error shows here, before any PDF is made); the bundled font is cut
   * down to those ({@link RunFont}); then the pages are made again and laid out with that font.
   * Making a page's XHTML is a small part of its cost, and keeping thousands of pages between the
   * passes would cost far more memory.
   */
  public List<String> render(MonthReport report, Messages messages, Sink sink)
      throws TemplateError, IOException {
    templates.check(messages, Templates.SCORECARD, Templates.TEAM_SUMMARY);
    Month month = new Month(new Pages(report, messages), report, messages);
    int threads =
        Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), month.scores().size()));
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      // the bundled font is parsed while the first pass makes the pages (it is a tenth of a
      // small month's time, and the pass leaves a core free)
      Future<RunFont.Parsed> parsed = pool.submit(() -> RunFont.parse(FontHolder.BYTES));
      PageCharacters characters = new PageCharacters();
      List<Future<String>> pass = new ArrayList<>();
      pass.add(pool.submit(() -> characters.add(month.teamSummary())));
      for (AgentScore score : month.scores()) {
        pass.add(pool.submit(() -> characters.add(month.scorecard(score))));
      }
      for (Future<String> f : pass) {
        await(f);
      }
      try (RunFont font = RunFont.cut(await(parsed), characters.all())) {
        return pdfs(pool, month, font.font(), sink);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** The month's pages as XHTML, from the templates. */
  private final class Month {
    private final Pages pages;
    private final Messages messages;
    private final List<AgentScore> scores;
    private final List<String> paths;
    private final LocalDate date;

    Month(Pages pages, MonthReport report, Messages messages) {
      this.pages = pages;
      this.messages = messages;
      this.scores = report.scores().scores();
      this.paths =
          ScorecardFiles.names(scores.stream().map(s -> s.agent().id()).toList()).stream()
              .map(name -> SCORECARDS_DIR + "/" + name)
              .toList();
      this.date = Pages.documentDate(report.scores().period());
    }

    List<AgentScore> scores() {
      return scores;
    }

    String scorecard(AgentScore score) throws TemplateError {
      return templates.render(Templates.SCORECARD, pages.scorecard(score), messages);
    }

    String teamSummary() throws TemplateError {
      return templates.render(Templates.TEAM_SUMMARY, pages.teamSummary(), messages);
    }

    /** The page's PDF; a file the page may not load, or broken XHTML, is the template's error. */
    byte[] pdf(PdfRenderer renderer, String template, String xhtml) throws TemplateError {
      try {
        return renderer.render(xhtml, Month.this.date);
      } catch (TemplateRefusal | MalformedPage e) {
        throw templates.pageError(template, e, messages);
      }
    }
  }

  /** The scorecards and the team summary, each into {@code sink} when done; their paths. */
  private List<String> pdfs(
      ExecutorService pool, Month month, PdfRenderer.FontBytes font, Sink sink)
      throws TemplateError, IOException {
    ThreadLocal<PdfRenderer> renderers =
        ThreadLocal.withInitial(() -> PdfRenderer.create(font, templates.folder()));
    List<AgentScore> scores = month.scores();
    AtomicInteger done = new AtomicInteger();
    List<Future<String>> futures = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      AgentScore score = scores.get(i);
      String path = month.paths.get(i);
      futures.add(
          pool.submit(
              () -> {
                String xhtml = month.scorecard(score);
                sink.accept(path, month.pdf(renderers.get(), Templates.SCORECARD, xhtml));
                progress.rendered(done.incrementAndGet(), scores.size());
                return path;
              }));
    }
    Future<String> summary =
        pool.submit(
            () -> {
              String xhtml = month.teamSummary();
              sink.accept(TEAM_SUMMARY, month.pdf(renderers.get(), Templates.TEAM_SUMMARY, xhtml));
              return TEAM_SUMMARY;
            });
    List<String> paths = new ArrayList<>();
    paths.add(await(summary));
    for (Future<String> f : futures) {
      paths.add(await(f));
    }
    return paths;
  }

  private static <T> T await(Future<T> future) throws TemplateError, IOException {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rendering scorecards", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof TemplateError t) {
        throw t;
      }
      if (e.getCause() instanceof IOException io) {
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

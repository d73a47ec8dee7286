package com.jixiao.render;

import com.jixiao.assess.AgentScore;
import com.jixiao.i18n.Messages;
import com.jixiao.job.MonthReport;
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

  /** The team summary first, then the scorecards in agent order. */
  public List<Pdf> render(MonthReport report, Messages messages) throws TemplateError {
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
      List<Future<byte[]>> futures = new ArrayList<>();
      for (AgentScore score : scores) {
        futures.add(
            pool.submit(
                () -> {
                  String xhtml =
                      templates.render(Templates.SCORECARD, pages.scorecard(score), messages);
                  byte[] pdf = renderers.get().render(xhtml, date);
                  progress.rendered(done.incrementAndGet(), scores.size());
                  return pdf;
                }));
      }
      Future<byte[]> summary =
          pool.submit(
              () ->
                  renderers
                      .get()
                      .render(
                          templates.render(Templates.TEAM_SUMMARY, pages.teamSummary(), messages),
                          date));
      List<Pdf> pdfs = new ArrayList<>();
      pdfs.add(new Pdf(TEAM_SUMMARY, await(summary)));
      for (int i = 0; i < futures.size(); i++) {
        pdfs.add(new Pdf(SCORECARDS_DIR + "/" + names.get(i), await(futures.get(i))));
      }
      return pdfs;
    } finally {
      pool.shutdownNow();
    }
  }

  private static byte[] await(Future<byte[]> future) throws TemplateError {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rendering scorecards", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof TemplateError t) {
        throw t;
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

package com.jixiao.render;

import com.lowagie.text.DocumentException;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfDate;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.GregorianCalendar;
import java.util.TimeZone;
import org.w3c.dom.Document;
import org.xhtmlrenderer.context.StyleReference;
import org.xhtmlrenderer.pdf.DefaultPDFCreationListener;
import org.xhtmlrenderer.pdf.ITextFontResolver;
import org.xhtmlrenderer.pdf.ITextOutputDevice;
import org.xhtmlrenderer.pdf.ITextRenderer;

/**
 * Turns an XHTML page into PDF bytes through Flying Saucer and OpenPDF, with the bundled CJK font
 * embedded as a subset. The output depends only on the page and the date given: creation and
 * modification dates are that date at midnight UTC, and the random parts OpenPDF would add (the
 * file ID, the subset tag of the font) are replaced by ones derived from the content, so the same
 * page gives the same bytes on every run.
 *
 * <p>Not thread-safe (a font subset is built while writing); use one renderer per thread.
 */
public final class PdfRenderer {
  /** The CSS font family of the bundled font. */
  public static final String FONT_FAMILY = "Noto Sans SC";

  private static final String FONT_RESOURCE = "fonts/NotoSansSC-Regular.ttf";
  private static final String RESOURCE_PATH = "com/jixiao/render/" + FONT_RESOURCE;

  /**
   * Deflate level of the embedded font subset: zlib's usual level. (When each page's subset was cut
   * from the whole font it kept tens of thousands of empty glyph slots, and level 4 was used to
   * halve the time spent compressing them; a subset of the run's font holds the page's outlines and
   * little else.)
   */
  public static final int FONT_COMPRESSION = 6;

  private final ITextFontResolver fonts;
  private final TemplateFolder folder;
  private final PageParser parser = new PageParser();

  /**
   * The parsed stylesheets, kept from page to page: Flying Saucer's default stylesheet and the
   * templates' CSS are parsed once per renderer instead of once per page (inline styles are named
   * by their content, {@link PageStyles}; the cache holds the last 16 stylesheets). Created with
   * the first page.
   */
  private KeptStylesheets css;

  /** False only in tests, to compare with Flying Saucer's whole default stylesheet. */
  private final boolean cutDefaultStyles;

  private PdfRenderer(ITextFontResolver fonts, TemplateFolder folder, boolean cutDefaultStyles) {
    this.fonts = fonts;
    this.folder = folder;
    this.cutDefaultStyles = cutDefaultStyles;
  }

  /**
   * A renderer with its own instance of the font (the font's bytes are shared), loading what pages
   * refer to only from {@code folder}.
   */
  public static PdfRenderer create(FontBytes fontBytes, TemplateFolder folder) {
    return create(fontBytes, folder, true);
  }

  /** {@code cutDefaultStyles} false: with Flying Saucer's whole default stylesheet (tests). */
  static PdfRenderer create(FontBytes fontBytes, TemplateFolder folder, boolean cutDefaultStyles) {
    try {
      BaseFont font =
          BaseFont.createFont(
              "NotoSansSC-Regular.ttf",
              BaseFont.IDENTITY_H,
              BaseFont.EMBEDDED,
              BaseFont.NOT_CACHED,
              fontBytes.bytes(),
              null);
      font.setCompressionLevel(FONT_COMPRESSION);
      ITextFontResolver fonts = new ITextFontResolver();
      // the path is read once more for the font's decorations (underline position and the like)
      fonts.addFont(font, fontBytes.path(), FONT_FAMILY);
      return new PdfRenderer(fonts, folder, cutDefaultStyles);
    } catch (DocumentException | IOException e) {
      throw new IllegalStateException("loading the bundled font " + FONT_RESOURCE, e);
    }
  }

  /**
   * A TrueType font's bytes, and a path OpenPDF can read it from again (a file, or a resource on
   * the class path) for the few values it takes from the file itself.
   */
  public record FontBytes(byte[] bytes, String path) {
    /** The bundled font, Noto Sans SC, whole. */
    public static FontBytes bundled() {
      try (InputStream in = PdfRenderer.class.getResourceAsStream(FONT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the bundled font " + FONT_RESOURCE + " is missing");
        }
        return new FontBytes(in.readAllBytes(), RESOURCE_PATH);
      } catch (IOException e) {
        throw new UncheckedIOException("reading the bundled font " + FONT_RESOURCE, e);
      }
    }
  }

  /**
   * Renders well-formed XHTML dated {@code date}. {@link TemplateRefusal} when the page refers to
   * anything but a file in the templates folder; {@link MalformedPage} when it is not well-formed
   * XHTML.
   */
  public byte[] render(String xhtml, LocalDate date) throws TemplateRefusal, MalformedPage {
    Document page = parser.parse(xhtml);
    ITextOutputDevice device = new ITextOutputDevice(ITextRenderer.DEFAULT_DOTS_PER_POINT);
    SandboxedUserAgent agent =
        new SandboxedUserAgent(device, ITextRenderer.DEFAULT_DOTS_PER_PIXEL, folder);
    ITextRenderer renderer =
        new ITextRenderer(
            ITextRenderer.DEFAULT_DOTS_PER_POINT,
            ITextRenderer.DEFAULT_DOTS_PER_PIXEL,
            device,
            agent,
            fonts);
    if (css == null) {
      css = new KeptStylesheets(agent);
    }
    css.setUserAgentCallback(agent);
    renderer.getSharedContext().setCss(css);
    renderer.setDocument(
        page, TemplateFolder.BASE.toString(), new PageStyles(page, cutDefaultStyles));
    renderer.layout();
    agent.throwIfRefused();
    PdfDate pdfDate = pdfDate(date);
    renderer.setListener(
        new DefaultPDFCreationListener() {
          @Override
          public void onClose(ITextRenderer r) {
            r.getWriter().getInfo().put(PdfName.CREATIONDATE, pdfDate);
            r.getWriter().getInfo().put(PdfName.MODDATE, pdfDate);
            r.getWriter().getInfo().put(PdfName.PRODUCER, new PdfString("jixiao"));
          }
        });
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      renderer.createPDF(out);
    } catch (DocumentException e) {
      throw new IllegalStateException("writing a PDF", e);
    }
    agent.throwIfRefused();
    return DeterministicPdf.fix(out.toByteArray());
  }

  /**
   * Flying Saucer's style state, whose stylesheets outlive a page. Flying Saucer empties the cache
   * of parsed stylesheets for every new document unless its global setting {@code
   * xr.cache.stylesheets} is on (a system property); this keeps them for this renderer alone. A
   * run's templates do not change while it renders, and every page gets its own user agent.
   */
  private static final class KeptStylesheets extends StyleReference {
    KeptStylesheets(SandboxedUserAgent agent) {
      super(agent);
    }

    @Override
    public void flushAllStyleSheets() {
      // kept: see the class comment
    }
  }

  private static PdfDate pdfDate(LocalDate date) {
    GregorianCalendar calendar = new GregorianCalendar(TimeZone.getTimeZone(ZoneOffset.UTC));
    calendar.clear();
    calendar.set(date.getYear(), date.getMonthValue() - 1, date.getDayOfMonth(), 0, 0, 0);
    return new PdfDate(calendar);
  }
}

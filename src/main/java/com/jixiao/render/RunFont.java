package com.jixiao.render;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import java.util.List;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.slf4j.LoggerFactory;

/**
 * The bundled font cut down, once per run, to the characters the run's pages contain: a few hundred
 * glyphs instead of Noto Sans SC's tens of thousands. OpenPDF then subsets each page from this
 * small font, which is quicker (it no longer walks the whole font's tables for every page) and
 * smaller (its subsets keep the font's glyph index, which for the full font is tens of thousands of
 * empty slots in every PDF). PDFBox's fontbox does the cutting, a maintained TrueType subsetter;
 * the result depends only on the characters, so the same run gives the same bytes.
 *
 * <p>OpenPDF reads the font's decorations (underline position and the like) from a file path, so
 * the cut font is also written to a temporary file, deleted by {@link #close()}.
 */
public final class RunFont implements AutoCloseable {
  /**
   * What OpenPDF reads from a TrueType font; the rest (GSUB, GPOS, vertical metrics) is left out.
   */
  private static final List<String> TABLES =
      List.of(
          "head", "hhea", "maxp", "OS/2", "hmtx", "cmap", "fpgm", "prep", "cvt ", "loca", "glyf",
          "name", "post");

  /**
   * Characters Flying Saucer may draw that are in no page's text: list markers, quotation marks of
   * {@code <q>}, dashes; and the printable ASCII range (page numbers, generated counters).
   */
  private static final String DRAWN_BY_LAYOUT = "•◦▪■□●○–—…“”‘’ ";

  static {
    quietFontbox();
  }

  private final PdfRenderer.FontBytes font;
  private final Path file;

  private RunFont(PdfRenderer.FontBytes font, Path file) {
    this.font = font;
    this.file = file;
  }

  /** The full font, parsed: what {@link #cut(Parsed, BitSet)} cuts from (once). */
  public static final class Parsed {
    private final TrueTypeFont font;

    private Parsed(TrueTypeFont font) {
      this.font = font;
    }
  }

  /** Parses the full font; apart from the cutting, so it can be done while pages are made. */
  public static Parsed parse(PdfRenderer.FontBytes full) throws IOException {
    return new Parsed(new TTFParser().parse(new RandomAccessReadBuffer(full.bytes())));
  }

  /** The cut font for pages whose text is made of {@code characters}. */
  public static RunFont cut(PdfRenderer.FontBytes full, BitSet characters) throws IOException {
    return cut(parse(full), characters);
  }

  /** The cut font for pages whose text is made of {@code characters}, from the parsed font. */
  public static RunFont cut(Parsed full, BitSet characters) throws IOException {
    BitSet wanted = withVariants(characters);
    TrueTypeFont parsed = full.font;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      TTFSubsetter subsetter = new TTFSubsetter(parsed, TABLES);
      wanted.stream().forEach(subsetter::add);
      subsetter.writeToStream(out);
    } finally {
      parsed.close();
    }
    byte[] bytes = out.toByteArray();
    Path file = Files.createTempFile("jixiao-font-", ".ttf");
    try {
      Files.write(file, bytes);
    } catch (IOException e) {
      Files.deleteIfExists(file);
      throw e;
    }
    return new RunFont(new PdfRenderer.FontBytes(bytes, file.toString()), file);
  }

  /** The font to give the renderers. */
  public PdfRenderer.FontBytes font() {
    return font;
  }

  /**
   * The characters with their upper, lower and title case forms (CSS text-transform) and what the
   * layout draws by itself.
   */
  static BitSet withVariants(BitSet characters) {
    BitSet all = (BitSet) characters.clone();
    characters.stream()
        .forEach(
            c -> {
              all.set(Character.toUpperCase(c));
              all.set(Character.toLowerCase(c));
              all.set(Character.toTitleCase(c));
            });
    all.set(0x20, 0x7f);
    DRAWN_BY_LAYOUT.codePoints().forEach(all::set);
    return all;
  }

  /**
   * fontbox warns that Noto Sans SC's format 14 cmap subtable (variation sequences) is not read:
   * true and of no consequence (OpenPDF does not read it either), but no news for the user's
   * console. (The logging configuration, logback.xml, would be the place for this; the level is set
   * only where nobody has set one.)
   */
  private static void quietFontbox() {
    if (LoggerFactory.getLogger("org.apache.fontbox") instanceof Logger logger
        && logger.getLevel() == null) {
      logger.setLevel(Level.ERROR);
    }
  }

  @Override
  public void close() throws IOException {
    Files.deleteIfExists(file);
  }
}

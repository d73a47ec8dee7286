package com.jixiao.workbook;

import com.jixiao.i18n.Message;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks an .xlsx's zip before anything is read from it: the directory as the reader that copies
 * the input into the filled workbook sees it ({@code WorkbookGraft}), and every part inflated once
 * against its checksum, within POI's zip-bomb limits. The filled workbook copies the parts jixiao
 * does not read byte for byte, so a damaged part would otherwise pass into it unnoticed (found by
 * the fuzzer: a valid-looking run whose filled workbook did not open).
 *
 * <p>In the same pass, every XML part that POI or the graft parses is read once with a streaming
 * parser that only counts how deep it nests: XML nested beyond {@link DamagedXml#MAX_DEPTH} levels
 * (which would overflow the stack of the DOM serializer and of POI's readers), a DOCTYPE and XML
 * that is not well-formed are damage, said in one line. Worksheets are left to {@link SheetParser},
 * which applies the same limit while it reads them, so the largest parts are not parsed twice.
 * Entries named like a path outside the package ({@code ../x}, {@code /x}) or stored as symbolic
 * links are damage too: no spreadsheet program writes them, and a tool that unpacks the filled copy
 * could be made to write outside its folder.
 */
final class ZipCheck {
  /** Below this many inflated bytes a part is never a bomb (as POI's grace size). */
  private static final long GRACE_BYTES = 100 * 1024;

  /** Worksheet parts, whose depth {@link SheetParser} checks as it reads them. */
  private static final Pattern WORKSHEET =
      Pattern.compile("xl/worksheets/[^/]+\\.xml", Pattern.CASE_INSENSITIVE);

  private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:");

  /** What is wrong: a bomb (a part inflating beyond POI's limits), or damage described. */
  record Damage(boolean bomb, Message what, Message hint) {}

  private ZipCheck() {}

  static Optional<Damage> of(Path xlsx) {
    String file = xlsx.getFileName().toString();
    try (ZipFile zip = ZipFile.builder().setPath(xlsx).get()) {
      Enumeration<ZipArchiveEntry> entries = zip.getEntries();
      if (!entries.hasMoreElements()) {
        return Optional.of(corrupt(file, "no parts"));
      }
      byte[] buffer = new byte[1 << 16];
      while (entries.hasMoreElements()) {
        Optional<Damage> damage = check(file, zip, entries.nextElement(), buffer);
        if (damage.isPresent()) {
          return damage;
        }
      }
      return Optional.empty();
    } catch (IOException | RuntimeException e) {
      return Optional.of(corrupt(file, XlsxSource.describe(e)));
    }
  }

  private static Damage corrupt(String file, String why) {
    return new Damage(
        false, Message.of("error.file.corrupt", file, why), Message.of("hint.file.corrupt"));
  }

  private static Damage unusual(String file, String part, Message reason) {
    return new Damage(
        false,
        Message.of("error.file.damaged", file, part, reason),
        Message.of("hint.file.unusual"));
  }

  private static Optional<Damage> check(
      String file, ZipFile zip, ZipArchiveEntry entry, byte[] buffer) {
    String name = entry.getName();
    if (isOutsideThePackage(name)) {
      return Optional.of(
          new Damage(
              false,
              Message.of("error.file.entry_outside", file, name),
              Message.of("hint.file.unusual")));
    }
    if (entry.isUnixSymlink()) {
      return Optional.of(
          new Damage(
              false,
              Message.of("error.file.entry_symlink", file, name),
              Message.of("hint.file.unusual")));
    }
    if (entry.isDirectory()) {
      return Optional.empty();
    }
    long compressed = Math.max(1, entry.getCompressedSize());
    long limit =
        Math.min(
            ZipSecureFile.getMaxEntrySize(),
            Math.max(GRACE_BYTES, (long) (compressed / ZipSecureFile.getMinInflateRatio())));
    Inflated in;
    try (InputStream raw = zip.getInputStream(entry)) {
      in = new Inflated(raw, limit);
      if (isParsedXml(name)) {
        checkDepth(in);
      }
      in.drain(buffer);
    } catch (Inflated.TooLarge bomb) {
      return Optional.of(
          new Damage(
              true, Message.of("error.file.zip_bomb", file), Message.of("hint.file.zip_bomb")));
    } catch (SAXException e) {
      if (e.getException() instanceof Inflated.TooLarge) {
        return Optional.of(
            new Damage(
                true, Message.of("error.file.zip_bomb", file), Message.of("hint.file.zip_bomb")));
      }
      Optional<Message> unusual = DamagedXml.unusual(e);
      return Optional.of(
          unusual.isPresent()
              ? unusual(file, name, unusual.get())
              : corrupt(file, name + ": " + XlsxSource.describe(e)));
    } catch (IOException | RuntimeException e) {
      return Optional.of(corrupt(file, name + ": " + XlsxSource.describe(e)));
    }
    if ((entry.getCrc() != -1 && in.crc() != entry.getCrc())
        || (entry.getSize() != -1 && in.size() != entry.getSize())) {
      return Optional.of(corrupt(file, name + ": checksum mismatch"));
    }
    return Optional.empty();
  }

  /**
   * "../x", "/x", "C:x", "a\..\x": a name no package part has, and a path elsewhere if unpacked.
   */
  static boolean isOutsideThePackage(String name) {
    if (name.startsWith("/") || name.contains("\\") || DRIVE.matcher(name).lookingAt()) {
      return true; // parts are named with forward slashes, relative, without a drive
    }
    for (String segment : name.split("/")) {
      if (segment.equals("..")) {
        return true;
      }
    }
    return false;
  }

  /** XML parts other than worksheets: what POI and the graft parse (relationships, workbook…). */
  static boolean isParsedXml(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    return (lower.endsWith(".xml") || lower.endsWith(".rels"))
        && !WORKSHEET.matcher(name).matches();
  }

  /** Reads the part as XML, keeping nothing but the depth, with POI's hardened parser settings. */
  private static void checkDepth(InputStream xml) throws IOException, SAXException {
    XMLReader reader;
    try {
      reader = XMLHelper.newXMLReader();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no XML parser", e);
    }
    reader.setErrorHandler(DamagedXml.SILENT);
    reader.setContentHandler(
        new DefaultHandler() {
          private int depth;

          @Override
          public void startElement(String uri, String local, String qName, Attributes a)
              throws SAXException {
            if (++depth > DamagedXml.MAX_DEPTH) {
              throw DamagedXml.tooDeep();
            }
          }

          @Override
          public void endElement(String uri, String local, String qName) {
            depth--;
          }
        });
    reader.parse(new InputSource(xml));
  }

  /**
   * A part's bytes as they inflate: counted against the bomb limit and summed into a checksum. The
   * XML parser closes what it reads; the zip entry is closed by its owner, so close does nothing.
   */
  private static final class Inflated extends FilterInputStream {
    /** More bytes than the part's compressed size allows: a bomb. */
    static final class TooLarge extends IOException {
      TooLarge() {
        super("inflates beyond the zip-bomb limit");
      }
    }

    private final long limit;
    private final CRC32 crc = new CRC32();
    private long size;

    Inflated(InputStream in, long limit) {
      super(in);
      this.limit = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
        crc.update(b);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
        crc.update(b, off, n);
      }
      return n;
    }

    private void count(int n) throws TooLarge {
      size += n;
      if (size > limit) {
        throw new TooLarge();
      }
    }

    @Override
    public long skip(long n) throws IOException {
      byte[] buffer = new byte[(int) Math.min(n, 1 << 16)];
      int read = read(buffer, 0, buffer.length);
      return Math.max(read, 0);
    }

    @Override
    public void close() {
      // the zip entry's stream is closed by check(); the parser must not end it early
    }

    void drain(byte[] buffer) throws IOException {
      while (read(buffer, 0, buffer.length) > 0) {
        // counted and summed by read
      }
    }

    long crc() {
      return crc.getValue();
    }

    long size() {
      return size;
    }
  }
}

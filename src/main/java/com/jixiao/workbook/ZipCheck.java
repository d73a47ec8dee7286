package com.jixiao.workbook;

import com.jixiao.i18n.Message;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.zip.CRC32;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Checks an .xlsx's zip before anything is read from it: the directory as the reader that copies
 * the input into the filled workbook sees it ({@code WorkbookGraft}), and every part inflated once
 * against its checksum, within POI's zip-bomb limits. The filled workbook copies the parts jixiao
 * does not read byte for byte, so a damaged part would otherwise pass into it unnoticed (found by
 * the fuzzer: a valid-looking run whose filled workbook did not open).
 *
 * <p>In the same pass, every XML part that the reader or the graft parses is read once with a
 * streaming parser that only counts how deep it nests: XML nested beyond {@link
 * DamagedXml#MAX_DEPTH} levels (which would overflow the stack of the DOM serializer and of POI's
 * readers), a DOCTYPE and XML that is not well-formed are damage, said in one line. Worksheets are
 * checked as they are read instead ({@link #open}: the same limit, checksum and depth), so the
 * largest parts are inflated once, not twice; {@link XlsxSource} checks those it did not read
 * before the workbook is accepted. Entries named like a path outside the package ({@code ../x},
 * {@code /x}) or stored as symbolic links are damage too: no spreadsheet program writes them, and a
 * tool that unpacks the filled copy could be made to write outside its folder.
 */
final class ZipCheck {
  /**
   * The smallest ratio of compressed to inflated size a part may have: one byte may inflate to a
   * hundred, and no more (POI's default, ZipSecureFile's; real sheets inflate about tenfold).
   */
  static final double MIN_INFLATE_RATIO = 0.01;

  /** The largest a part may inflate to (POI's default): 4 GiB. */
  static final long MAX_ENTRY_SIZE = 0xFFFFFFFFL;

  /** Below this many inflated bytes a part is never a bomb (as POI's grace size). */
  private static final long GRACE_BYTES = 100 * 1024;

  /** Worksheet parts, checked as {@link SheetParser} reads them. */
  private static final Pattern WORKSHEET =
      Pattern.compile("xl/worksheets/[^/]+\\.xml", Pattern.CASE_INSENSITIVE);

  private static final Pattern DRIVE = Pattern.compile("[A-Za-z]:");

  /** What is wrong: a bomb (a part inflating beyond POI's limits), or damage described. */
  record Damage(boolean bomb, Message what, Message hint) {}

  private ZipCheck() {}

  /**
   * Checks the directory and every part but those {@code later} names (the worksheets, which are
   * checked as they are read: {@link #open}), stopping at the first damage.
   */
  static Optional<Damage> of(String file, ZipFile zip, Predicate<String> later) {
    try {
      Enumeration<ZipArchiveEntry> entries = zip.getEntries();
      if (!entries.hasMoreElements()) {
        return Optional.of(corrupt(file, "no parts"));
      }
      byte[] buffer = new byte[1 << 16];
      while (entries.hasMoreElements()) {
        ZipArchiveEntry entry = entries.nextElement();
        Optional<Damage> damage = checkName(file, entry);
        if (damage.isEmpty() && !entry.isDirectory() && !later.test(entry.getName())) {
          damage = check(file, zip, entry, buffer);
        }
        if (damage.isPresent()) {
          return damage;
        }
      }
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of(corrupt(file, XlsxSource.describe(e)));
    }
  }

  /**
   * A part's bytes as they inflate, within the zip-bomb limit: a part that inflates beyond it, or
   * whose bytes do not match its checksum once read to the end, is {@link PartDamage}.
   */
  static CheckedPart open(String file, ZipFile zip, ZipArchiveEntry entry) throws IOException {
    return new CheckedPart(file, entry, zip.getInputStream(entry));
  }

  /** Damage found in a part while it was read: said as the whole file's damage. */
  static final class PartDamage extends IOException {
    private final transient Damage damage;

    PartDamage(Damage damage) {
      super(damage.what().key());
      this.damage = damage;
    }

    Damage damage() {
      return damage;
    }
  }

  /** A part read with the checks of {@link #check}: see {@link #open}. */
  static final class CheckedPart extends FilterInputStream {
    private final String file;
    private final ZipArchiveEntry entry;
    private final InputStream raw;

    private CheckedPart(String file, ZipArchiveEntry entry, InputStream raw) {
      super(new Inflated(raw, limit(entry)));
      this.file = file;
      this.entry = entry;
      this.raw = raw;
    }

    @Override
    public int read() throws IOException {
      try {
        return super.read();
      } catch (IOException | RuntimeException e) {
        throw damage(e);
      }
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      try {
        return super.read(b, off, len);
      } catch (IOException | RuntimeException e) {
        throw damage(e);
      }
    }

    /** A part that inflates too far, or not at all: the file's damage, as {@link #check} says. */
    private PartDamage damage(Exception e) {
      return new PartDamage(
          e instanceof Inflated.TooLarge
              ? bomb(file)
              : corrupt(file, entry.getName() + ": " + XlsxSource.describe(e)));
    }

    /** Reads what the parser left and compares the whole with the part's checksum. */
    void verify() throws IOException {
      Inflated inflated = (Inflated) in;
      try {
        inflated.drain(new byte[1 << 13]);
      } catch (IOException | RuntimeException e) {
        throw damage(e);
      }
      if (mismatch(entry, inflated)) {
        throw new PartDamage(corrupt(file, entry.getName() + ": checksum mismatch"));
      }
    }

    @Override
    public void close() throws IOException {
      raw.close();
    }
  }

  private static Damage bomb(String file) {
    return new Damage(
        true, Message.of("error.file.zip_bomb", file), Message.of("hint.file.zip_bomb"));
  }

  private static boolean mismatch(ZipArchiveEntry entry, Inflated in) {
    return (entry.getCrc() != -1 && in.crc() != entry.getCrc())
        || (entry.getSize() != -1 && in.size() != entry.getSize());
  }

  /** The limit for a part: its compressed size over the smallest inflate ratio, past grace. */
  private static long limit(ZipArchiveEntry entry) {
    long compressed = Math.max(1, entry.getCompressedSize());
    return Math.min(MAX_ENTRY_SIZE, Math.max(GRACE_BYTES, (long) (compressed / MIN_INFLATE_RATIO)));
  }

  /**
   * Worksheet parts: checked as they are read ({@link #open}), or by {@link
   * XlsxSource#checkUnreadSheets} when they are not.
   */
  static boolean isCheckedWhenRead(String name) {
    return WORKSHEET.matcher(name).matches();
  }

  static Damage corrupt(String file, String why) {
    return new Damage(
        false, Message.of("error.file.corrupt", file, why), Message.of("hint.file.corrupt"));
  }

  private static Damage unusual(String file, String part, Message reason) {
    return new Damage(
        false,
        Message.of("error.file.damaged", file, part, reason),
        Message.of("hint.file.unusual"));
  }

  private static Optional<Damage> checkName(String file, ZipArchiveEntry entry) {
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
    return Optional.empty();
  }

  private static Optional<Damage> check(
      String file, ZipFile zip, ZipArchiveEntry entry, byte[] buffer) {
    String name = entry.getName();
    Inflated in;
    try (InputStream raw = zip.getInputStream(entry)) {
      in = new Inflated(raw, limit(entry));
      if (isParsedXml(name)) {
        checkDepth(in);
      }
      in.drain(buffer);
    } catch (Inflated.TooLarge bomb) {
      return Optional.of(bomb(file));
    } catch (DamagedXml e) {
      return Optional.of(unusual(file, name, e.reason()));
    } catch (IOException | RuntimeException e) {
      if (XmlInput.cause(e, Inflated.TooLarge.class).isPresent()) {
        return Optional.of(bomb(file));
      }
      return Optional.of(corrupt(file, name + ": " + XlsxSource.describe(e)));
    }
    if (mismatch(entry, in)) {
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

  /** Reads the part as XML, keeping nothing but the depth (which {@link XmlInput} limits). */
  private static void checkDepth(InputStream xml) throws IOException {
    XmlInput parser = XmlInput.of(xml);
    try {
      while (parser.next() != javax.xml.stream.XMLStreamConstants.END_DOCUMENT) {
        // XmlInput counts the depth and refuses a DOCTYPE
      }
    } finally {
      parser.close();
    }
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

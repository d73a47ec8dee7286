package com.jixiao.workbook;

import com.jixiao.files.FileNames;
import com.jixiao.i18n.Message;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

/**
 * An input .xlsx opened read-only for streaming: the sheet names in order, and each sheet parsed on
 * demand ({@link SheetParser}). The file is never written. Files that are not an .xlsx (old .xls,
 * password-protected, truncated, a zip bomb, not a spreadsheet) become one clear problem instead of
 * an exception.
 *
 * <p>Every part is checked before the workbook is accepted ({@link ZipCheck}): the small parts when
 * the file is opened, each worksheet as it is read (so the largest parts are inflated once), and
 * the worksheets not read by {@link #checkUnreadSheets}. Damage found in a part while reading is
 * the whole file's ({@link #reportDamage}).
 */
public final class XlsxSource implements AutoCloseable {
  private final String file;
  private final ZipFile zip;
  private final XlsxParts parts;
  private final SharedStringTable strings;
  private final CellFormats formats;
  private final Map<String, String> outputSheets;
  private final Set<String> checked = new HashSet<>();
  private ZipCheck.Damage damage;

  private XlsxSource(
      String file,
      ZipFile zip,
      XlsxParts parts,
      SharedStringTable strings,
      CellFormats formats,
      Map<String, String> outputSheets) {
    this.file = file;
    this.zip = zip;
    this.parts = parts;
    this.strings = strings;
    this.formats = formats;
    this.outputSheets = Collections.unmodifiableMap(new LinkedHashMap<>(outputSheets));
  }

  /**
   * Whether the workbook holds VBA macros (an .xlsm, or an .xlsx with a VBA project): the filled
   * workbook leaves them out.
   */
  public boolean hasMacros() {
    return parts.macros;
  }

  /**
   * The sheets jixiao wrote in an earlier run (see {@link OutputMarks}): sheet name → the output
   * sheet's key ("" for a sheet of an older filled workbook, recognised by its part's place).
   */
  public Map<String, String> outputSheets() {
    return outputSheets;
  }

  /** The sheet names, in workbook order. */
  public List<String> sheetNames() {
    return new ArrayList<>(parts.sheets.keySet());
  }

  /** Parses one sheet; {@code layout} picks the header row and the columns to keep. */
  SheetTable read(String name, Function<List<TableRow>, SheetParser.Layout> layout)
      throws IOException {
    try (SheetRows rows = rows(name, layout)) {
      List<TableRow> all = new ArrayList<>();
      for (TableRow row = rows.next(); row != null; row = rows.next()) {
        all.add(row);
      }
      return new SheetTable(name, rows.header(), all);
    }
  }

  /** Parses one sheet of the standard workbook, keeping the columns its schema knows. */
  public SheetTable read(String name, SheetSchema schema) throws IOException {
    return read(name, rows -> SheetReader.layout(schema, rows));
  }

  /**
   * A sheet of the standard workbook read row by row as the caller asks for them, keeping none: the
   * columns its schema knows, below the header.
   */
  public SheetRows rows(String name, SheetSchema schema) throws IOException {
    return rows(name, rows -> SheetReader.layout(schema, rows));
  }

  SheetRows rows(String name, Function<List<TableRow>, SheetParser.Layout> layout)
      throws IOException {
    String part = parts.sheets.get(name);
    ZipCheck.CheckedPart in = ZipCheck.open(file, zip, zip.getEntry(part));
    try {
      return new SheetRows(name, in, SheetParser.open(in, strings, formats, layout), part);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  /**
   * A sheet's rows as they are parsed. The part is checked as it inflates and, at its end, against
   * its checksum: damage is remembered for {@link #reportDamage} and ends the rows; XML the parser
   * refuses is an IOException naming the sheet.
   */
  public final class SheetRows implements AutoCloseable {
    private final String name;
    private final ZipCheck.CheckedPart in;
    private final SheetParser parser;
    private final String part;

    private SheetRows(String name, ZipCheck.CheckedPart in, SheetParser parser, String part) {
      this.name = name;
      this.in = in;
      this.parser = parser;
      this.part = part;
    }

    /** The header row, reading as far as finding it needs. */
    public TableRow header() throws IOException {
      try {
        return parser.header();
      } catch (IOException e) {
        throw failed(e);
      }
    }

    /** The next non-blank row below the header, or null after the last. */
    public TableRow next() throws IOException {
      try {
        TableRow row = parser.next();
        if (row == null && checked.add(part)) {
          in.verify();
        }
        return row;
      } catch (IOException e) {
        throw failed(e);
      }
    }

    /** Damage of the part is remembered; any other failure names the sheet. */
    private IOException failed(IOException e) {
      if (e instanceof ZipCheck.PartDamage d) {
        if (damage == null) {
          damage = d.damage();
        }
        return d;
      }
      // a DamagedXml among the causes says why in the user's words (ReadContext)
      return new IOException("sheet " + name + " is not readable: " + e.getMessage(), e);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /**
   * Checks the worksheets that were not read (sheets the reader passes over, a filled workbook's
   * output sheets), which the filled workbook copies byte for byte.
   */
  public void checkUnreadSheets() {
    for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
      String part = entry.getName();
      if (damage != null) {
        return;
      }
      if (ZipCheck.isCheckedWhenRead(part) && !entry.isDirectory() && checked.add(part)) {
        try (ZipCheck.CheckedPart in = ZipCheck.open(file, zip, entry)) {
          in.verify();
        } catch (ZipCheck.PartDamage e) {
          damage = e.damage();
        } catch (IOException e) {
          damage = ZipCheck.corrupt(file, part + ": " + describe(e));
        }
      }
    }
  }

  /** Whether a part was found damaged while reading (a zip bomb, a checksum that differs). */
  public boolean damaged() {
    return damage != null;
  }

  /**
   * If a part was found damaged (a zip bomb, a checksum that does not match), records it in {@code
   * problems} as the file's one problem and returns true.
   */
  public boolean reportDamage(Problems problems) {
    if (damage == null) {
      return false;
    }
    problems.file(damage.what(), damage.hint());
    return true;
  }

  @Override
  public void close() {
    try {
      zip.close();
    } catch (IOException e) {
      // read-only: nothing was written that closing could lose
    }
  }

  /** Opens the file, or records why it cannot be read and returns empty. */
  public static Optional<XlsxSource> open(Path path, Problems problems) {
    String name = FileNames.nameOf(path);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(path))) {
      if (in.read() < 0) {
        problems.file(Message.of("error.file.empty", name), Message.of("hint.file.not_xlsx"));
        return Optional.empty();
      }
    } catch (NoSuchFileException e) {
      problems.file(
          Message.of("error.file.missing", path.toString()), Message.of("hint.file.missing"));
      return Optional.empty();
    } catch (IOException e) {
      problems.file(
          Message.of("error.file.unreadable", path.toString(), String.valueOf(e.getMessage())),
          Message.of("hint.file.unreadable"));
      return Optional.empty();
    }
    byte[] head = new byte[8];
    int read;
    try (InputStream in = Files.newInputStream(path)) {
      read = in.readNBytes(head, 0, head.length);
    } catch (IOException e) {
      read = 0;
    }
    if (read == head.length && Arrays.equals(head, OLE2)) {
      boolean encrypted = isEncrypted(path);
      problems.file(
          Message.of(encrypted ? "error.file.encrypted" : "error.file.xls", name),
          Message.of(encrypted ? "hint.file.encrypted" : "hint.file.xls"));
      return Optional.empty();
    }
    if (read < ZIP.length || !Arrays.equals(head, 0, ZIP.length, ZIP, 0, ZIP.length)) {
      problems.file(Message.of("error.file.not_xlsx", name), Message.of("hint.file.not_xlsx"));
      return Optional.empty();
    }
    ZipFile zip;
    try {
      zip = ZipFile.builder().setPath(path).get();
    } catch (IOException | RuntimeException e) {
      problems.file(
          Message.of("error.file.corrupt", name, describe(e)), Message.of("hint.file.corrupt"));
      return Optional.empty();
    }
    Optional<XlsxSource> source = open(name, zip, problems);
    if (source.isEmpty()) {
      try {
        zip.close();
      } catch (IOException e) {
        // the file could not be read anyway: that is what is reported
      }
    }
    return source;
  }

  private static Optional<XlsxSource> open(String name, ZipFile zip, Problems problems) {
    Optional<ZipCheck.Damage> damage = ZipCheck.of(name, zip, ZipCheck::isCheckedWhenRead);
    if (damage.isPresent()) {
      problems.file(damage.get().what(), damage.get().hint());
      return Optional.empty();
    }
    try {
      XlsxParts parts = XlsxParts.of(zip);
      Map<String, String> outputs;
      try (InputStream workbookXml = XlsxParts.open(zip, parts.workbookPart)) {
        outputs = new LinkedHashMap<>(OutputMarks.read(workbookXml));
      }
      parts.sheets.forEach(
          (sheet, part) -> {
            if (OutputMarks.isGraftedPart(part)) {
              outputs.putIfAbsent(sheet, "");
            }
          });
      CellFormats formats = CellFormats.NONE;
      if (parts.styles.isPresent()) {
        try (InputStream in = XlsxParts.open(zip, parts.styles.get())) {
          formats = CellFormats.read(in);
        }
      }
      SharedStringTable strings = SharedStringTable.NONE;
      if (parts.sharedStrings.isPresent()) {
        try (InputStream in = XlsxParts.open(zip, parts.sharedStrings.get())) {
          strings = SharedStringTable.read(in);
        }
      }
      return Optional.of(new XlsxSource(name, zip, parts, strings, formats, outputs));
    } catch (DamagedXml e) {
      problems.file(
          Message.of("error.file.damaged", name, "", e.reason()), Message.of("hint.file.unusual"));
    } catch (IOException | RuntimeException e) {
      problems.file(
          Message.of("error.file.corrupt", name, describe(e)), Message.of("hint.file.corrupt"));
    }
    return Optional.empty();
  }

  /**
   * The first bytes of an OLE2 compound file: an old .xls, or an encrypted .xlsx. (Checked here
   * rather than with POI's FileMagic, whose first use sets up POI's logging.)
   */
  private static final byte[] OLE2 = {
    (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1
  };

  /** The first bytes of a zip: a local file header. */
  private static final byte[] ZIP = {'P', 'K', 3, 4};

  private static boolean isEncrypted(Path path) {
    try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
      return fs.getRoot().hasEntry("EncryptionInfo");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Whether POI refused a part for inflating beyond its zip limits (ZipSecureFile). */
  public static boolean isZipBomb(Throwable e) {
    return describe(e).toLowerCase(Locale.ROOT).contains("zip bomb");
  }

  public static String describe(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}

package com.jixiao.workbook;

import com.jixiao.i18n.Message;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.SAXException;

/**
 * An input .xlsx opened read-only for streaming: the sheet names in order, and each sheet parsed on
 * demand with SAX ({@link SheetParser}). The file is never written. Files that are not an .xlsx
 * (old .xls, password-protected, truncated, a zip bomb, not a spreadsheet) become one clear problem
 * instead of an exception.
 */
public final class XlsxSource implements AutoCloseable {
  private final OPCPackage pkg;
  private final ReadOnlySharedStringsTable strings;
  private final StylesTable styles;
  private final Map<String, PackagePart> sheets;
  private final Map<String, String> outputSheets;
  private final boolean macros;

  private XlsxSource(
      OPCPackage pkg,
      ReadOnlySharedStringsTable strings,
      StylesTable styles,
      Map<String, PackagePart> sheets,
      Map<String, String> outputSheets) {
    this.pkg = pkg;
    this.strings = strings;
    this.styles = styles;
    this.sheets = sheets;
    this.outputSheets = outputSheets;
    this.macros =
        !pkg.getPartsByContentType(VBA_PROJECT).isEmpty()
            || !pkg.getPartsByContentType(MACRO_WORKBOOK).isEmpty();
  }

  private static final String VBA_PROJECT = "application/vnd.ms-office.vbaProject";
  private static final String MACRO_WORKBOOK =
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

  /**
   * Whether the workbook holds VBA macros (an .xlsm, or an .xlsx with a VBA project): the filled
   * workbook leaves them out.
   */
  public boolean hasMacros() {
    return macros;
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
    return new ArrayList<>(sheets.keySet());
  }

  /** Parses one sheet; {@code layout} picks the header row and the columns to keep. */
  SheetTable read(String name, Function<List<TableRow>, SheetParser.Layout> layout)
      throws IOException {
    try (InputStream in = sheets.get(name).getInputStream()) {
      return SheetParser.parse(name, in, strings, styles, layout);
    } catch (SAXException e) {
      throw unreadable(name, e);
    }
  }

  /** Parses one sheet of the standard workbook, keeping the columns its schema knows. */
  public SheetTable read(String name, SheetSchema schema) throws IOException {
    return read(name, rows -> SheetReader.layout(schema, rows));
  }

  /**
   * Parses a sheet of the standard workbook, handing each row on as it is read: {@code start} gets
   * the header row and returns what takes the rows below it.
   */
  public void stream(
      String name,
      SheetSchema schema,
      Function<TableRow, java.util.function.Consumer<TableRow>> start)
      throws IOException {
    stream(name, rows -> SheetReader.layout(schema, rows), start);
  }

  /** Parses a sheet handing each row on as it is read ({@link SheetParser#stream}). */
  void stream(
      String name,
      Function<List<TableRow>, SheetParser.Layout> layout,
      Function<TableRow, java.util.function.Consumer<TableRow>> start)
      throws IOException {
    try (InputStream in = sheets.get(name).getInputStream()) {
      SheetParser.stream(in, strings, styles, layout, start);
    } catch (SAXException e) {
      throw unreadable(name, e);
    }
  }

  /** A sheet's parse error; a DOCTYPE or too deep a nesting as {@link DamagedXml}, said plainly. */
  private static IOException unreadable(String sheet, SAXException e) {
    SAXException cause = DamagedXml.unusual(e).<SAXException>map(DamagedXml::new).orElse(e);
    return new IOException("sheet " + sheet + " is not readable: " + e.getMessage(), cause);
  }

  @Override
  public void close() {
    pkg.revert(); // read-only: close without saving anything
  }

  /** Opens the file, or records why it cannot be read and returns empty. */
  public static Optional<XlsxSource> open(Path path, Problems problems) {
    String name = path.getFileName().toString();
    FileMagic magic;
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
    try (InputStream in = FileMagic.prepareToCheckMagic(Files.newInputStream(path))) {
      magic = FileMagic.valueOf(in);
    } catch (IOException e) {
      magic = FileMagic.UNKNOWN;
    }
    if (magic == FileMagic.OLE2) {
      boolean encrypted = isEncrypted(path);
      problems.file(
          Message.of(encrypted ? "error.file.encrypted" : "error.file.xls", name),
          Message.of(encrypted ? "hint.file.encrypted" : "hint.file.xls"));
      return Optional.empty();
    }
    if (magic != FileMagic.OOXML) {
      problems.file(Message.of("error.file.not_xlsx", name), Message.of("hint.file.not_xlsx"));
      return Optional.empty();
    }
    Optional<ZipCheck.Damage> damage = ZipCheck.of(path);
    if (damage.isPresent()) {
      problems.file(damage.get().what(), damage.get().hint());
      return Optional.empty();
    }
    OPCPackage pkg = null;
    try {
      pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
      XSSFReader reader = new XSSFReader(pkg);
      Map<String, PackagePart> sheets = new LinkedHashMap<>();
      XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
      while (it.hasNext()) {
        it.next().close(); // only the names and parts now; each sheet is parsed when needed
        sheets.put(it.getSheetName(), it.getSheetPart());
      }
      Map<String, String> outputs;
      try (InputStream workbookXml = reader.getWorkbookData()) {
        outputs = new LinkedHashMap<>(OutputMarks.read(workbookXml));
      }
      sheets.forEach(
          (sheet, part) -> {
            if (OutputMarks.isGraftedPart(part.getPartName().getName())) {
              outputs.putIfAbsent(sheet, "");
            }
          });
      StylesTable styles = reader.getStylesTable();
      ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
      return Optional.of(new XlsxSource(pkg, strings, styles, sheets, outputs));
    } catch (EncryptedDocumentException e) {
      problems.file(Message.of("error.file.encrypted", name), Message.of("hint.file.encrypted"));
    } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
      // POI reports damaged packages with a range of exceptions (InvalidFormatException,
      // POIXMLException, NotOfficeXmlFileException, ...): all mean "this file is damaged".
      boolean bomb = isZipBomb(e);
      problems.file(
          bomb
              ? Message.of("error.file.zip_bomb", name)
              : Message.of("error.file.corrupt", name, describe(e)),
          Message.of(bomb ? "hint.file.zip_bomb" : "hint.file.corrupt"));
    }
    if (pkg != null) {
      pkg.revert();
    }
    return Optional.empty();
  }

  private static boolean isEncrypted(Path path) {
    try (POIFSFileSystem fs = new POIFSFileSystem(path.toFile(), true)) {
      return fs.getRoot().hasEntry("EncryptionInfo");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** Whether POI refused a part for inflating beyond its zip limits (ZipSecureFile). */
  public static boolean isZipBomb(Throwable e) {
    return describe(e).toLowerCase(java.util.Locale.ROOT).contains("zip bomb");
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

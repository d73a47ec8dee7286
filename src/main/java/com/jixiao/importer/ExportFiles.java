package com.jixiao.importer;

import com.jixiao.files.FileNames;
import com.jixiao.i18n.Message;
import com.jixiao.workbook.Problems;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens an export file by what it holds, not by its name: back offices name CSV files .xls and web
 * pages .xls. An .xlsx is read as a workbook; text (CSV or tab-separated, in UTF-8, UTF-16 or
 * GB18030) as a table; an old .xls, a web page, a password-protected or damaged file is one clear
 * problem saying how to get a file that can be read.
 */
public final class ExportFiles {
  /**
   * A month of daily rows for 2,000 agents is about 10 MB of CSV; anything larger than this is not
   * an export, and reading it whole into memory (as text, or an .xlsx's sheets as a POI workbook)
   * could exhaust the heap.
   */
  static final long MAX_BYTES = 32L * 1024 * 1024;

  /** The most sheet XML an .xlsx export may inflate to (its sheets become a POI workbook). */
  static final long MAX_SHEET_XML = 96L * 1024 * 1024;

  private ExportFiles() {}

  /** Reads one export, or records why it cannot be read and returns empty. */
  public static Optional<ExportFile> read(Path path, int order, Problems problems) {
    String name = FileNames.nameOf(path);
    byte[] bytes;
    try {
      if (Files.size(path) > MAX_BYTES) {
        problems.sheet(
            name,
            order,
            Message.of("import.file.too_large", name, MAX_BYTES >> 20),
            Message.of("import.hint.file.too_large"));
        return Optional.empty();
      }
      bytes = Files.readAllBytes(path);
    } catch (NoSuchFileException e) {
      problems.sheet(
          name,
          order,
          Message.of("import.file.missing", path.toString()),
          Message.of("import.hint.file.missing"));
      return Optional.empty();
    } catch (IOException e) {
      problems.sheet(
          name,
          order,
          Message.of("import.file.unreadable", path.toString(), String.valueOf(e.getMessage())),
          Message.of("import.hint.file.unreadable"));
      return Optional.empty();
    }
    if (bytes.length == 0) {
      problems.sheet(
          name,
          order,
          Message.of("import.file.empty", name),
          Message.of("import.hint.file.export_again"));
      return Optional.empty();
    }
    FileMagic magic;
    try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(bytes))) {
      magic = FileMagic.valueOf(in);
    } catch (IOException e) {
      magic = FileMagic.UNKNOWN;
    }
    return switch (magic) {
      case OOXML -> xlsx(path, name, order, bytes, problems);
      case OLE2 -> {
        boolean encrypted = isEncrypted(bytes);
        problems.sheet(
            name,
            order,
            Message.of(encrypted ? "import.file.encrypted" : "import.file.xls", name),
            Message.of(encrypted ? "import.hint.file.encrypted" : "import.hint.file.xls"));
        yield Optional.empty();
      }
      default -> text(name, order, bytes, problems);
    };
  }

  private static Optional<ExportFile> xlsx(
      Path path, String name, int order, byte[] bytes, Problems problems) {
    if (sheetXmlSize(path) > MAX_SHEET_XML) {
      problems.sheet(
          name,
          order,
          Message.of("import.file.too_large", name, MAX_SHEET_XML >> 20),
          Message.of("import.hint.file.too_large"));
      return Optional.empty();
    }
    try (OPCPackage pkg = OPCPackage.open(path.toFile(), PackageAccess.READ);
        XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
      ExportFile file =
          new ExportFile(
              name, order, "xlsx", digest(bytes), XlsxExport.sheets(workbook, name, order));
      pkg.revert(); // read-only: never write the export back
      return Optional.of(file);
    } catch (EncryptedDocumentException e) {
      problems.sheet(
          name,
          order,
          Message.of("import.file.encrypted", name),
          Message.of("import.hint.file.encrypted"));
    } catch (IOException
        | org.apache.poi.openxml4j.exceptions.InvalidFormatException
        | RuntimeException e) {
      // POI reports damaged packages and zip bombs with a range of exceptions
      problems.sheet(
          name,
          order,
          Message.of("import.file.corrupt", name, describe(e)),
          Message.of("import.hint.file.export_again"));
    }
    return Optional.empty();
  }

  private static Optional<ExportFile> text(
      String name, int order, byte[] bytes, Problems problems) {
    if (looksLikeHtml(bytes)) {
      problems.sheet(
          name, order, Message.of("import.file.html", name), Message.of("import.hint.file.html"));
      return Optional.empty();
    }
    Optional<TextDecoding.Decoded> decoded = TextDecoding.decode(bytes);
    if (decoded.isEmpty()) {
      problems.sheet(
          name,
          order,
          Message.of("import.file.encoding", name),
          Message.of("import.hint.file.encoding"));
      return Optional.empty();
    }
    CsvExport.Parsed parsed = CsvExport.parse(decoded.get().text());
    if (!parsed.ok()) {
      problems.cell(
          name,
          order,
          (int) parsed.badLine() - 1,
          0,
          Message.of("import.csv.unclosed_quote", parsed.badLine()),
          Message.of("import.hint.csv.unclosed_quote"));
      return Optional.empty();
    }
    ExportSheet sheet =
        new ExportSheet(new ExportSource(name, Optional.empty(), order), parsed.rows());
    return Optional.of(
        new ExportFile(
            name, order, "CSV, " + decoded.get().encoding(), digest(bytes), List.of(sheet)));
  }

  /**
   * The inflated size of the worksheets as the zip directory states it (a part that inflates to
   * more than it states is caught by POI's zip-bomb guard); unknown sizes count as 0.
   */
  private static long sheetXmlSize(Path path) {
    long total = 0;
    try (ZipFile zip = new ZipFile(path.toFile())) {
      for (ZipEntry e : Collections.list(zip.entries())) {
        if (e.getName().contains("worksheets/") && e.getSize() > 0) {
          total += e.getSize();
        }
      }
    } catch (IOException e) {
      return 0; // a damaged zip is reported when POI opens it
    }
    return total;
  }

  /** A password-protected .xlsx is stored in an OLE2 container with an EncryptionInfo stream. */
  private static boolean isEncrypted(byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      return fs.getRoot().hasEntry("EncryptionInfo");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** A web page saved with a spreadsheet's name (some back offices export HTML tables as .xls). */
  private static boolean looksLikeHtml(byte[] bytes) {
    String start =
        new String(bytes, 0, Math.min(bytes.length, 512), StandardCharsets.ISO_8859_1)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    if (start.startsWith("\u00ef\u00bb\u00bf")) {
      start = start.substring(3).stripLeading();
    }
    return start.startsWith("<!doctype html")
        || start.startsWith("<html")
        || start.startsWith("<table")
        || start.startsWith("<?xml") && start.contains("<html");
  }

  private static String digest(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  private static String describe(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    String m = t.getMessage();
    return m == null ? t.getClass().getSimpleName() : m.lines().findFirst().orElse(m);
  }
}

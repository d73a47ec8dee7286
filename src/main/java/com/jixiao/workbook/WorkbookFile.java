package com.jixiao.workbook;

import com.jixiao.i18n.Message;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Opens an input workbook read-only: the file's bytes are read once and never written back. Files
 * that are not an .xlsx (old .xls, password-protected, truncated, not a spreadsheet) become one
 * clear problem instead of an exception.
 */
public final class WorkbookFile {
  private WorkbookFile() {}

  public static Optional<XSSFWorkbook> open(Path path, Problems problems) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(path);
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
    if (bytes.length == 0) {
      problems.file(
          Message.of("error.file.empty", path.getFileName().toString()),
          Message.of("hint.file.not_xlsx"));
      return Optional.empty();
    }
    FileMagic magic;
    try (InputStream in = FileMagic.prepareToCheckMagic(new ByteArrayInputStream(bytes))) {
      magic = FileMagic.valueOf(in);
    } catch (IOException e) {
      magic = FileMagic.UNKNOWN;
    }
    if (magic == FileMagic.OLE2) {
      problems.file(
          ole2Problem(bytes, path),
          Message.of(isEncrypted(bytes) ? "hint.file.encrypted" : "hint.file.xls"));
      return Optional.empty();
    }
    if (magic != FileMagic.OOXML) {
      problems.file(
          Message.of("error.file.not_xlsx", path.getFileName().toString()),
          Message.of("hint.file.not_xlsx"));
      return Optional.empty();
    }
    try {
      return Optional.of(new XSSFWorkbook(new ByteArrayInputStream(bytes)));
    } catch (EncryptedDocumentException e) {
      problems.file(
          Message.of("error.file.encrypted", path.getFileName().toString()),
          Message.of("hint.file.encrypted"));
    } catch (IOException | RuntimeException e) {
      // POI reports damaged packages with a range of runtime exceptions (POIXMLException,
      // NotOfficeXmlFileException, RecordFormatException, ...): all mean "this file is damaged".
      problems.file(
          Message.of("error.file.corrupt", path.getFileName().toString(), describe(e)),
          Message.of("hint.file.corrupt"));
    }
    return Optional.empty();
  }

  private static Message ole2Problem(byte[] bytes, Path path) {
    String name = path.getFileName().toString();
    return isEncrypted(bytes)
        ? Message.of("error.file.encrypted", name)
        : Message.of("error.file.xls", name);
  }

  private static boolean isEncrypted(byte[] bytes) {
    try (POIFSFileSystem fs = new POIFSFileSystem(new ByteArrayInputStream(bytes))) {
      return fs.getRoot().hasEntry("EncryptionInfo");
    } catch (IOException | RuntimeException e) {
      return false;
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

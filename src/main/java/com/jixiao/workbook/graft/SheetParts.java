package com.jixiao.workbook.graft;

import static com.jixiao.workbook.graft.PartXml.MAIN;
import static com.jixiao.workbook.graft.PartXml.PKG_REL;
import static com.jixiao.workbook.graft.PartXml.REL_NS;
import static com.jixiao.workbook.graft.PartXml.elements;
import static com.jixiao.workbook.graft.PartXml.parse;
import static com.jixiao.workbook.graft.PartXml.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * An input .xlsx's sheets as raw XML parts, opened read-only: a sheet's part by the sheet's name,
 * and the shared strings its cells point to. For editing one sheet's XML while the rest of the
 * package is copied ({@link WorkbookGraft.SheetEdit}).
 */
public final class SheetParts implements AutoCloseable {
  /** Opens a part's bytes, again each time it is called. */
  @FunctionalInterface
  public interface PartSource {
    InputStream open() throws IOException;
  }

  private final ZipFile zip;
  private final Map<String, String> partOfSheet;
  private final List<String> sharedStrings;

  private SheetParts(ZipFile zip, Map<String, String> partOfSheet, List<String> sharedStrings) {
    this.zip = zip;
    this.partOfSheet = partOfSheet;
    this.sharedStrings = sharedStrings;
  }

  public static SheetParts open(Path xlsx) throws IOException {
    ZipFile zip = ZipFile.builder().setPath(xlsx).get();
    try {
      PackageParts parts = PackageParts.of(zip);
      return new SheetParts(zip, partsBySheetName(zip, parts), parts.sharedStrings);
    } catch (IOException | RuntimeException e) {
      zip.close();
      throw e;
    }
  }

  /** The sheet name → its part name, from the workbook part and its relationships. */
  static Map<String, String> partsBySheetName(ZipFile zip, PackageParts parts) throws IOException {
    Map<String, String> targetOf = new HashMap<>();
    for (Element r : elements(parse(zip, parts.workbookRels), PKG_REL, "Relationship")) {
      targetOf.put(r.getAttribute("Id"), resolve(parts.base, r.getAttribute("Target")));
    }
    Document workbook = parse(zip, parts.workbookPart);
    Map<String, String> bySheet = new HashMap<>();
    for (Element sheet : elements(workbook, MAIN, "sheet")) {
      String part = targetOf.get(sheet.getAttributeNS(REL_NS, "id"));
      if (part != null) {
        bySheet.put(sheet.getAttribute("name"), part);
      }
    }
    return bySheet;
  }

  /** The XML of the sheet with this name, if the workbook has it. */
  public Optional<PartSource> sheet(String name) {
    String part = partOfSheet.get(name);
    ZipArchiveEntry entry = part == null ? null : zip.getEntry(part);
    if (entry == null) {
      return Optional.empty();
    }
    return Optional.of(() -> zip.getInputStream(entry));
  }

  /** The shared string at an index, as a cell of type "s" refers to it. */
  public String sharedString(int index) {
    return sharedStrings.get(index);
  }

  @Override
  public void close() throws IOException {
    zip.close();
  }
}

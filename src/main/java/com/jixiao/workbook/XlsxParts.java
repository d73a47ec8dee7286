package com.jixiao.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.stream.XMLStreamConstants;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;

/**
 * Where the parts of an .xlsx package are, found as a spreadsheet program finds them: the root
 * relationships name the workbook part, the workbook's relationships its sheets, styles and shared
 * strings, and the content types tell whether a part holds macros. Nothing else of the package is
 * read. (POI's OPCPackage does this and much more, loading several hundred classes and parsing the
 * content types as a DOM; reading a workbook needs only these few lookups, as in fastexcel's
 * OPCPackage.)
 *
 * <p>Relationship types are matched by their last segment, so transitional and strict files are
 * read alike. A sheet the workbook lists without a part behind it makes the package damaged.
 */
final class XlsxParts {
  private static final String VBA_PROJECT = "application/vnd.ms-office.vbaProject";
  private static final String MACRO_WORKBOOK =
      "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

  final String workbookPart;

  /** Sheet name → its part, in workbook order. */
  final Map<String, String> sheets;

  final Optional<String> styles;
  final Optional<String> sharedStrings;
  final boolean macros;

  private XlsxParts(
      String workbookPart,
      Map<String, String> sheets,
      Optional<String> styles,
      Optional<String> sharedStrings,
      boolean macros) {
    this.workbookPart = workbookPart;
    this.sheets = sheets;
    this.styles = styles;
    this.sharedStrings = sharedStrings;
    this.macros = macros;
  }

  /** A relationship: its type's last segment and its target's part name. */
  private record Rel(String type, String target) {}

  static XlsxParts of(ZipFile zip) throws IOException {
    String workbook =
        relationships(zip, "_rels/.rels", "").values().stream()
            .filter(r -> r.type().equals("officeDocument"))
            .map(Rel::target)
            .findFirst()
            .orElseThrow(() -> new IOException("no workbook part in the package"));
    int slash = workbook.lastIndexOf('/');
    String base = workbook.substring(0, slash + 1);
    Map<String, Rel> rels =
        relationships(zip, base + "_rels/" + workbook.substring(slash + 1) + ".rels", base);
    Map<String, String> sheets = new LinkedHashMap<>();
    for (Map.Entry<String, String> sheet : sheetIds(zip, workbook).entrySet()) {
      Rel rel = rels.get(sheet.getValue());
      if (rel == null || !isSheet(rel.type()) || zip.getEntry(rel.target()) == null) {
        throw new IOException("no part for the sheet " + sheet.getKey());
      }
      sheets.put(sheet.getKey(), rel.target());
    }
    return new XlsxParts(
        workbook,
        sheets,
        target(rels, "styles").filter(p -> zip.getEntry(p) != null),
        target(rels, "sharedStrings").filter(p -> zip.getEntry(p) != null),
        hasMacros(zip));
  }

  private static boolean isSheet(String type) {
    return type.equals("worksheet")
        || type.equals("chartsheet")
        || type.equals("dialogsheet")
        || type.equals("macrosheet")
        || type.equals("xlMacrosheet")
        || type.equals("xlIntlMacrosheet");
  }

  private static Optional<String> target(Map<String, Rel> rels, String type) {
    return rels.values().stream().filter(r -> r.type().equals(type)).map(Rel::target).findFirst();
  }

  static InputStream open(ZipFile zip, String part) throws IOException {
    ZipArchiveEntry entry = zip.getEntry(part);
    if (entry == null) {
      throw new IOException("missing part " + part);
    }
    return zip.getInputStream(entry);
  }

  /** Id → relationship of a relationships part (internal targets only, resolved from base). */
  private static Map<String, Rel> relationships(ZipFile zip, String part, String base)
      throws IOException {
    Map<String, Rel> rels = new HashMap<>();
    try (InputStream in = open(zip, part)) {
      XmlInput xml = XmlInput.of(in);
      for (int e = xml.next(); e != XMLStreamConstants.END_DOCUMENT; e = xml.next()) {
        if (e == XMLStreamConstants.START_ELEMENT
            && xml.xml().getLocalName().equals("Relationship")
            && !"External".equals(xml.attribute("TargetMode"))) {
          String id = xml.attribute("Id");
          String type = xml.attribute("Type");
          String target = xml.attribute("Target");
          if (id != null && type != null && target != null) {
            rels.putIfAbsent(
                id, new Rel(type.substring(type.lastIndexOf('/') + 1), resolve(base, target)));
          }
        }
      }
      xml.close();
    }
    return rels;
  }

  /**
   * The sheets the workbook part lists: name → relationship id, in order (a sheet without an id is
   * passed over, as POI does).
   */
  private static Map<String, String> sheetIds(ZipFile zip, String workbook) throws IOException {
    Map<String, String> sheets = new LinkedHashMap<>();
    try (InputStream in = open(zip, workbook)) {
      XmlInput xml = XmlInput.of(in);
      for (int e = xml.next(); e != XMLStreamConstants.END_DOCUMENT; e = xml.next()) {
        if (e == XMLStreamConstants.START_ELEMENT
            && xml.xml().getLocalName().equalsIgnoreCase("sheet")) {
          String name = xml.attribute("name");
          String id = xml.attribute("id");
          if (name != null && id != null && !id.isEmpty()) {
            sheets.put(name, id);
          }
        }
      }
      xml.close();
    }
    return sheets;
  }

  /**
   * "worksheets/sheet1.xml" from "xl/" → "xl/worksheets/sheet1.xml"; "/xl/x.xml" → "xl/x.xml";
   * "../x.xml" from "xl/" → "x.xml".
   */
  static String resolve(String base, String target) {
    String path = target.startsWith("/") ? target.substring(1) : base + target;
    Deque<String> parts = new ArrayDeque<>();
    for (String segment : path.split("/")) {
      if (segment.equals("..")) {
        parts.pollLast();
      } else if (!segment.isEmpty() && !segment.equals(".")) {
        parts.addLast(segment);
      }
    }
    return String.join("/", parts);
  }

  /**
   * Whether a part's content type is a VBA project or a macro-enabled workbook: by its override,
   * else by its extension's default, as the content types part gives them.
   */
  private static boolean hasMacros(ZipFile zip) throws IOException {
    Map<String, String> defaults = new HashMap<>();
    Map<String, String> overrides = new HashMap<>();
    try (InputStream in = open(zip, "[Content_Types].xml")) {
      XmlInput xml = XmlInput.of(in);
      for (int e = xml.next(); e != XMLStreamConstants.END_DOCUMENT; e = xml.next()) {
        if (e != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String type = xml.attribute("ContentType");
        String local = xml.xml().getLocalName();
        if (type == null) {
          continue;
        } else if (local.equals("Default") && xml.attribute("Extension") != null) {
          defaults.put(xml.attribute("Extension").toLowerCase(Locale.ROOT), type);
        } else if (local.equals("Override") && xml.attribute("PartName") != null) {
          overrides.put(resolve("", xml.attribute("PartName")), type);
        }
      }
      xml.close();
    }
    for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
      String name = entry.getName();
      String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
      String type = overrides.getOrDefault(name, defaults.get(ext));
      if (!entry.isDirectory() && (VBA_PROJECT.equals(type) || MACRO_WORKBOOK.equals(type))) {
        return true;
      }
    }
    return false;
  }
}

package com.jixiao.workbook.graft;

import static com.jixiao.workbook.graft.PartXml.MAIN;
import static com.jixiao.workbook.graft.PartXml.PKG_REL;
import static com.jixiao.workbook.graft.PartXml.REL_NS;
import static com.jixiao.workbook.graft.PartXml.elements;
import static com.jixiao.workbook.graft.PartXml.parse;
import static com.jixiao.workbook.graft.PartXml.resolve;
import static com.jixiao.workbook.graft.PartXml.strip;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * A package's workbook-level part names, found through its root relationships: the workbook part
 * and its relationships, the folder they are in, the styles part, the sheet parts and the shared
 * strings.
 */
final class PackageParts {
  private static final String OFFICE_DOCUMENT = REL_NS + "/officeDocument";
  static final String WORKSHEET = REL_NS + "/worksheet";
  static final String STYLES = REL_NS + "/styles";

  String workbookPart;
  String workbookRels;
  String base;
  String stylesPart;
  List<String> sharedStrings = List.of();
  final Set<String> sheetParts = new HashSet<>();

  private PackageParts() {}

  static PackageParts of(ZipFile zip) throws IOException {
    PackageParts p = new PackageParts();
    Document root = parse(zip, "_rels/.rels");
    for (Element r : elements(root, PKG_REL, "Relationship")) {
      if (OFFICE_DOCUMENT.equals(r.getAttribute("Type"))) {
        p.workbookPart = strip(r.getAttribute("Target"));
      }
    }
    if (p.workbookPart == null) {
      throw new IOException("no workbook part in the package");
    }
    int slash = p.workbookPart.lastIndexOf('/');
    p.base = p.workbookPart.substring(0, slash + 1);
    p.workbookRels = p.base + "_rels/" + p.workbookPart.substring(slash + 1) + ".rels";
    for (Element r : elements(parse(zip, p.workbookRels), PKG_REL, "Relationship")) {
      String target = resolve(p.base, r.getAttribute("Target"));
      String type = r.getAttribute("Type");
      if (STYLES.equals(type)) {
        p.stylesPart = target;
      } else if (WORKSHEET.equals(type)) {
        p.sheetParts.add(target);
      } else if ((REL_NS + "/sharedStrings").equals(type)) {
        p.sharedStrings = sharedStrings(zip, target);
      }
    }
    return p;
  }

  static List<String> sharedStrings(ZipFile zip, String part) throws IOException {
    List<String> strings = new ArrayList<>();
    for (Element si : elements(parse(zip, part), MAIN, "si")) {
      StringBuilder b = new StringBuilder();
      for (Element t : elements(si, "t")) {
        b.append(t.getTextContent());
      }
      strings.add(b.toString());
    }
    return strings;
  }
}

package com.jixiao.workbook.graft;

import static com.jixiao.workbook.graft.PartXml.PKG_REL;
import static com.jixiao.workbook.graft.PartXml.TYPES;
import static com.jixiao.workbook.graft.PartXml.elements;
import static com.jixiao.workbook.graft.PartXml.parse;
import static com.jixiao.workbook.graft.PartXml.resolve;
import static com.jixiao.workbook.graft.PartXml.strip;

import java.io.IOException;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The VBA macros of a macro-enabled input (an .xlsm, or an .xlsx that holds a VBA project), left
 * out of the filled workbook. The filled workbook is always an .xlsx, which Excel refuses to open
 * when its workbook part says "macro-enabled"; and a payroll file passed on to finance should not
 * carry code. So the VBA project (and its signature) is dropped, and the workbook part becomes an
 * ordinary workbook (a template's too). The input file keeps its macros; an alert says they were
 * left out.
 */
final class MacroParts {
  private static final String VBA_PROJECT =
      "http://schemas.microsoft.com/office/2006/relationships/vbaProject";
  private static final String VBA_CONTENT = "application/vnd.ms-office.vbaProject";
  private static final String WORKBOOK =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

  /** Workbook-part content types an .xlsx must not have: macro-enabled, or a template's. */
  private static final Set<String> NOT_AN_XLSX =
      Set.of(
          "application/vnd.ms-excel.sheet.macroEnabled.main+xml",
          "application/vnd.ms-excel.template.macroEnabled.main+xml",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.template.main+xml");

  private MacroParts() {}

  /**
   * Removes the VBA project from the workbook's relationships and content types and makes the
   * workbook part an ordinary workbook; returns the parts to leave out of the copy.
   */
  static Set<String> drop(ZipFile input, PackageParts src, Document rels, Document types)
      throws IOException {
    Set<String> dropped = new HashSet<>();
    for (Element r : elements(rels, PKG_REL, "Relationship")) {
      if (VBA_PROJECT.equals(r.getAttribute("Type"))) {
        String part = resolve(src.base, r.getAttribute("Target"));
        dropped.add(part);
        dropped.addAll(ownParts(input, part));
        r.getParentNode().removeChild(r);
      }
    }
    for (Element o : elements(types, TYPES, "Override")) {
      if (dropped.contains(strip(o.getAttribute("PartName")))) {
        o.getParentNode().removeChild(o);
      } else if (NOT_AN_XLSX.contains(o.getAttribute("ContentType"))) {
        o.setAttribute("ContentType", WORKBOOK);
      }
    }
    boolean binLeft =
        Collections.list(input.getEntries()).stream()
            .anyMatch(e -> e.getName().endsWith(".bin") && !dropped.contains(e.getName()));
    for (Element d : elements(types, TYPES, "Default")) {
      if (VBA_CONTENT.equals(d.getAttribute("ContentType")) && !binLeft) {
        d.getParentNode().removeChild(d);
      }
    }
    return dropped;
  }

  /** The VBA project's own relationships and what they name (its digital signature). */
  private static Set<String> ownParts(ZipFile input, String part) throws IOException {
    Set<String> parts = new HashSet<>();
    int slash = part.lastIndexOf('/');
    String relsName = part.substring(0, slash + 1) + "_rels/" + part.substring(slash + 1) + ".rels";
    if (input.getEntry(relsName) != null) {
      parts.add(relsName);
      for (Element r : elements(parse(input, relsName), PKG_REL, "Relationship")) {
        if (!"External".equals(r.getAttribute("TargetMode"))) {
          parts.add(resolve(part.substring(0, slash + 1), r.getAttribute("Target")));
        }
      }
    }
    return parts;
  }
}

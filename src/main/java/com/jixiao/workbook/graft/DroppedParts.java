package com.jixiao.workbook.graft;

import static com.jixiao.workbook.graft.PartXml.MAIN;
import static com.jixiao.workbook.graft.PartXml.PKG_REL;
import static com.jixiao.workbook.graft.PartXml.REL_NS;
import static com.jixiao.workbook.graft.PartXml.TYPES;
import static com.jixiao.workbook.graft.PartXml.elements;
import static com.jixiao.workbook.graft.PartXml.parse;
import static com.jixiao.workbook.graft.PartXml.resolve;
import static com.jixiao.workbook.graft.PartXml.strip;

import java.io.IOException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * The parts of the input a graft leaves out: the sheets an earlier run wrote (with their comments,
 * drawings and relationship files, their entries in the workbook, its relationships, content types
 * and sheet-local defined names), and the calculation chain when an input sheet is rewritten.
 */
final class DroppedParts {
  private DroppedParts() {}

  /** Removes input sheets named in {@code replace}; returns the parts no longer needed. */
  static Set<String> replacedSheets(
      ZipFile input,
      Set<String> replace,
      PackageParts src,
      Document workbook,
      Document rels,
      Document types)
      throws IOException {
    Set<String> dropped = new HashSet<>();
    List<Element> sheets = elements(workbook, MAIN, "sheet");
    Map<Integer, Integer> newIndex = new HashMap<>();
    int kept = 0;
    for (int i = 0; i < sheets.size(); i++) {
      Element sheet = sheets.get(i);
      if (!replace.contains(sheet.getAttribute("name"))) {
        newIndex.put(i, kept++);
        continue;
      }
      String rid = sheet.getAttributeNS(REL_NS, "id");
      for (Element r : elements(rels, PKG_REL, "Relationship")) {
        if (rid.equals(r.getAttribute("Id"))) {
          String part = resolve(src.base, r.getAttribute("Target"));
          dropped.add(part);
          dropped.addAll(partsOf(input, part));
          r.getParentNode().removeChild(r);
        }
      }
      sheet.getParentNode().removeChild(sheet);
    }
    for (Element name : elements(workbook, MAIN, "definedName")) {
      if (name.hasAttribute("localSheetId")) {
        Integer to = newIndex.get(Integer.parseInt(name.getAttribute("localSheetId")));
        if (to == null) {
          name.getParentNode().removeChild(name);
        } else {
          name.setAttribute("localSheetId", String.valueOf(to));
        }
      }
    }
    for (Element o : elements(types, TYPES, "Override")) {
      if (dropped.contains(strip(o.getAttribute("PartName")))) {
        o.getParentNode().removeChild(o);
      }
    }
    return dropped;
  }

  /** Removes the calculation chain and its relationship and content type; returns its part. */
  static Set<String> calcChain(PackageParts src, Document rels, Document types) {
    Set<String> dropped = new HashSet<>();
    for (Element r : elements(rels, PKG_REL, "Relationship")) {
      if ((REL_NS + "/calcChain").equals(r.getAttribute("Type"))) {
        dropped.add(resolve(src.base, r.getAttribute("Target")));
        r.getParentNode().removeChild(r);
      }
    }
    for (Element o : elements(types, TYPES, "Override")) {
      if (dropped.contains(strip(o.getAttribute("PartName")))) {
        o.getParentNode().removeChild(o);
      }
    }
    return dropped;
  }

  /** A sheet's own parts (comments, drawings, their relationship files), for dropping it. */
  private static Set<String> partsOf(ZipFile input, String sheetPart) throws IOException {
    Set<String> parts = new HashSet<>();
    int slash = sheetPart.lastIndexOf('/');
    String relsName =
        sheetPart.substring(0, slash + 1) + "_rels/" + sheetPart.substring(slash + 1) + ".rels";
    if (input.getEntry(relsName) == null) {
      return parts;
    }
    parts.add(relsName);
    for (Element r : elements(parse(input, relsName), PKG_REL, "Relationship")) {
      if (!"External".equals(r.getAttribute("TargetMode"))) {
        String part = resolve(sheetPart.substring(0, slash + 1), r.getAttribute("Target"));
        parts.add(part);
        int s = part.lastIndexOf('/');
        parts.add(part.substring(0, s + 1) + "_rels/" + part.substring(s + 1) + ".rels");
      }
    }
    return parts;
  }
}

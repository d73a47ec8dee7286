package com.jixiao.workbook.graft;

import static com.jixiao.workbook.graft.PartXml.MAIN;
import static com.jixiao.workbook.graft.PartXml.PKG_REL;
import static com.jixiao.workbook.graft.PartXml.TYPES;
import static com.jixiao.workbook.graft.PartXml.attr;
import static com.jixiao.workbook.graft.PartXml.childElements;
import static com.jixiao.workbook.graft.PartXml.elements;
import static com.jixiao.workbook.graft.PartXml.parse;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The input's styles with the results' styles appended: fonts, fills, borders and cell formats
 * after the input's own, custom number formats under ids the input does not use. The grafted cells'
 * style indexes move by {@code xfOffset}.
 */
record StyleMerge(String partName, byte[] bytes, int xfOffset) {
  private static final int FIRST_CUSTOM_NUMFMT = 164;

  static StyleMerge merge(
      ZipFile input,
      ZipFile results,
      PackageParts src,
      PackageParts res,
      Document workbook,
      Document rels,
      Document types,
      Document resTypes,
      String folder)
      throws IOException {
    byte[] resStyles = results.getInputStream(results.getEntry(res.stylesPart)).readAllBytes();
    if (src.stylesPart == null) {
      // an input without styles takes the results' styles whole
      String part = src.base + "styles.xml";
      Element rel = rels.createElementNS(PKG_REL, "Relationship");
      rel.setAttribute("Id", "rIdJixiaoStyles");
      rel.setAttribute("Type", PackageParts.STYLES);
      rel.setAttribute("Target", "styles.xml");
      rels.getDocumentElement().appendChild(rel);
      Element o = types.createElementNS(TYPES, "Override");
      o.setAttribute("PartName", "/" + part);
      o.setAttribute(
          "ContentType", "application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml");
      types.getDocumentElement().appendChild(o);
      return new StyleMerge(part, resStyles, 0);
    }
    Document into = parse(input, src.stylesPart);
    Document from = parse(new ByteArrayInputStream(resStyles));
    Map<Integer, Integer> numFmts = mergeNumFmts(into, from);
    int fonts = append(into, from, "fonts");
    int fills = append(into, from, "fills");
    int borders = append(into, from, "borders");
    Element intoXfs = section(into, "cellXfs");
    int xfOffset = elements(intoXfs, "xf").size();
    for (Element xf : elements(section(from, "cellXfs"), "xf")) {
      Element copy = (Element) into.importNode(xf, true);
      shift(copy, "fontId", fonts);
      shift(copy, "fillId", fills);
      shift(copy, "borderId", borders);
      int fmt = Integer.parseInt(attr(copy, "numFmtId", "0"));
      copy.setAttribute("numFmtId", String.valueOf(numFmts.getOrDefault(fmt, fmt)));
      copy.setAttribute("xfId", "0");
      intoXfs.appendChild(copy);
    }
    recount(intoXfs);
    return new StyleMerge(src.stylesPart, PartXml.bytes(into), xfOffset);
  }

  /** Custom number formats of the results get ids the input does not use; built-ins keep theirs. */
  static Map<Integer, Integer> mergeNumFmts(Document into, Document from) {
    Map<Integer, Integer> map = new HashMap<>();
    List<Element> fromFmts = elements(from, MAIN, "numFmt");
    if (fromFmts.isEmpty()) {
      return map;
    }
    Element intoSection = section(into, "numFmts");
    Map<String, Integer> existing = new HashMap<>();
    int next = FIRST_CUSTOM_NUMFMT;
    for (Element f : elements(intoSection, "numFmt")) {
      int id = Integer.parseInt(f.getAttribute("numFmtId"));
      existing.put(f.getAttribute("formatCode"), id);
      next = Math.max(next, id + 1);
    }
    for (Element f : fromFmts) {
      int id = Integer.parseInt(f.getAttribute("numFmtId"));
      String code = f.getAttribute("formatCode");
      Integer same = existing.get(code);
      if (same != null) {
        map.put(id, same);
        continue;
      }
      Element copy = (Element) into.importNode(f, true);
      copy.setAttribute("numFmtId", String.valueOf(next));
      intoSection.appendChild(copy);
      existing.put(code, next);
      map.put(id, next++);
    }
    recount(intoSection);
    return map;
  }

  /** Appends the results' children of a styles section; returns the offset of the first. */
  static int append(Document into, Document from, String sectionName) {
    Element intoSection = section(into, sectionName);
    int offset = childElements(intoSection).size();
    List<Element> fromSection = elements(from, MAIN, sectionName);
    if (!fromSection.isEmpty()) {
      for (Element child : childElements(fromSection.get(0))) {
        intoSection.appendChild(into.importNode(child, true));
      }
    }
    recount(intoSection);
    return offset;
  }

  /** The styles section, created in schema order if the input lacks it. */
  static Element section(Document styles, String name) {
    List<Element> found = elements(styles, MAIN, name);
    if (!found.isEmpty()) {
      return found.get(0);
    }
    List<String> order =
        List.of("numFmts", "fonts", "fills", "borders", "cellStyleXfs", "cellXfs", "cellStyles");
    Element created = styles.createElementNS(MAIN, name);
    Element root = styles.getDocumentElement();
    Node before = null;
    for (Element child : childElements(root)) {
      int at = order.indexOf(child.getLocalName());
      if (at < 0 || at > order.indexOf(name)) {
        before = child;
        break;
      }
    }
    root.insertBefore(created, before);
    return created;
  }

  static void recount(Element section) {
    section.setAttribute("count", String.valueOf(childElements(section).size()));
  }

  static void shift(Element e, String attribute, int by) {
    if (e.hasAttribute(attribute)) {
      e.setAttribute(attribute, String.valueOf(Integer.parseInt(e.getAttribute(attribute)) + by));
    }
  }
}

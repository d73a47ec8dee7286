package com.jixiao.workbook;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.util.XMLHelper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Writes the filled workbook without ever loading the input's sheets: every part of the input .xlsx
 * is copied byte for byte (so input sheets stay exactly as they were, however large), and the
 * sheets of a small results workbook are grafted in after them. The grafted parts move under a
 * folder of their own; their styles are appended to the input's styles and their cells' style
 * indexes shifted; their shared strings become inline strings; the workbook, its relationships,
 * content types and defined names (filters, print areas) are extended. Input sheets named in {@code
 * replace} (output sheets of an earlier run) are left out.
 */
final class WorkbookGraft {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String REL_NS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  private static final String PKG_REL =
      "http://schemas.openxmlformats.org/package/2006/relationships";
  private static final String TYPES =
      "http://schemas.openxmlformats.org/package/2006/content-types";
  private static final String OFFICE_DOCUMENT = REL_NS + "/officeDocument";
  private static final String WORKSHEET = REL_NS + "/worksheet";
  private static final String STYLES = REL_NS + "/styles";
  private static final int FIRST_CUSTOM_NUMFMT = 164;

  private final ZipFile input;
  private final ZipFile results;
  private final Set<String> replace;
  private final Map<String, List<TableWriter.CellNote>> notes;

  private WorkbookGraft(
      ZipFile input,
      ZipFile results,
      Set<String> replace,
      Map<String, List<TableWriter.CellNote>> notes) {
    this.input = input;
    this.results = results;
    this.replace = replace;
    this.notes = notes;
  }

  /**
   * Writes input + the sheets of {@code resultsXlsx} to {@code out}, with the cell comments in
   * {@code notes} (by sheet name) added to the grafted sheets.
   */
  static void graft(
      Path inputXlsx,
      byte[] resultsXlsx,
      Set<String> replace,
      Map<String, List<TableWriter.CellNote>> notes,
      OutputStream out)
      throws IOException {
    try (ZipFile in = ZipFile.builder().setPath(inputXlsx).get();
        ZipFile res =
            ZipFile.builder()
                .setSeekableByteChannel(
                    new org.apache.commons.compress.utils.SeekableInMemoryByteChannel(resultsXlsx))
                .get()) {
      new WorkbookGraft(in, res, replace, notes).write(out);
    }
  }

  // ---- the plan -----------------------------------------------------------------------------

  private void write(OutputStream out) throws IOException {
    Package src = Package.of(input);
    Package res = Package.of(results);
    String folder = freeFolder(src);

    Document types = parse(input, "[Content_Types].xml");
    Document resTypes = parse(results, "[Content_Types].xml");
    Document workbook = parse(input, src.workbookPart);
    Document rels = parse(input, src.workbookRels);
    Document resWorkbook = parse(results, res.workbookPart);
    Document resRels = parse(results, res.workbookRels);

    Set<String> dropped = dropReplacedSheets(src, workbook, rels, types);
    int keptSheets = elements(workbook, MAIN, "sheet").size();

    StyleMerge styles = mergeStyles(src, res, workbook, rels, types, resTypes, folder);

    Map<String, String> moved = new LinkedHashMap<>(); // results part → new part name
    for (ZipArchiveEntry e : Collections.list(results.getEntries())) {
      String name = e.getName();
      if (name.startsWith(res.base) && !isWorkbookLevel(res, name)) {
        moved.put(name, folder + name.substring(res.base.length()));
      }
    }
    List<Grafted> grafted =
        addSheets(src, res, workbook, rels, resWorkbook, resRels, moved, keptSheets);
    addContentTypes(types, resTypes, moved);
    Map<String, byte[]> extraParts = new LinkedHashMap<>();
    Map<String, List<String[]>> extraRels = new HashMap<>();
    Map<String, String> legacyDrawing = new HashMap<>();
    addComments(grafted, folder, types, extraParts, extraRels, legacyDrawing);

    try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(out)) {
      Set<String> rewritten = Set.of("[Content_Types].xml", src.workbookPart, src.workbookRels);
      for (ZipArchiveEntry e : Collections.list(input.getEntries())) {
        String name = e.getName();
        if (rewritten.contains(name) || dropped.contains(name) || name.equals(src.stylesPart)) {
          continue;
        }
        zip.addRawArchiveEntry(e, input.getRawInputStream(e));
      }
      put(zip, "[Content_Types].xml", bytes(types));
      put(zip, src.workbookPart, bytes(workbook));
      put(zip, src.workbookRels, bytes(rels));
      put(zip, styles.partName, styles.bytes);
      for (Map.Entry<String, String> m : moved.entrySet()) {
        byte[] content = results.getInputStream(results.getEntry(m.getKey())).readAllBytes();
        String to = m.getValue();
        if (isSheetPart(res, m.getKey())) {
          content =
              rewriteSheet(content, styles.xfOffset, res.sharedStrings, legacyDrawing.get(to));
        } else if (extraRels.containsKey(to)) {
          content =
              withRelationships(parse(new ByteArrayInputStream(content)), extraRels.remove(to));
        }
        put(zip, to, content);
      }
      for (Map.Entry<String, List<String[]>> r : extraRels.entrySet()) {
        Document fresh =
            parse(
                new ByteArrayInputStream(
                    EMPTY_RELS.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        put(zip, r.getKey(), withRelationships(fresh, r.getValue()));
      }
      for (Map.Entry<String, byte[]> part : extraParts.entrySet()) {
        put(zip, part.getKey(), part.getValue());
      }
    }
  }

  /** A package's workbook-level part names, found through its root relationships. */
  private static final class Package {
    String workbookPart;
    String workbookRels;
    String base;
    String stylesPart;
    List<String> sharedStrings = List.of();
    final Set<String> sheetParts = new HashSet<>();

    static Package of(ZipFile zip) throws IOException {
      Package p = new Package();
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
  }

  private boolean isWorkbookLevel(Package res, String name) {
    return name.equals(res.workbookPart)
        || name.equals(res.workbookRels)
        || name.equals(res.stylesPart)
        || name.endsWith("sharedStrings.xml")
        || name.endsWith("theme1.xml")
        || name.endsWith("calcChain.xml");
  }

  private static boolean isSheetPart(Package res, String name) {
    return res.sheetParts.contains(name);
  }

  /** A folder under the workbook's folder that the input does not use: xl/jixiao/, xl/jixiao2/… */
  private String freeFolder(Package src) {
    for (int n = 1; ; n++) {
      String candidate = src.base + "jixiao" + (n == 1 ? "" : String.valueOf(n)) + "/";
      boolean used =
          Collections.list(input.getEntries()).stream()
              .anyMatch(e -> e.getName().startsWith(candidate));
      if (!used) {
        return candidate;
      }
    }
  }

  // ---- sheets -------------------------------------------------------------------------------

  /** Removes input sheets named in {@code replace}; returns the parts no longer needed. */
  private Set<String> dropReplacedSheets(
      Package src, Document workbook, Document rels, Document types) throws IOException {
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
          dropped.addAll(partsOf(part));
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

  /** A sheet's own parts (comments, drawings, their relationship files), for dropping it. */
  private Set<String> partsOf(String sheetPart) throws IOException {
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

  /** A grafted sheet: its name and its part in the output. */
  private record Grafted(String name, String part) {}

  private List<Grafted> addSheets(
      Package src,
      Package res,
      Document workbook,
      Document rels,
      Document resWorkbook,
      Document resRels,
      Map<String, String> moved,
      int keptSheets) {
    Element sheetsElement = elements(workbook, MAIN, "sheets").get(0);
    int maxId = 0;
    for (Element s : elements(workbook, MAIN, "sheet")) {
      maxId = Math.max(maxId, Integer.parseInt(s.getAttribute("sheetId")));
    }
    Map<String, String> targetOf = new HashMap<>();
    for (Element r : elements(resRels, PKG_REL, "Relationship")) {
      targetOf.put(r.getAttribute("Id"), resolve(res.base, r.getAttribute("Target")));
    }
    Element relsRoot = rels.getDocumentElement();
    List<Grafted> grafted = new ArrayList<>();
    int n = 0;
    for (Element s : elements(resWorkbook, MAIN, "sheet")) {
      n++;
      String part = moved.get(targetOf.get(s.getAttributeNS(REL_NS, "id")));
      grafted.add(new Grafted(s.getAttribute("name"), part));
      String rid = "rIdJixiao" + n;
      Element rel = rels.createElementNS(PKG_REL, "Relationship");
      rel.setAttribute("Id", rid);
      rel.setAttribute("Type", WORKSHEET);
      rel.setAttribute("Target", part.substring(src.base.length()));
      relsRoot.appendChild(rel);
      Element sheet = workbook.createElementNS(MAIN, "sheet");
      sheet.setAttribute("name", s.getAttribute("name"));
      sheet.setAttribute("sheetId", String.valueOf(maxId + n));
      sheet.setAttributeNS(REL_NS, "r:id", rid);
      sheetsElement.appendChild(sheet);
    }
    List<Element> names = elements(resWorkbook, MAIN, "definedName");
    if (names.isEmpty()) {
      return grafted;
    }
    Element definedNames = definedNames(workbook);
    for (Element name : names) {
      Element copy = (Element) workbook.importNode(name, true);
      if (copy.hasAttribute("localSheetId")) {
        int local = Integer.parseInt(copy.getAttribute("localSheetId"));
        copy.setAttribute("localSheetId", String.valueOf(local + keptSheets));
      }
      definedNames.appendChild(copy);
    }
    return grafted;
  }

  // ---- comments -----------------------------------------------------------------------------

  private static final String COMMENTS_REL = REL_NS + "/comments";
  private static final String VML_REL = REL_NS + "/vmlDrawing";
  private static final String EMPTY_RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><Relationships xmlns=\""
          + PKG_REL
          + "\"/>";

  /** Shape-id blocks for our notes start high, clear of the input's own drawings. */
  private static final int FIRST_NOTE_BLOCK = 1000;

  private void addComments(
      List<Grafted> grafted,
      String folder,
      Document types,
      Map<String, byte[]> parts,
      Map<String, List<String[]>> rels,
      Map<String, String> legacyDrawing)
      throws IOException {
    int n = 0;
    int block = FIRST_NOTE_BLOCK;
    for (Grafted sheet : grafted) {
      List<TableWriter.CellNote> sheetNotes = notes.get(sheet.name());
      if (sheetNotes == null || sheetNotes.isEmpty()) {
        continue;
      }
      n++;
      String comments = folder + "notes/comments" + n + ".xml";
      String vml = folder + "notes/vmlDrawing" + n + ".vml";
      parts.put(comments, CommentParts.comments(sheetNotes));
      parts.put(vml, CommentParts.vml(sheetNotes, block));
      block += sheetNotes.size() / 1024 + 1;
      int slash = sheet.part().lastIndexOf('/');
      String sheetFolder = sheet.part().substring(0, slash + 1);
      String relsName = sheetFolder + "_rels/" + sheet.part().substring(slash + 1) + ".rels";
      List<String[]> list = rels.computeIfAbsent(relsName, k -> new ArrayList<>());
      list.add(new String[] {"rIdJixiaoComments", COMMENTS_REL, relative(sheetFolder, comments)});
      list.add(new String[] {"rIdJixiaoNotes", VML_REL, relative(sheetFolder, vml)});
      legacyDrawing.put(sheet.part(), "rIdJixiaoNotes");
      Element o = types.createElementNS(TYPES, "Override");
      o.setAttribute("PartName", "/" + comments);
      o.setAttribute(
          "ContentType",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.comments+xml");
      types.getDocumentElement().appendChild(o);
    }
    if (n > 0) {
      ensureDefault(types, "vml", "application/vnd.openxmlformats-officedocument.vmlDrawing");
    }
  }

  private static void ensureDefault(Document types, String extension, String contentType) {
    for (Element d : elements(types, TYPES, "Default")) {
      if (d.getAttribute("Extension").equalsIgnoreCase(extension)) {
        return;
      }
    }
    Element d = types.createElementNS(TYPES, "Default");
    d.setAttribute("Extension", extension);
    d.setAttribute("ContentType", contentType);
    Element root = types.getDocumentElement();
    root.insertBefore(d, root.getFirstChild());
  }

  private static byte[] withRelationships(Document relsDoc, List<String[]> add) throws IOException {
    for (String[] r : add) {
      Element rel = relsDoc.createElementNS(PKG_REL, "Relationship");
      rel.setAttribute("Id", r[0]);
      rel.setAttribute("Type", r[1]);
      rel.setAttribute("Target", r[2]);
      relsDoc.getDocumentElement().appendChild(rel);
    }
    return bytes(relsDoc);
  }

  /** The target of {@code part} relative to {@code fromFolder} (both under the package root). */
  static String relative(String fromFolder, String part) {
    String[] from = fromFolder.split("/");
    String[] to = part.split("/");
    int common = 0;
    while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) {
      common++;
    }
    StringBuilder b = new StringBuilder();
    for (int i = common; i < from.length; i++) {
      if (!from[i].isEmpty()) {
        b.append("../");
      }
    }
    for (int i = common; i < to.length; i++) {
      b.append(to[i]).append(i < to.length - 1 ? "/" : "");
    }
    return b.toString();
  }

  /** The workbook's definedNames element, created in its schema position if absent. */
  private static Element definedNames(Document workbook) {
    List<Element> existing = elements(workbook, MAIN, "definedNames");
    if (!existing.isEmpty()) {
      return existing.get(0);
    }
    Element created = workbook.createElementNS(MAIN, "definedNames");
    Element sheets = elements(workbook, MAIN, "sheets").get(0);
    Node after = sheets.getNextSibling();
    while (after != null
        && (after.getNodeType() != Node.ELEMENT_NODE
            || List.of("functionGroups", "externalReferences").contains(after.getLocalName()))) {
      after = after.getNextSibling();
    }
    sheets.getParentNode().insertBefore(created, after);
    return created;
  }

  private void addContentTypes(Document types, Document resTypes, Map<String, String> moved) {
    Element root = types.getDocumentElement();
    Set<String> defaults = new HashSet<>();
    for (Element d : elements(types, TYPES, "Default")) {
      defaults.add(d.getAttribute("Extension").toLowerCase(java.util.Locale.ROOT));
    }
    for (Element d : elements(resTypes, TYPES, "Default")) {
      if (defaults.add(d.getAttribute("Extension").toLowerCase(java.util.Locale.ROOT))) {
        root.insertBefore(types.importNode(d, true), root.getFirstChild());
      }
    }
    for (Element o : elements(resTypes, TYPES, "Override")) {
      String to = moved.get(strip(o.getAttribute("PartName")));
      if (to != null) {
        Element copy = (Element) types.importNode(o, true);
        copy.setAttribute("PartName", "/" + to);
        root.appendChild(copy);
      }
    }
  }

  // ---- styles -------------------------------------------------------------------------------

  /** The merged styles part and how far the grafted cells' style indexes move. */
  private record StyleMerge(String partName, byte[] bytes, int xfOffset) {}

  private StyleMerge mergeStyles(
      Package src,
      Package res,
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
      rel.setAttribute("Type", STYLES);
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
    return new StyleMerge(src.stylesPart, bytes(into), xfOffset);
  }

  /** Custom number formats of the results get ids the input does not use; built-ins keep theirs. */
  private static Map<Integer, Integer> mergeNumFmts(Document into, Document from) {
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
  private static int append(Document into, Document from, String sectionName) {
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
  private static Element section(Document styles, String name) {
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

  private static void recount(Element section) {
    section.setAttribute("count", String.valueOf(childElements(section).size()));
  }

  private static void shift(Element e, String attribute, int by) {
    if (e.hasAttribute(attribute)) {
      e.setAttribute(attribute, String.valueOf(Integer.parseInt(e.getAttribute(attribute)) + by));
    }
  }

  // ---- grafted sheet XML ----------------------------------------------------------------------

  /**
   * Shifts every style index (cells, rows, columns) by {@code xfOffset} and turns shared-string
   * cells into inline strings, streaming.
   */
  private static byte[] rewriteSheet(
      byte[] sheet, int xfOffset, List<String> sharedStrings, String legacyDrawingRid)
      throws IOException {
    try {
      XMLInputFactory inFactory = XMLHelper.newXMLInputFactory();
      XMLEventReader reader = inFactory.createXMLEventReader(new ByteArrayInputStream(sheet));
      ByteArrayOutputStream out = new ByteArrayOutputStream(sheet.length + 1024);
      XMLEventWriter writer = XMLOutputFactory.newInstance().createXMLEventWriter(out, "UTF-8");
      XMLEventFactory events = XMLEventFactory.newInstance();
      boolean sharedCell = false;
      boolean inValue = false;
      boolean drawingPlaced = legacyDrawingRid == null;
      int depth = 0;
      while (reader.hasNext()) {
        XMLEvent e = reader.nextEvent();
        if (!drawingPlaced
            && depth == 1
            && ((e.isStartElement()
                    && AFTER_LEGACY_DRAWING.contains(e.asStartElement().getName().getLocalPart()))
                || e.isEndElement())) {
          writer.add(events.createStartElement("", MAIN, "legacyDrawing"));
          writer.add(events.createNamespace("r", REL_NS));
          writer.add(events.createAttribute("r", REL_NS, "id", legacyDrawingRid));
          writer.add(events.createEndElement("", MAIN, "legacyDrawing"));
          drawingPlaced = true;
        }
        if (e.isStartElement()) {
          depth++;
        } else if (e.isEndElement()) {
          depth--;
        }
        if (e.isStartElement()) {
          StartElement start = e.asStartElement();
          String local = start.getName().getLocalPart();
          if (local.equals("c") || local.equals("row") || local.equals("col")) {
            String styleAttr = local.equals("col") ? "style" : "s";
            sharedCell = local.equals("c") && "s".equals(value(start, "t"));
            List<Attribute> attributes = new ArrayList<>();
            start
                .getAttributes()
                .forEachRemaining(
                    a -> {
                      String n = a.getName().getLocalPart();
                      if (n.equals(styleAttr) && a.getName().getNamespaceURI().isEmpty()) {
                        int shifted = Integer.parseInt(a.getValue()) + xfOffset;
                        attributes.add(events.createAttribute(n, String.valueOf(shifted)));
                      } else if (n.equals("t") && local.equals("c") && "s".equals(a.getValue())) {
                        attributes.add(events.createAttribute("t", "inlineStr"));
                      } else {
                        attributes.add(a);
                      }
                    });
            writer.add(
                events.createStartElement(
                    start.getName(), attributes.iterator(), start.getNamespaces()));
            continue;
          }
          if (local.equals("v") && sharedCell) {
            inValue = true;
            continue;
          }
        } else if (e.isCharacters() && inValue) {
          String text = sharedStrings.get(Integer.parseInt(e.asCharacters().getData().trim()));
          writer.add(events.createStartElement("", MAIN, "is"));
          writer.add(events.createStartElement("", MAIN, "t"));
          writer.add(events.createAttribute("xml:space", "preserve"));
          writer.add(events.createCharacters(text));
          writer.add(events.createEndElement("", MAIN, "t"));
          writer.add(events.createEndElement("", MAIN, "is"));
          continue;
        } else if (e.isEndElement()
            && inValue
            && e.asEndElement().getName().getLocalPart().equals("v")) {
          inValue = false;
          continue;
        }
        writer.add(e);
      }
      writer.close();
      return out.toByteArray();
    } catch (XMLStreamException e) {
      throw new IOException("cannot rewrite an output sheet: " + e.getMessage(), e);
    }
  }

  /** Worksheet children that come after legacyDrawing in the schema's order. */
  private static final Set<String> AFTER_LEGACY_DRAWING =
      Set.of(
          "legacyDrawingHF",
          "drawingHF",
          "picture",
          "oleObjects",
          "controls",
          "webPublishItems",
          "tableParts",
          "extLst");

  private static String value(StartElement start, String attribute) {
    Attribute a = start.getAttributeByName(new javax.xml.namespace.QName(attribute));
    return a == null ? null : a.getValue();
  }

  private static List<String> sharedStrings(ZipFile zip, String part) throws IOException {
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

  // ---- XML and zip helpers ----------------------------------------------------------------------

  private static Document parse(ZipFile zip, String part) throws IOException {
    ZipArchiveEntry entry = zip.getEntry(part);
    if (entry == null) {
      throw new IOException("missing part " + part);
    }
    try (InputStream in = zip.getInputStream(entry)) {
      return parse(in);
    }
  }

  private static Document parse(InputStream in) throws IOException {
    try {
      DocumentBuilder builder = XMLHelper.newDocumentBuilder();
      return builder.parse(in);
    } catch (SAXException e) {
      throw new IOException("unreadable XML part: " + e.getMessage(), e);
    }
  }

  private static byte[] bytes(Document doc) throws IOException {
    try {
      Transformer t = XMLHelper.newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.setOutputProperty(OutputKeys.INDENT, "no");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      t.transform(new DOMSource(doc), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new IOException("cannot write XML: " + e.getMessage(), e);
    }
  }

  private static void put(ZipArchiveOutputStream zip, String name, byte[] content)
      throws IOException {
    ZipArchiveEntry entry = new ZipArchiveEntry(name);
    entry.setTime(0L);
    zip.putArchiveEntry(entry);
    zip.write(content);
    zip.closeArchiveEntry();
  }

  private static List<Element> elements(Document doc, String ns, String local) {
    return list(doc.getElementsByTagNameNS(ns, local));
  }

  private static List<Element> elements(Element parent, String local) {
    return list(parent.getElementsByTagNameNS(MAIN, local));
  }

  private static List<Element> list(NodeList nodes) {
    List<Element> out = new ArrayList<>(nodes.getLength());
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  private static List<Element> childElements(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE) {
        out.add((Element) n);
      }
    }
    return out;
  }

  private static String attr(Element e, String name, String otherwise) {
    return e.hasAttribute(name) ? e.getAttribute(name) : otherwise;
  }

  /** "/xl/workbook.xml" → "xl/workbook.xml". */
  private static String strip(String partName) {
    return partName.startsWith("/") ? partName.substring(1) : partName;
  }

  /** Resolves a relationship target against the folder of its source part. */
  static String resolve(String baseFolder, String target) {
    if (target.startsWith("/")) {
      return target.substring(1);
    }
    List<String> parts = new ArrayList<>(List.of(baseFolder.split("/")));
    parts.removeIf(String::isEmpty);
    for (String segment : target.split("/")) {
      if (segment.equals("..")) {
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
      } else if (!segment.equals(".") && !segment.isEmpty()) {
        parts.add(segment);
      }
    }
    return String.join("/", parts);
  }
}

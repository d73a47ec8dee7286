package com.jixiao.workbook.graft;

import static com.jixiao.workbook.graft.PartXml.MAIN;
import static com.jixiao.workbook.graft.PartXml.PKG_REL;
import static com.jixiao.workbook.graft.PartXml.REL_NS;
import static com.jixiao.workbook.graft.PartXml.TYPES;
import static com.jixiao.workbook.graft.PartXml.bytes;
import static com.jixiao.workbook.graft.PartXml.elements;
import static com.jixiao.workbook.graft.PartXml.parse;
import static com.jixiao.workbook.graft.PartXml.put;
import static com.jixiao.workbook.graft.PartXml.relative;
import static com.jixiao.workbook.graft.PartXml.resolve;
import static com.jixiao.workbook.graft.PartXml.strip;

import com.jixiao.workbook.OutputMarks;
import com.jixiao.workbook.TableWriter;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.commons.io.output.CloseShieldOutputStream;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Writes the filled workbook without ever loading the input's sheets: every part of the input .xlsx
 * is copied byte for byte (so input sheets stay exactly as they were, however large), and the
 * sheets of a small results workbook are grafted in after them. The grafted parts move under a
 * folder of their own; their styles are appended to the input's styles and their cells' style
 * indexes shifted; their shared strings become inline strings; the workbook, its relationships,
 * content types and defined names (filters, print areas) are extended. Input sheets named in {@code
 * replace} (output sheets of an earlier run) are left out. An input sheet named in {@code edits} is
 * the one part not copied as it was: its {@link SheetEdit} streams its new XML (the Monthly sheet
 * of {@code jixiao import}); the calculation chain is then dropped, as a cell it lists may no
 * longer hold a formula (Excel rebuilds the chain when it opens the file).
 */
public final class WorkbookGraft {
  /** Writes an input sheet's new XML from its old XML (which it may read more than once). */
  @FunctionalInterface
  public interface SheetEdit {
    void write(SheetParts.PartSource sheetXml, OutputStream out) throws IOException;
  }

  private final ZipFile input;
  private final ZipFile results;
  private final Set<String> replace;
  private final Map<String, List<TableWriter.CellNote>> notes;
  private final Map<String, SheetEdit> edits;

  private WorkbookGraft(
      ZipFile input,
      ZipFile results,
      Set<String> replace,
      Map<String, List<TableWriter.CellNote>> notes,
      Map<String, SheetEdit> edits) {
    this.input = input;
    this.results = results;
    this.replace = replace;
    this.notes = notes;
    this.edits = edits;
  }

  /**
   * Writes input + the sheets of {@code resultsXlsx} to {@code out}, with the cell comments in
   * {@code notes} (by sheet name) added to the grafted sheets.
   */
  public static void graft(
      Path inputXlsx,
      byte[] resultsXlsx,
      Set<String> replace,
      Map<String, List<TableWriter.CellNote>> notes,
      OutputStream out)
      throws IOException {
    graft(inputXlsx, resultsXlsx, replace, notes, Map.of(), out);
  }

  /** As {@link #graft(Path, byte[], Set, Map, OutputStream)}, with input sheets edited by name. */
  public static void graft(
      Path inputXlsx,
      byte[] resultsXlsx,
      Set<String> replace,
      Map<String, List<TableWriter.CellNote>> notes,
      Map<String, SheetEdit> edits,
      OutputStream out)
      throws IOException {
    try (ZipFile in = ZipFile.builder().setPath(inputXlsx).get();
        ZipFile res =
            ZipFile.builder()
                .setSeekableByteChannel(new SeekableInMemoryByteChannel(resultsXlsx))
                .get()) {
      new WorkbookGraft(in, res, replace, notes, edits).write(out);
    }
  }

  // ---- the plan -----------------------------------------------------------------------------

  private void write(OutputStream out) throws IOException {
    PackageParts src = PackageParts.of(input);
    PackageParts res = PackageParts.of(results);
    String folder = freeFolder(src);

    Document types = parse(input, "[Content_Types].xml");
    Document resTypes = parse(results, "[Content_Types].xml");
    Document workbook = parse(input, src.workbookPart);
    Document rels = parse(input, src.workbookRels);
    Document resWorkbook = parse(results, res.workbookPart);
    Document resRels = parse(results, res.workbookRels);

    Set<String> dropped = DroppedParts.replacedSheets(input, replace, src, workbook, rels, types);
    dropped.addAll(MacroParts.drop(input, src, rels, types));
    Map<String, SheetEdit> editedParts = new HashMap<>();
    Map<String, String> partOfSheet = SheetParts.partsBySheetName(input, src);
    edits.forEach((sheet, edit) -> editedParts.put(partOfSheet.get(sheet), edit));
    if (!editedParts.isEmpty()) {
      dropped.addAll(DroppedParts.calcChain(src, rels, types));
    }
    int keptSheets = elements(workbook, MAIN, "sheet").size();

    StyleMerge styles =
        StyleMerge.merge(input, results, src, res, workbook, rels, types, resTypes, folder);

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
        SheetEdit edit = editedParts.get(name);
        if (edit != null) {
          ZipArchiveEntry edited = new ZipArchiveEntry(name);
          edited.setTime(0L);
          zip.putArchiveEntry(edited);
          edit.write(() -> input.getInputStream(e), CloseShieldOutputStream.wrap(zip));
          zip.closeArchiveEntry();
          continue;
        }
        zip.addRawArchiveEntry(e, input.getRawInputStream(e));
      }
      put(zip, "[Content_Types].xml", bytes(types));
      put(zip, src.workbookPart, bytes(workbook));
      put(zip, src.workbookRels, bytes(rels));
      put(zip, styles.partName(), styles.bytes());
      for (Map.Entry<String, String> m : moved.entrySet()) {
        byte[] content = results.getInputStream(results.getEntry(m.getKey())).readAllBytes();
        String to = m.getValue();
        if (isSheetPart(res, m.getKey())) {
          content =
              SheetRewrite.rewrite(
                  content, styles.xfOffset(), res.sharedStrings, legacyDrawing.get(to));
        } else if (extraRels.containsKey(to)) {
          content =
              withRelationships(parse(new ByteArrayInputStream(content)), extraRels.remove(to));
        }
        put(zip, to, content);
      }
      for (Map.Entry<String, List<String[]>> r : extraRels.entrySet()) {
        Document fresh =
            parse(new ByteArrayInputStream(EMPTY_RELS.getBytes(StandardCharsets.UTF_8)));
        put(zip, r.getKey(), withRelationships(fresh, r.getValue()));
      }
      for (Map.Entry<String, byte[]> part : extraParts.entrySet()) {
        put(zip, part.getKey(), part.getValue());
      }
    }
  }

  private boolean isWorkbookLevel(PackageParts res, String name) {
    return name.equals(res.workbookPart)
        || name.equals(res.workbookRels)
        || name.equals(res.stylesPart)
        || name.endsWith("sharedStrings.xml")
        || name.endsWith("theme1.xml")
        || name.endsWith("calcChain.xml");
  }

  private static boolean isSheetPart(PackageParts res, String name) {
    return res.sheetParts.contains(name);
  }

  /** A folder under the workbook's folder that the input does not use: xl/jixiao/, xl/jixiao2/… */
  private String freeFolder(PackageParts src) {
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

  /** A grafted sheet: its name and its part in the output. */
  private record Grafted(String name, String part) {}

  private List<Grafted> addSheets(
      PackageParts src,
      PackageParts res,
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
    // ids in use: an imported workbook already holds a grafted sheet (rIdJixiao1) that a run keeps
    Set<String> usedIds = new HashSet<>();
    for (Element r : elements(rels, PKG_REL, "Relationship")) {
      usedIds.add(r.getAttribute("Id"));
    }
    int nextId = 1;
    List<Grafted> grafted = new ArrayList<>();
    int n = 0;
    for (Element s : elements(resWorkbook, MAIN, "sheet")) {
      n++;
      String part = moved.get(targetOf.get(s.getAttributeNS(REL_NS, "id")));
      grafted.add(new Grafted(s.getAttribute("name"), part));
      while (usedIds.contains("rIdJixiao" + nextId)) {
        nextId++;
      }
      String rid = "rIdJixiao" + nextId++;
      Element rel = rels.createElementNS(PKG_REL, "Relationship");
      rel.setAttribute("Id", rid);
      rel.setAttribute("Type", PackageParts.WORKSHEET);
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
      if (OutputMarks.NAME.equals(copy.getAttribute("name"))) {
        copy.setAttribute("hidden", "1"); // the mark is ours, not something to show the user
      }
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
      defaults.add(d.getAttribute("Extension").toLowerCase(Locale.ROOT));
    }
    for (Element d : elements(resTypes, TYPES, "Default")) {
      if (defaults.add(d.getAttribute("Extension").toLowerCase(Locale.ROOT))) {
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
}

package com.jixiao.importer;

import com.jixiao.i18n.Message;
import com.jixiao.importer.ImportOutcome.AgentFigures;
import com.jixiao.importer.MonthlySheetScan.Layout;
import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.workbook.CellRefs;
import com.jixiao.workbook.Problems;
import com.jixiao.workbook.graft.SheetParts;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;

/**
 * Writes the imported figures into the Monthly sheet's XML, streaming, in two passes: {@link
 * MonthlySheetScan} finds the header, the columns and each agent's row of the month; then every
 * event is copied as it was except the header row (new columns for figures the sheet had no column
 * for), the rows of agents with figures (the imported columns replaced, every other cell kept as it
 * was, with its style), and new rows after the last one for agents who had no row of the month. New
 * text is written as inline strings, so the shared strings table is not touched; a replaced cell
 * keeps its style, a new cell takes the style of the column's cells above it.
 */
public final class MonthlySheetEdit {
  /**
   * What the edit does, for the notes: the agents whose row of the month is updated, those who get
   * a new row, the columns added, and the Monthly columns still blank in some of the month's rows
   * after the import (with those agents): what is left for the manager.
   */
  public record Result(
      List<String> updated, List<String> appended, List<Metric> columnsAdded, List<Gap> gaps) {
    public Result {
      updated = List.copyOf(updated);
      appended = List.copyOf(appended);
      columnsAdded = List.copyOf(columnsAdded);
      gaps = List.copyOf(gaps);
    }
  }

  /** A Monthly column blank in the month's rows of these agents. */
  public record Gap(Metric metric, List<String> agents) {
    public Gap {
      agents = List.copyOf(agents);
    }
  }

  private final Layout layout;
  private final Map<Integer, AgentFigures> updates = new HashMap<>();
  private final List<AgentFigures> appends = new ArrayList<>();
  private final Map<Metric, Integer> columnOf = new LinkedHashMap<>();
  private final List<Metric> added = new ArrayList<>();
  private final Language language;
  private final String month;
  private final XMLEventFactory events = XMLEventFactory.newInstance();
  private final NewCells newCells = new NewCells(events);

  private MonthlySheetEdit(
      Layout layout, List<AgentFigures> figures, Language language, String month) {
    this.layout = layout;
    this.language = language;
    this.month = month;
    int next =
        Math.max(
                layout.lastHeaderColumn(),
                layout.columns().values().stream().max(Integer::compare).orElse(-1))
            + 1;
    for (Metric m : Metric.values()) {
      boolean imported = figures.stream().anyMatch(f -> f.values().containsKey(m));
      if (!imported) {
        continue;
      }
      Integer existing = layout.columns().get(m.key());
      if (existing == null) {
        existing = next++;
        added.add(m);
      }
      columnOf.put(m, existing);
    }
    for (AgentFigures f : figures) {
      Integer row = layout.rowOfAgent().get(f.agentId());
      if (row == null) {
        appends.add(f);
      } else {
        updates.put(row, f);
      }
    }
  }

  /**
   * Plans the edit of the Monthly sheet {@code sheetName} (first pass); empty, with problems saying
   * where, when it cannot be done: no header, an agent with two rows of the month, a shared formula
   * in a cell to replace.
   */
  public static Optional<MonthlySheetEdit> prepare(
      SheetParts.PartSource sheet,
      IntFunction<String> sharedStrings,
      ImportOutcome outcome,
      Language language,
      String sheetName,
      int sheetOrder,
      Problems problems)
      throws IOException {
    Layout layout;
    try (InputStream in = sheet.open()) {
      layout = MonthlySheetScan.scan(in, sharedStrings, outcome.month());
    }
    if (!check(layout, outcome, sheetName, sheetOrder, problems)) {
      return Optional.empty();
    }
    return Optional.of(
        new MonthlySheetEdit(layout, outcome.figures(), language, outcome.month().toString()));
  }

  /** The second pass: writes the sheet's new XML from its old XML. */
  public void write(SheetParts.PartSource sheet, OutputStream out) throws IOException {
    try (InputStream in = sheet.open()) {
      write(in, out);
    } catch (XMLStreamException e) {
      throw new IOException("rewriting the Monthly sheet: " + e.getMessage(), e);
    }
  }

  /** What the edit does (known from the first pass). */
  public Result result() {
    List<String> updated = new ArrayList<>();
    updates.values().forEach(f -> updated.add(f.agentId()));
    Collections.sort(updated);
    return new Result(
        updated, appends.stream().map(AgentFigures::agentId).toList(), List.copyOf(added), gaps());
  }

  /** Per Monthly column, the agents whose row of the month will still be blank there. */
  private List<Gap> gaps() {
    Map<String, AgentFigures> imported = new LinkedHashMap<>();
    updates.values().forEach(f -> imported.put(f.agentId(), f));
    appends.forEach(f -> imported.put(f.agentId(), f));
    List<String> agents = new ArrayList<>(layout.rowOfAgent().keySet());
    appends.forEach(f -> agents.add(f.agentId()));
    List<Gap> gaps = new ArrayList<>();
    for (Metric m : Metric.values()) {
      Integer column = columnOf.containsKey(m) ? columnOf.get(m) : layout.columns().get(m.key());
      List<String> blank = new ArrayList<>();
      for (String agent : agents) {
        boolean filled =
            column != null && layout.filledOfAgent().getOrDefault(agent, Set.of()).contains(column);
        AgentFigures f = imported.get(agent);
        if (!filled && (f == null || !f.values().containsKey(m))) {
          blank.add(agent);
        }
      }
      if (!blank.isEmpty()) {
        gaps.add(new Gap(m, blank));
      }
    }
    gaps.sort(Comparator.comparing(g -> !g.metric().type().isLevel()));
    return gaps;
  }

  private static boolean check(
      Layout layout, ImportOutcome outcome, String sheet, int order, Problems problems) {
    if (!layout.found()
        || layout.column("agent_id").isEmpty()
        || layout.column("month").isEmpty()) {
      problems.sheet(
          sheet,
          order,
          Message.of("import.monthly.no_header", sheet),
          Message.of("import.hint.monthly.no_header"));
      return false;
    }
    boolean ok = true;
    for (MonthlySheetScan.Duplicate d : layout.duplicates()) {
      problems.cell(
          sheet,
          order,
          d.row(),
          d.column(),
          Message.of(
              "import.monthly.duplicate",
              d.agentId(),
              outcome.month().toString(),
              d.firstRow() + 1),
          Message.of("import.hint.monthly.duplicate"));
      ok = false;
    }
    for (AgentFigures f : outcome.figures()) {
      Integer row = layout.rowOfAgent().get(f.agentId());
      if (row == null) {
        continue;
      }
      for (Metric m : f.values().keySet()) {
        Integer column = layout.columns().get(m.key());
        if (column != null
            && layout.sharedFormulaMasters().contains(MonthlySheetScan.key(row, column))) {
          problems.cell(
              sheet,
              order,
              row,
              column,
              Message.of("import.monthly.shared_formula"),
              Message.of("import.hint.monthly.shared_formula"));
          ok = false;
        }
      }
    }
    return ok;
  }

  private void write(InputStream in, OutputStream out) throws XMLStreamException {
    XMLEventReader reader = XMLHelper.newXMLInputFactory().createXMLEventReader(in);
    XMLEventWriter writer = XMLOutputFactory.newInstance().createXMLEventWriter(out, "UTF-8");
    int nextRow = 0;
    while (reader.hasNext()) {
      XMLEvent e = reader.nextEvent();
      if (e.isStartElement() && local(e).equals("dimension")) {
        writer.add(dimension(e.asStartElement()));
        continue;
      }
      if (e.isStartElement() && local(e).equals("row")) {
        String r = attribute(e.asStartElement(), "r");
        int row = r == null ? nextRow : Integer.parseInt(r.trim()) - 1;
        nextRow = row + 1;
        if (row == layout.headerRow() || updates.containsKey(row)) {
          rewriteRow(e.asStartElement(), row, reader, writer);
          continue;
        }
      }
      if (e.isEndElement() && e.asEndElement().getName().getLocalPart().equals("sheetData")) {
        appendRows(e.asEndElement().getName(), writer);
      }
      writer.add(e);
    }
    writer.close();
  }

  /** Reads a row's cells to its end, and writes it back changed. */
  private void rewriteRow(StartElement start, int row, XMLEventReader reader, XMLEventWriter writer)
      throws XMLStreamException {
    QName name = start.getName();
    TreeMap<Integer, List<XMLEvent>> cells = new TreeMap<>();
    Map<Integer, String> styles = new HashMap<>();
    List<XMLEvent> other = new ArrayList<>();
    int nextColumn = 0;
    while (true) {
      XMLEvent e = reader.nextEvent();
      if (e.isEndElement() && e.asEndElement().getName().getLocalPart().equals("row")) {
        break;
      }
      if (e.isStartElement() && local(e).equals("c")) {
        String ref = attribute(e.asStartElement(), "r");
        int column = ref == null ? nextColumn : CellRefs.columnOf(ref);
        nextColumn = column + 1;
        String s = attribute(e.asStartElement(), "s");
        if (s != null) {
          styles.put(column, s);
        }
        cells.put(column, cellEvents(e, reader));
      } else {
        other.add(e);
      }
    }
    if (row == layout.headerRow()) {
      String headerStyle = styles.get(layout.lastHeaderColumn());
      for (Metric m : added) {
        cells.put(
            columnOf.get(m),
            newCells.text(name, row, columnOf.get(m), headerStyle, m.label(language)));
      }
    } else {
      for (Map.Entry<Metric, BigDecimal> v : updates.get(row).values().entrySet()) {
        int column = columnOf.get(v.getKey());
        String style =
            styles.containsKey(column) ? styles.get(column) : layout.styleOfColumn().get(column);
        cells.put(column, newCells.number(name, row, column, style, v.getValue()));
      }
    }
    writer.add(rowStart(start, row));
    for (List<XMLEvent> cell : cells.values()) {
      for (XMLEvent e : cell) {
        writer.add(e);
      }
    }
    for (XMLEvent e : other) {
      writer.add(e);
    }
    writer.add(events.createEndElement(name, null));
  }

  private static List<XMLEvent> cellEvents(XMLEvent start, XMLEventReader reader)
      throws XMLStreamException {
    List<XMLEvent> out = new ArrayList<>();
    out.add(start);
    int depth = 1;
    while (depth > 0) {
      XMLEvent e = reader.nextEvent();
      depth += e.isStartElement() ? 1 : e.isEndElement() ? -1 : 0;
      out.add(e);
    }
    return out;
  }

  /** New rows for agents without a row of the month, after the last row, in roster order. */
  private void appendRows(QName sheetData, XMLEventWriter writer) throws XMLStreamException {
    QName rowName = new QName(sheetData.getNamespaceURI(), "row", sheetData.getPrefix());
    int row = layout.lastRow();
    int agentColumn = layout.column("agent_id").orElseThrow();
    int monthColumn = layout.column("month").orElseThrow();
    for (AgentFigures f : appends) {
      row++;
      TreeMap<Integer, List<XMLEvent>> cells = new TreeMap<>();
      cells.put(
          agentColumn,
          newCells.text(
              rowName, row, agentColumn, layout.styleOfColumn().get(agentColumn), f.agentId()));
      cells.put(
          monthColumn,
          newCells.text(rowName, row, monthColumn, layout.styleOfColumn().get(monthColumn), month));
      for (Map.Entry<Metric, BigDecimal> v : f.values().entrySet()) {
        int column = columnOf.get(v.getKey());
        String style = layout.styleOfColumn().get(column);
        cells.put(column, newCells.number(rowName, row, column, style, v.getValue()));
      }
      writer.add(
          events.createStartElement(
              rowName,
              List.of(events.createAttribute("r", String.valueOf(row + 1))).iterator(),
              null));
      for (List<XMLEvent> cell : cells.values()) {
        for (XMLEvent e : cell) {
          writer.add(e);
        }
      }
      writer.add(events.createEndElement(rowName, null));
    }
  }

  /** The row's own attributes, without {@code spans} (a hint that new cells would contradict). */
  private StartElement rowStart(StartElement start, int row) {
    List<Attribute> attributes = new ArrayList<>();
    start
        .getAttributes()
        .forEachRemaining(
            a -> {
              if (!a.getName().getLocalPart().equals("spans")) {
                attributes.add(a);
              }
            });
    if (attribute(start, "r") == null) {
      attributes.add(events.createAttribute("r", String.valueOf(row + 1)));
    }
    return events.createStartElement(start.getName(), attributes.iterator(), start.getNamespaces());
  }

  /** The used range, grown to the new columns and rows. */
  private XMLEvent dimension(StartElement start) {
    String ref = attribute(start, "ref");
    int lastColumn = columnOf.values().stream().max(Integer::compare).orElse(0);
    int lastRow = layout.lastRow() + appends.size();
    String first = "A1";
    if (ref != null) {
      String[] ends = ref.split(":");
      first = ends[0];
      CellReference last = new CellReference(ends[ends.length - 1]);
      lastColumn = Math.max(lastColumn, last.getCol());
      lastRow = Math.max(lastRow, last.getRow());
    }
    String newRef = first + ":" + new CellReference(lastRow, lastColumn).formatAsString(false);
    return events.createStartElement(
        start.getName(),
        List.of(events.createAttribute("ref", newRef)).iterator(),
        start.getNamespaces());
  }

  private static String local(XMLEvent e) {
    return e.asStartElement().getName().getLocalPart();
  }

  private static String attribute(StartElement e, String name) {
    Attribute a = e.getAttributeByName(new QName(name));
    return a == null ? null : a.getValue();
  }
}

package com.jixiao.importer;

import com.jixiao.model.ValueType;
import com.jixiao.workbook.CellParser;
import com.jixiao.workbook.CellRefs;
import com.jixiao.workbook.Column;
import com.jixiao.workbook.RawValue;
import com.jixiao.workbook.SheetSchema;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntFunction;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/**
 * The first of the two passes over the Monthly sheet's XML ({@link MonthlySheetEdit}): where its
 * header is (as the workbook reader finds it: of the first {@value #HEADER_WINDOW} rows, the one
 * naming the most Monthly columns), which column holds which key, each agent's row of the month
 * imported and which of its cells are filled or hold a shared formula, the last row, and the style
 * each column's cells use. Streamed with StAX: a large shop's Monthly sheet is tens of thousands of
 * rows, and only the month's rows are remembered.
 */
final class MonthlySheetScan {
  static final int HEADER_WINDOW = 5;

  /** What the first pass found. */
  record Layout(
      int headerRow,
      Map<String, Integer> columns,
      int lastHeaderColumn,
      int lastRow,
      Map<String, Integer> rowOfAgent,
      List<Duplicate> duplicates,
      Map<Integer, String> styleOfColumn,
      Set<Long> sharedFormulaMasters,
      Map<String, Set<Integer>> filledOfAgent) {
    boolean found() {
      return headerRow >= 0;
    }

    Optional<Integer> column(String key) {
      return Optional.ofNullable(columns.get(key));
    }
  }

  /** An agent with two rows of the month: which one to update cannot be known. */
  record Duplicate(String agentId, int firstRow, int row, int column) {}

  /** A row as read: its index, cells in column order, cell styles, shared formulas' masters. */
  private record Row(
      int index,
      TreeMap<Integer, RawValue> cells,
      Map<Integer, String> styles,
      Set<Integer> masters) {}

  private final IntFunction<String> sharedStrings;
  private final YearMonth month;
  private final List<Row> window = new ArrayList<>();

  private int headerRow = -1;
  private final Map<String, Integer> columns = new LinkedHashMap<>();
  private int lastHeaderColumn = -1;
  private int lastRow = -1;
  private final Map<String, Integer> rowOfAgent = new LinkedHashMap<>();
  private final List<Duplicate> duplicates = new ArrayList<>();
  private final Map<Integer, String> styleOfColumn = new HashMap<>();
  private final Set<Long> sharedMasters = new HashSet<>();
  private final Map<String, Set<Integer>> filledOfAgent = new HashMap<>();

  private MonthlySheetScan(IntFunction<String> sharedStrings, YearMonth month) {
    this.sharedStrings = sharedStrings;
    this.month = month;
  }

  static Layout scan(InputStream sheetXml, IntFunction<String> sharedStrings, YearMonth month)
      throws IOException {
    MonthlySheetScan scan = new MonthlySheetScan(sharedStrings, month);
    try {
      XMLStreamReader xml = XMLHelper.newXMLInputFactory().createXMLStreamReader(sheetXml);
      scan.read(xml);
      xml.close();
    } catch (XMLStreamException | RuntimeException e) {
      throw new IOException("the Monthly sheet's XML is not readable: " + e.getMessage(), e);
    }
    scan.decideHeader();
    return new Layout(
        scan.headerRow,
        scan.columns,
        scan.lastHeaderColumn,
        scan.lastRow,
        scan.rowOfAgent,
        scan.duplicates,
        scan.styleOfColumn,
        scan.sharedMasters,
        scan.filledOfAgent);
  }

  private void read(XMLStreamReader xml) throws XMLStreamException {
    int nextRow = 0;
    Row row = null;
    int nextColumn = 0;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("row")) {
        endRow(row);
        continue;
      }
      if (event != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      if (xml.getLocalName().equals("row")) {
        String r = xml.getAttributeValue(null, "r");
        int index = r == null ? nextRow : Integer.parseInt(r.trim()) - 1;
        nextRow = index + 1;
        nextColumn = 0;
        row = new Row(index, new TreeMap<>(), new HashMap<>(), new HashSet<>());
      } else if (xml.getLocalName().equals("c") && row != null) {
        String ref = xml.getAttributeValue(null, "r");
        int column = ref == null ? nextColumn : CellRefs.columnOf(ref);
        nextColumn = column + 1;
        String s = xml.getAttributeValue(null, "s");
        if (s != null) {
          row.styles().put(column, s);
        }
        readCell(xml, row, column, xml.getAttributeValue(null, "t"));
      }
    }
  }

  /** Reads one {@code <c>} to its end: its value, and whether it holds a shared formula. */
  private void readCell(XMLStreamReader xml, Row row, int column, String type)
      throws XMLStreamException {
    StringBuilder value = new StringBuilder();
    boolean inValue = false;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String local = xml.getLocalName();
        if (local.equals("f")
            && "shared".equals(xml.getAttributeValue(null, "t"))
            && xml.getAttributeValue(null, "ref") != null) {
          row.masters().add(column);
        }
        inValue = local.equals("v") || local.equals("t");
      } else if (event == XMLStreamConstants.CHARACTERS && inValue) {
        value.append(xml.getText());
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        if (xml.getLocalName().equals("c")) {
          break;
        }
        inValue = false;
      }
    }
    row.cells().put(column, raw(type, value.toString()));
  }

  private RawValue raw(String type, String v) {
    if (v.isEmpty()) {
      return RawValue.BLANK;
    }
    String t = type == null ? "n" : type;
    return switch (t) {
      case "s" -> new RawValue.Str(sharedStrings.apply(Integer.parseInt(v.trim())));
      case "inlineStr", "str", "b", "e" -> new RawValue.Str(v);
      case "d" -> new RawValue.Str(v.length() >= 10 ? v.substring(0, 10) : v);
      default -> number(v);
    };
  }

  private static RawValue number(String v) {
    try {
      return new RawValue.Num(RawValue.excelNumber(new BigDecimal(v.trim())), false);
    } catch (NumberFormatException e) {
      return new RawValue.Str(v);
    }
  }

  private void endRow(Row row) {
    if (row == null) {
      return;
    }
    lastRow = Math.max(lastRow, row.index());
    if (headerRow < 0) {
      window.add(row);
      if (row.index() >= HEADER_WINDOW - 1) {
        decideHeader();
      }
      return;
    }
    dataRow(row);
  }

  /**
   * The header: of the first rows, the one naming the most Monthly columns; rows after it are data.
   */
  private void decideHeader() {
    if (headerRow >= 0 || window.isEmpty()) {
      return;
    }
    Row best = null;
    int bestCount = 0;
    for (Row row : window) {
      int count =
          (int) row.cells().values().stream().filter(MonthlySheetScan::namesAColumn).count();
      if (count > bestCount) {
        best = row;
        bestCount = count;
      }
    }
    if (best == null) {
      window.clear();
      return;
    }
    headerRow = best.index();
    for (Map.Entry<Integer, RawValue> cell : best.cells().entrySet()) {
      lastHeaderColumn = Math.max(lastHeaderColumn, cell.getKey());
      for (Column col : SheetSchema.MONTHLY.columns()) {
        if (cell.getValue() instanceof RawValue.Str s && col.matches(s.value())) {
          columns.putIfAbsent(col.key(), cell.getKey());
        }
      }
    }
    for (Row row : window) {
      if (row.index() > headerRow) {
        dataRow(row);
      }
    }
    window.clear();
  }

  private static boolean namesAColumn(RawValue v) {
    return v instanceof RawValue.Str s
        && SheetSchema.MONTHLY.columns().stream().anyMatch(c -> c.matches(s.value()));
  }

  private void dataRow(Row row) {
    row.styles().forEach(styleOfColumn::put);
    Integer agentColumn = columns.get("agent_id");
    Integer monthColumn = columns.get("month");
    if (agentColumn == null || monthColumn == null) {
      return;
    }
    String agent = row.cells().getOrDefault(agentColumn, RawValue.BLANK).display();
    CellParser.Result m =
        CellParser.parse(row.cells().getOrDefault(monthColumn, RawValue.BLANK), ValueType.MONTH);
    if (agent.isEmpty() || m.failed() || !month.equals(m.value())) {
      return;
    }
    Integer first = rowOfAgent.putIfAbsent(agent, row.index());
    if (first != null) {
      duplicates.add(new Duplicate(agent, first, row.index(), agentColumn));
      return;
    }
    Set<Integer> filled = new HashSet<>();
    row.cells()
        .forEach(
            (c, v) -> {
              if (!(v instanceof RawValue.Blank)) {
                filled.add(c);
              }
            });
    filledOfAgent.put(agent, filled);
    row.masters().forEach(c -> sharedMasters.add(key(row.index(), c)));
  }

  static long key(int row, int column) {
    return ((long) row << 32) | column;
  }
}

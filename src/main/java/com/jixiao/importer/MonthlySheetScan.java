package com.jixiao.importer;

import com.jixiao.model.ValueType;
import com.jixiao.workbook.CellParser;
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
import java.util.function.IntFunction;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.util.XMLHelper;

/**
 * The first of the two passes over the Monthly sheet's XML ({@link MonthlySheetEdit}): where its
 * header is, which column holds which key, which row holds each agent's row of the month imported,
 * the last row, the style each column's cells use, and which of those rows' cells hold a formula.
 * Streamed with StAX: the Monthly sheet of a large shop's year is tens of thousands of rows, and
 * only a handful of numbers per row are kept.
 */
final class MonthlySheetScan {
  /** The header is in one of the first rows, as the workbook reader requires. */
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
      Set<Long> formulaCells,
      Set<Long> sharedFormulaMasters) {
    boolean found() {
      return headerRow >= 0;
    }

    Optional<Integer> column(String key) {
      return Optional.ofNullable(columns.get(key));
    }
  }

  /** An agent with two rows of the month: which one to update cannot be known. */
  record Duplicate(String agentId, int firstRow, int row, int column) {}

  private final IntFunction<String> sharedStrings;
  private final YearMonth month;

  private int headerRow = -1;
  private final Map<String, Integer> columns = new LinkedHashMap<>();
  private int lastHeaderColumn = -1;
  private int lastRow = -1;
  private final Map<String, Integer> rowOfAgent = new LinkedHashMap<>();
  private final List<Duplicate> duplicates = new ArrayList<>();
  private final Map<Integer, String> styleOfColumn = new HashMap<>();
  private final Set<Long> formulaCells = new HashSet<>();
  private final Set<Long> sharedMasters = new HashSet<>();

  // the row being read
  private int row;
  private final Map<Integer, RawValue> cells = new java.util.TreeMap<>(); // in column order
  private final Map<Integer, String> styles = new HashMap<>();
  private final Set<Integer> formulas = new HashSet<>();
  private final Set<Integer> masters = new HashSet<>();

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
    } catch (XMLStreamException e) {
      throw new IOException("the Monthly sheet's XML is not readable: " + e.getMessage(), e);
    }
    return new Layout(
        scan.headerRow,
        scan.columns,
        scan.lastHeaderColumn,
        scan.lastRow,
        scan.rowOfAgent,
        scan.duplicates,
        scan.styleOfColumn,
        scan.formulaCells,
        scan.sharedMasters);
  }

  private void read(XMLStreamReader xml) throws XMLStreamException {
    int nextRow = 0;
    int nextColumn = 0;
    while (xml.hasNext()) {
      if (xml.next() != XMLStreamConstants.START_ELEMENT) {
        if (xml.getEventType() == XMLStreamConstants.END_ELEMENT
            && xml.getLocalName().equals("row")) {
          endRow();
        }
        continue;
      }
      switch (xml.getLocalName()) {
        case "row" -> {
          String r = xml.getAttributeValue(null, "r");
          row = r == null ? nextRow : Integer.parseInt(r.trim()) - 1;
          nextRow = row + 1;
          nextColumn = 0;
          cells.clear();
          styles.clear();
          formulas.clear();
          masters.clear();
        }
        case "c" -> {
          String ref = xml.getAttributeValue(null, "r");
          int column = ref == null ? nextColumn : MonthlySheetEdit.columnOf(ref);
          nextColumn = column + 1;
          String s = xml.getAttributeValue(null, "s");
          if (s != null) {
            styles.put(column, s);
          }
          readCell(xml, column, xml.getAttributeValue(null, "t"));
        }
        default -> {
          // sheet properties, columns, merged cells …: nothing the scan needs
        }
      }
    }
  }

  /** Reads one {@code <c>} to its end: its value, and whether it holds a formula. */
  private void readCell(XMLStreamReader xml, int column, String type) throws XMLStreamException {
    StringBuilder value = new StringBuilder();
    boolean inValue = false;
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String local = xml.getLocalName();
        if (local.equals("f")) {
          formulas.add(column);
          if ("shared".equals(xml.getAttributeValue(null, "t"))
              && xml.getAttributeValue(null, "ref") != null) {
            masters.add(column);
          }
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
    cells.put(column, raw(type, value.toString()));
  }

  private RawValue raw(String type, String v) {
    if (v.isEmpty()) {
      return RawValue.BLANK;
    }
    String t = type == null ? "n" : type;
    return switch (t) {
      case "s" -> new RawValue.Str(sharedStrings.apply(Integer.parseInt(v.trim())));
      case "inlineStr", "str" -> new RawValue.Str(v);
      case "b", "e" -> new RawValue.Str(v);
      case "d" -> new RawValue.Str(v.length() >= 10 ? v.substring(0, 10) : v);
      default -> {
        try {
          yield new RawValue.Num(RawValue.excelNumber(new BigDecimal(v.trim())), false);
        } catch (NumberFormatException e) {
          yield new RawValue.Str(v);
        }
      }
    };
  }

  private void endRow() {
    lastRow = Math.max(lastRow, row);
    if (headerRow < 0) {
      if (row < HEADER_WINDOW) {
        tryHeader();
      }
      return;
    }
    styles.forEach(styleOfColumn::put);
    Integer agentColumn = columns.get("agent_id");
    Integer monthColumn = columns.get("month");
    if (agentColumn == null || monthColumn == null) {
      return;
    }
    String agent = cells.getOrDefault(agentColumn, RawValue.BLANK).display();
    CellParser.Result m =
        CellParser.parse(cells.getOrDefault(monthColumn, RawValue.BLANK), ValueType.MONTH);
    if (agent.isEmpty() || m.failed() || !month.equals(m.value())) {
      return;
    }
    Integer first = rowOfAgent.putIfAbsent(agent, row);
    if (first != null) {
      duplicates.add(new Duplicate(agent, first, row, agentColumn));
      return;
    }
    formulas.forEach(c -> formulaCells.add(MonthlySheetEdit.key(row, c)));
    masters.forEach(c -> sharedMasters.add(MonthlySheetEdit.key(row, c)));
  }

  /** A row with a cell naming the agent ID column is the header; its columns are noted. */
  private void tryHeader() {
    Column agentId = SheetSchema.MONTHLY.column("agent_id").orElseThrow();
    boolean isHeader =
        cells.values().stream()
            .anyMatch(v -> v instanceof RawValue.Str s && agentId.matches(s.value()));
    if (!isHeader) {
      return;
    }
    headerRow = row;
    cells.forEach(
        (c, v) -> {
          lastHeaderColumn = Math.max(lastHeaderColumn, c);
          for (Column col : SheetSchema.MONTHLY.columns()) {
            if (v instanceof RawValue.Str s && col.matches(s.value())) {
              columns.putIfAbsent(col.key(), c);
            }
          }
        });
  }
}

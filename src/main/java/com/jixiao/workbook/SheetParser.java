package com.jixiao.workbook;

import com.jixiao.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads one worksheet part with a pull parser ({@link XmlInput}), so a sheet of a million rows
 * never becomes a DOM. Cells are read as {@link RawValue}s ({@link CellDecoder}). The first {@value
 * #HEADER_WINDOW} rows are kept whole; then {@code decide} picks, from those rows, the header row
 * and which columns to keep for the rest.
 *
 * <p>The part is untrusted: nesting beyond {@link DamagedXml#MAX_DEPTH}, a reference to a shared
 * string the file does not have and attributes that should be numbers and are not end the parse
 * with a {@link DamagedXml} naming the cell.
 */
final class SheetParser {
  static final int HEADER_WINDOW = 5;

  /** Which row is the header and which columns to keep, decided from the first rows. */
  record Layout(int headerIndex, Set<Integer> columns) {}

  /** Longer text is not looked up among the values seen ({@link CellDecoder#SHORT_TEXT}). */
  static final int SHORT_TEXT = CellDecoder.SHORT_TEXT;

  private final CellDecoder cells;
  private final Function<List<TableRow>, Layout> decide;

  private final XmlInput parser;
  private boolean ended;
  private final List<TableRow> window = new ArrayList<>();
  private final ArrayDeque<TableRow> ready = new ArrayDeque<>();
  private Layout layout;
  private boolean[] keptColumns; // the layout's columns, by index

  private int rowIndex;
  private int nextRow;
  // the current row's cells, reused from row to row: a large sheet has millions of cells
  private int[] cellColumns = new int[16];
  private RawValue[] cellValues = new RawValue[16];
  private int cellCount;
  private boolean cellsOutOfOrder;
  private int column;
  private int nextColumn;
  private byte type;
  private int style;
  private boolean hasFormula;
  private boolean inValue;
  private boolean inInlineText;
  private final XmlInput.TextBuffer text = new XmlInput.TextBuffer();
  private boolean hasValue;

  private SheetParser(
      XmlInput parser,
      SharedStringTable strings,
      CellFormats formats,
      Function<List<TableRow>, Layout> decide) {
    this.parser = parser;
    this.cells = new CellDecoder(strings, formats);
    this.decide = decide;
  }

  /**
   * A parser of a sheet's rows, pulled one by one ({@link #next}): {@code decide} gets the first
   * rows (whole) and returns the layout. The caller closes the stream.
   */
  static SheetParser open(
      InputStream sheetXml,
      SharedStringTable strings,
      CellFormats formats,
      Function<List<TableRow>, Layout> decide)
      throws IOException {
    return new SheetParser(XmlInput.of(sheetXml), strings, formats, decide);
  }

  /** Parses a whole sheet, keeping its rows. */
  static SheetTable parse(
      String name,
      InputStream sheetXml,
      SharedStringTable strings,
      CellFormats formats,
      Function<List<TableRow>, Layout> decide)
      throws IOException {
    SheetParser parser = open(sheetXml, strings, formats, decide);
    List<TableRow> rows = new ArrayList<>();
    for (TableRow row = parser.next(); row != null; row = parser.next()) {
      rows.add(row);
    }
    return new SheetTable(name, parser.header(), rows);
  }

  /** The header row (empty if the sheet has none), reading as far as the layout needs. */
  TableRow header() throws IOException {
    if (layout == null) {
      readWindow();
    }
    return window.stream()
        .filter(r -> r.index() == layout.headerIndex())
        .findFirst()
        .orElse(new TableRow(layout.headerIndex(), Map.of()));
  }

  /**
   * The next row below the header that has anything in a kept column, or null at the end of the
   * sheet. Rows are pulled rather than pushed to a callback, so what each sheet's reader does with
   * a row is compiled in that reader's own loop, not inlined into one parse loop shared by all
   * sheets (which the JIT recompiled for every sheet: a third of the reading time went to that).
   */
  TableRow next() throws IOException {
    if (layout == null) {
      readWindow();
    }
    while (ready.isEmpty()) {
      TableRow row = readRow();
      if (row == null) {
        return null;
      }
      keep(row);
    }
    return ready.poll();
  }

  /** Reads the first rows and decides the layout from them. */
  private void readWindow() throws IOException {
    while (layout == null) {
      TableRow row = readRow();
      if (row == null) {
        decideLayout();
        return;
      }
      window.add(row);
      if (row.index() >= HEADER_WINDOW - 1) {
        decideLayout();
      }
    }
  }

  /** The next row of the part as read (the layout's columns only, once decided), or null. */
  private TableRow readRow() throws IOException {
    if (ended) {
      return null;
    }
    XMLStreamReader xml = parser.xml();
    for (int e = parser.next(); e != XMLStreamConstants.END_DOCUMENT; e = parser.next()) {
      switch (e) {
        case XMLStreamConstants.START_ELEMENT -> startElement(parser, xml);
        case XMLStreamConstants.END_ELEMENT -> {
          TableRow row = endElement(xml.getLocalName());
          if (row != null) {
            return row;
          }
        }
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (inValue || inInlineText) {
            parser.appendText(text);
          }
        }
        default -> {
          // comments and processing instructions hold no values
        }
      }
    }
    ended = true;
    parser.close();
    return null;
  }

  private void startElement(XmlInput parser, XMLStreamReader xml) throws IOException {
    switch (xml.getLocalName()) {
      case "row" -> startRow(parser, xml);
      case "c" -> startCell(parser, xml);
      case "f" -> hasFormula = true;
      case "v" -> {
        inValue = true;
        hasValue = true;
      }
      case "t" -> {
        if (type == CellDecoder.INLINE) {
          inInlineText = true;
          hasValue = true;
        }
      }
      default -> {
        // other elements (sheet properties, merged cells, formats) do not matter for values
      }
    }
  }

  private void startRow(XmlInput parser, XMLStreamReader xml) throws IOException {
    rowIndex = nextRow;
    for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
      if (isPlain(xml, i) && xml.getAttributeLocalName(i).equals("r")) {
        rowIndex = whole("r", parser.attributeText(i)) - 1;
      }
    }
    nextRow = rowIndex + 1;
    nextColumn = 0;
    cellCount = 0;
    cellsOutOfOrder = false;
  }

  /**
   * A cell's reference, type and style, read in one pass over its attributes from the parser's
   * buffer: a million-row sheet would otherwise make three Strings a cell.
   */
  private void startCell(XmlInput parser, XMLStreamReader xml) throws IOException {
    column = nextColumn;
    type = CellDecoder.NUMBER;
    style = 0;
    for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
      if (!isPlain(xml, i)) {
        continue;
      }
      switch (xml.getAttributeLocalName(i)) {
        case "r" -> column = CellRefs.columnOf(parser.attributeText(i));
        case "t" -> type = CellDecoder.type(parser.attributeText(i));
        case "s" -> style = whole("s", parser.attributeText(i));
        default -> {
          // cm, vm, ph: nothing a value depends on
        }
      }
    }
    nextColumn = column + 1;
    hasFormula = false;
    hasValue = false;
    text.clear();
  }

  /** An attribute without a namespace prefix, as the sheet's own attributes are written. */
  private static boolean isPlain(XMLStreamReader xml, int i) {
    String prefix = xml.getAttributePrefix(i);
    return prefix == null || prefix.isEmpty();
  }

  /** An attribute that holds a whole number, else the sheet is damaged (saying where). */
  private int whole(String attribute, XmlInput.AttributeText value) throws DamagedXml {
    int n = value.whole();
    if (n >= 0) {
      return n;
    }
    try {
      return Integer.parseInt(value.toString()); // a sign, or digits of another script
    } catch (NumberFormatException e) {
      throw new DamagedXml(
          Message.of(
              "damage.not_a_number",
              CellDecoder.where(rowIndex, column),
              attribute + "=\"" + value + "\""));
    }
  }

  /** Ends an element: the row read when it is a row's end, else null. */
  private TableRow endElement(String localName) throws DamagedXml {
    switch (localName) {
      case "v" -> inValue = false;
      case "t" -> inInlineText = false;
      case "c" -> endCell();
      case "row" -> {
        return endRow();
      }
      default -> {
        // nothing to do
      }
    }
    return null;
  }

  private void endCell() throws DamagedXml {
    if (keptColumns != null
        && (column < 0 || column >= keptColumns.length || !keptColumns[column])) {
      return;
    }
    RawValue value =
        isUncalculated()
            ? RawValue.UNCALCULATED
            : hasValue ? cells.value(type, style, text, rowIndex, column) : RawValue.BLANK;
    if (!(value instanceof RawValue.Blank)) {
      if (cellCount == cellColumns.length) {
        cellColumns = Arrays.copyOf(cellColumns, cellCount * 2);
        cellValues = Arrays.copyOf(cellValues, cellCount * 2);
      }
      if (cellCount > 0 && column <= cellColumns[cellCount - 1]) {
        cellsOutOfOrder = true; // hand-written XML may list cells in any order, or twice
      }
      cellColumns[cellCount] = column;
      cellValues[cellCount++] = value;
    }
  }

  /**
   * A formula whose result was never saved: no {@code <v>}, or an empty one on a number cell
   * (openpyxl writes {@code <f>A2*B2</f><v/>}). An empty text result ({@code t="str"}) is a
   * calculated empty string, not this.
   */
  private boolean isUncalculated() {
    if (!hasFormula) {
      return false;
    }
    return !hasValue || (text.length() == 0 && !CellDecoder.isText(type));
  }

  private TableRow endRow() {
    if (cellsOutOfOrder) {
      Map<Integer, RawValue> cells = new HashMap<>();
      for (int i = 0; i < cellCount; i++) {
        cells.put(cellColumns[i], cellValues[i]); // the last of a repeated column wins
      }
      return new TableRow(rowIndex, cells);
    }
    return new TableRow(rowIndex, cellColumns, cellValues, cellCount);
  }

  private void decideLayout() {
    layout = decide.apply(List.copyOf(window));
    keptColumns = new boolean[layout.columns().stream().mapToInt(c -> c + 1).max().orElse(0)];
    layout.columns().stream().filter(c -> c >= 0).forEach(c -> keptColumns[c] = true);
    for (TableRow row : window) {
      keep(filtered(row));
    }
  }

  private TableRow filtered(TableRow row) {
    Map<Integer, RawValue> kept = new HashMap<>();
    row.cells()
        .forEach(
            (c, v) -> {
              if (layout.columns().contains(c)) {
                kept.put(c, v);
              }
            });
    return new TableRow(row.index(), kept);
  }

  /** Queues a row to hand out if it is below the header and not blank. */
  private void keep(TableRow row) {
    if (row.index() > layout.headerIndex() && !row.isBlank()) {
      ready.add(row);
    }
  }
}

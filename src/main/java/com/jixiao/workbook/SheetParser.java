package com.jixiao.workbook;

import com.jixiao.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads one worksheet part with SAX, so a sheet of a million rows never becomes a DOM. Cells are
 * read as {@link RawValue}s (formula cells by their cached value; number formats tell dates and
 * percents). The first {@value #HEADER_WINDOW} rows are kept whole; then {@code keep} decides, from
 * those rows, the header row and which columns to keep for the rest.
 *
 * <p>The part is untrusted: nesting beyond {@link DamagedXml#MAX_DEPTH}, a reference to a shared
 * string the file does not have and attributes that should be numbers and are not end the parse
 * with a {@link DamagedXml} naming the cell. (The class is over 400 lines because the SAX callbacks
 * and the decoding of a cell's value share the per-cell state of the hot loop: reused arrays and
 * caches a million-row sheet depends on.)
 */
final class SheetParser extends DefaultHandler {
  static final int HEADER_WINDOW = 5;

  /** Which row is the header and which columns to keep, decided from the first rows. */
  record Layout(int headerIndex, Set<Integer> columns) {}

  private final SharedStrings strings;
  private final StylesTable styles;
  private final Function<List<TableRow>, Layout> decide;
  private final Map<Integer, Boolean> dateStyle = new HashMap<>();
  private final Map<Integer, Boolean> percentStyle = new HashMap<>();
  private final Map<Integer, RawValue> sharedCache = new HashMap<>();

  /**
   * Values already seen, by kind and text: dates, IDs, codes and names repeat on every row of a
   * large sheet, and one instance each is kept instead of one per cell. Bounded, so a sheet of
   * unique values costs no more than without it.
   */
  private final Map<Character, Map<String, RawValue>> seen = new HashMap<>();

  private int seenCount;

  private static final int SEEN_LIMIT = 1 << 16;

  /**
   * Text up to this length is looked up among the values seen (IDs, codes, dates, names); longer
   * text, such as a QA note, is rarely repeated and is not kept for the lookup.
   */
  static final int SHORT_TEXT = 12;

  private final List<TableRow> window = new ArrayList<>();
  private final List<TableRow> rows = new ArrayList<>();
  private Layout layout;
  private Function<TableRow, Consumer<TableRow>> start; // streaming: rows are handed on, not kept
  private Consumer<TableRow> sink;

  private int rowIndex;
  private int nextRow;
  // the current row's cells, reused from row to row: a large sheet has millions of cells
  private int[] cellColumns = new int[16];
  private RawValue[] cellValues = new RawValue[16];
  private int cellCount;
  private boolean cellsOutOfOrder;
  private int column;
  private int depth;
  private int nextColumn;
  private String type;
  private int style;
  private boolean hasFormula;
  private boolean inValue;
  private boolean inInlineText;
  // a cell's text as SAX hands it over; not a StringBuilder, which once given a Chinese character
  // keeps two bytes per character and makes every later value cost a second copy
  private char[] text = new char[64];
  private int textLength;
  private boolean hasValue;

  private SheetParser(
      SharedStrings strings, StylesTable styles, Function<List<TableRow>, Layout> decide) {
    this.strings = strings;
    this.styles = styles;
    this.decide = decide;
  }

  /** Parses a sheet; {@code decide} gets the first rows (whole) and returns the layout. */
  static SheetTable parse(
      String name,
      InputStream sheetXml,
      SharedStrings strings,
      StylesTable styles,
      Function<List<TableRow>, Layout> decide)
      throws IOException, SAXException {
    SheetParser parser = new SheetParser(strings, styles, decide);
    parser.run(sheetXml);
    return parser.table(name);
  }

  /**
   * Parses a sheet without keeping its rows: once the layout is decided, {@code start} gets the
   * header row and returns where each following non-blank row goes, as soon as it is read.
   */
  static void stream(
      InputStream sheetXml,
      SharedStrings strings,
      StylesTable styles,
      Function<List<TableRow>, Layout> decide,
      Function<TableRow, Consumer<TableRow>> start)
      throws IOException, SAXException {
    SheetParser parser = new SheetParser(strings, styles, decide);
    parser.start = start;
    parser.run(sheetXml);
    if (parser.layout == null) {
      parser.decideLayout();
    }
  }

  private void run(InputStream sheetXml) throws IOException, SAXException {
    try {
      XMLReader reader = XMLHelper.newXMLReader();
      reader.setErrorHandler(DamagedXml.SILENT);
      reader.setContentHandler(this);
      reader.parse(new InputSource(sheetXml));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("no XML parser", e);
    }
  }

  private SheetTable table(String name) {
    if (layout == null) {
      decideLayout();
    }
    return new SheetTable(name, header(), rows);
  }

  private TableRow header() {
    return window.stream()
        .filter(r -> r.index() == layout.headerIndex())
        .findFirst()
        .orElse(new TableRow(layout.headerIndex(), Map.of()));
  }

  @Override
  public void startElement(String uri, String localName, String qName, Attributes attrs)
      throws SAXException {
    if (++depth > DamagedXml.MAX_DEPTH) {
      throw DamagedXml.tooDeep();
    }
    switch (localName) {
      case "row" -> {
        String r = attrs.getValue("r");
        rowIndex = r == null ? nextRow : whole("r", r) - 1;
        nextRow = rowIndex + 1;
        nextColumn = 0;
        cellCount = 0;
        cellsOutOfOrder = false;
      }
      case "c" -> {
        String ref = attrs.getValue("r");
        column = ref == null ? nextColumn : columnOf(ref);
        nextColumn = column + 1;
        type = attrs.getValue("t");
        String s = attrs.getValue("s");
        style = s == null ? 0 : whole("s", s);
        hasFormula = false;
        hasValue = false;
        textLength = 0;
      }
      case "f" -> hasFormula = true;
      case "v" -> {
        inValue = true;
        hasValue = true;
      }
      case "t" -> {
        if ("inlineStr".equals(type)) {
          inInlineText = true;
          hasValue = true;
        }
      }
      default -> {
        // other elements (sheet properties, merged cells, formats) do not matter for values
      }
    }
  }

  /** An attribute that holds a whole number, else the sheet is damaged (saying where). */
  private int whole(String attribute, String value) throws DamagedXml {
    try {
      return Integer.parseInt(value.trim());
    } catch (NumberFormatException e) {
      throw new DamagedXml(
          Message.of("damage.not_a_number", where(), attribute + "=\"" + value + "\""));
    }
  }

  /** The cell being read, e.g. "B2" (or the row, before its first cell). */
  private String where() {
    return new CellReference(rowIndex, Math.max(column, 0)).formatAsString(false);
  }

  /** "AB12" → 27: the column letters of a cell reference, without a regex per cell. */
  static int columnOf(String ref) {
    int col = 0;
    for (int i = 0; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        col = col * 26 + (c - 'A' + 1);
      } else if (c >= 'a' && c <= 'z') {
        col = col * 26 + (c - 'a' + 1);
      } else if (c != '$') {
        break;
      }
    }
    return col - 1;
  }

  @Override
  public void characters(char[] ch, int start, int length) {
    if (inValue || inInlineText) {
      if (textLength + length > text.length) {
        text = java.util.Arrays.copyOf(text, Math.max(text.length * 2, textLength + length));
      }
      System.arraycopy(ch, start, text, textLength, length);
      textLength += length;
    }
  }

  @Override
  public void endElement(String uri, String localName, String qName) throws SAXException {
    depth--;
    switch (localName) {
      case "v" -> inValue = false;
      case "t" -> inInlineText = false;
      case "c" -> endCell();
      case "row" -> endRow();
      default -> {
        // nothing to do
      }
    }
  }

  private void endCell() throws SAXException {
    if (layout != null && !layout.columns().contains(column)) {
      return;
    }
    RawValue value =
        isUncalculated()
            ? RawValue.UNCALCULATED
            : hasValue ? value(new String(text, 0, textLength)) : RawValue.BLANK;
    if (!(value instanceof RawValue.Blank)) {
      if (cellCount == cellColumns.length) {
        cellColumns = java.util.Arrays.copyOf(cellColumns, cellCount * 2);
        cellValues = java.util.Arrays.copyOf(cellValues, cellCount * 2);
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
    boolean text = "str".equals(type) || "inlineStr".equals(type);
    return !hasValue || (textLength == 0 && !text);
  }

  private RawValue value(String v) throws SAXException {
    String t = type == null ? "n" : type;
    return switch (t) {
      case "s" -> sharedString(whole("v", v));
      case "inlineStr", "str" -> v.length() <= SHORT_TEXT ? once('s', v, () -> str(v)) : str(v);
      case "b" -> new RawValue.Bool("1".equals(v.trim()) || "true".equalsIgnoreCase(v.trim()));
      case "e" -> new RawValue.Err(v.trim());
      case "d" -> once('d', v, () -> isoDate(v));
      default -> once(numberKind(), v, () -> number(v));
    };
  }

  /** The value seen before with this kind and text, else {@code make}'s (kept while room). */
  private RawValue once(char kind, String text, java.util.function.Supplier<RawValue> make) {
    Map<String, RawValue> ofKind = seen.computeIfAbsent(kind, k -> new HashMap<>());
    RawValue known = ofKind.get(text);
    if (known != null) {
      return known;
    }
    RawValue value = make.get();
    if (seenCount < SEEN_LIMIT) {
      ofKind.put(text, value);
      seenCount++;
    }
    return value;
  }

  /** A number's meaning depends on its style: date, percent or plain. */
  private char numberKind() {
    return isDateStyle(style) ? 'D' : isPercentStyle(style) ? '%' : 'n';
  }

  /**
   * Shared strings repeat (dates, codes, names): one value per index. An index the table does not
   * have is damage; POI's exception for it lists every string of the workbook, which is never
   * shown.
   */
  private RawValue sharedString(int index) throws DamagedXml {
    RawValue known = sharedCache.get(index);
    if (known != null) {
      return known;
    }
    RawValue value;
    try {
      value = str(strings.getItemAt(index).getString());
    } catch (IllegalStateException | IndexOutOfBoundsException | NullPointerException missing) {
      throw new DamagedXml(Message.of("damage.missing_string", where(), String.valueOf(index)));
    }
    sharedCache.put(index, value);
    return value;
  }

  private static RawValue str(String s) {
    return s == null || com.jixiao.model.Text.trim(s).isEmpty()
        ? RawValue.BLANK
        : new RawValue.Str(s);
  }

  private static RawValue isoDate(String v) {
    try {
      return new RawValue.Date(LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v));
    } catch (java.time.format.DateTimeParseException e) {
      return new RawValue.Str(v);
    }
  }

  private RawValue number(String v) {
    String s = v.trim();
    if (s.isEmpty()) {
      return RawValue.BLANK;
    }
    double d;
    try {
      d = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return new RawValue.Str(s);
    }
    if (!Double.isFinite(d)) {
      return new RawValue.Str(s); // "NaN", "1e999999999": no number a cell can hold
    }
    if (isDateStyle(style) && DateUtil.isValidExcelDate(d)) {
      return new RawValue.Date(DateUtil.getLocalDateTime(d).toLocalDate());
    }
    BigDecimal exact = d == 0 ? BigDecimal.ZERO : new BigDecimal(s); // "1e-999999999" is 0
    return new RawValue.Num(RawValue.excelNumber(exact), isPercentStyle(style));
  }

  private boolean isDateStyle(int s) {
    return dateStyle.computeIfAbsent(
        s,
        k -> {
          XSSFCellStyle cs = styleAt(k);
          return cs != null && DateUtil.isADateFormat(cs.getDataFormat(), cs.getDataFormatString());
        });
  }

  private boolean isPercentStyle(int s) {
    return percentStyle.computeIfAbsent(
        s,
        k -> {
          XSSFCellStyle cs = styleAt(k);
          return cs != null && RawValue.isPercentFormat(cs.getDataFormatString());
        });
  }

  private XSSFCellStyle styleAt(int index) {
    if (styles == null || index < 0 || index >= styles.getNumCellStyles()) {
      return null;
    }
    return styles.getStyleAt(index);
  }

  private void endRow() {
    TableRow row;
    if (cellsOutOfOrder) {
      Map<Integer, RawValue> cells = new HashMap<>();
      for (int i = 0; i < cellCount; i++) {
        cells.put(cellColumns[i], cellValues[i]); // the last of a repeated column wins
      }
      row = new TableRow(rowIndex, cells);
    } else {
      row = new TableRow(rowIndex, cellColumns, cellValues, cellCount);
    }
    if (layout == null) {
      window.add(row);
      if (rowIndex >= HEADER_WINDOW - 1) {
        decideLayout();
      }
      return;
    }
    keep(row);
  }

  private void decideLayout() {
    layout = decide.apply(List.copyOf(window));
    if (start != null) {
      sink = start.apply(header());
    }
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

  private void keep(TableRow row) {
    if (row.index() > layout.headerIndex() && !row.isBlank()) {
      if (sink != null) {
        sink.accept(row);
      } else {
        rows.add(row);
      }
    }
  }
}

package com.jixiao.workbook;

import com.jixiao.i18n.Message;
import com.jixiao.model.Language;
import com.jixiao.model.ValueType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One table sheet of the standard workbook: finds its columns by header (row 1, any order, key or
 * label) and reads cells by column key and type. Errors go to {@link Problems} with the cell.
 */
public final class SheetReader {
  private final SheetTable sheet;
  private final SheetSchema schema;
  private final Problems problems;
  private final Language language;
  private final Map<String, Integer> columns = new HashMap<>();
  private final Map<String, Column> schemaColumns = new HashMap<>();
  private boolean rowFailed;

  /**
   * What each raw value read as, by the column's type: a Quality sheet repeats the same few dates,
   * IDs and codes hundreds of thousands of times, a Monthly sheet the same months and small counts;
   * each is parsed once, and each row keeps the one parsed value instead of a copy of its own.
   * Bounded; text longer than {@link SheetParser#SHORT_TEXT} (a note) is not kept.
   */
  private final Map<ValueType, Map<RawValue, CellParser.Result>> repeated =
      new EnumMap<>(ValueType.class);

  private int repeatedCount;

  private static final int REPEATED_LIMIT = 1 << 16;

  public SheetReader(SheetTable sheet, SheetSchema schema, Problems problems, Language language) {
    this.sheet = sheet;
    this.schema = schema;
    this.problems = problems;
    this.language = language;
    schema.columns().forEach(c -> schemaColumns.put(c.key(), c));
    mapHeader();
  }

  private void mapHeader() {
    TableRow header = sheet.header();
    Map<String, Integer> seenAt = new HashMap<>();
    for (int index : new TreeSet<>(header.cells().keySet())) {
      String text = header.cell(index).display();
      for (Column c : schema.columns()) {
        if (c.matches(text)) {
          Integer first = seenAt.putIfAbsent(c.key(), index);
          if (first != null) {
            problems.cell(
                sheet.name(),
                order(),
                header.index(),
                index,
                Message.of("error.column.duplicate", text),
                Message.of("hint.column.duplicate"));
          } else {
            columns.put(c.key(), index);
          }
        }
      }
    }
    if (columns.isEmpty()) {
      // no known header in the rows looked at: one clear problem, not one per column
      problems.sheet(
          sheet.name(),
          order(),
          Message.of("error.header.not_found", SheetParser.HEADER_WINDOW),
          Message.of("hint.header.not_found", SheetParser.HEADER_WINDOW, requiredLabels()));
      return;
    }
    for (Column c : schema.columns()) {
      if (c.required() && !columns.containsKey(c.key())) {
        problems.sheet(
            sheet.name(),
            order(),
            Message.of("error.column.missing", c.label(language), c.key()),
            Message.of("hint.column.missing", c.label(language), header.index() + 1));
      }
    }
  }

  private String requiredLabels() {
    return schema.columns().stream()
        .filter(Column::required)
        .map(c -> c.label(language))
        .collect(Collectors.joining(language == Language.ZH ? "、" : ", "));
  }

  public int order() {
    return schema.ordinal();
  }

  public String name() {
    return sheet.name();
  }

  public boolean hasColumn(String key) {
    return columns.containsKey(key);
  }

  /** Rows below the header that have anything in a known column. */
  public List<TableRow> dataRows() {
    List<TableRow> rows = new ArrayList<>();
    for (TableRow row : sheet.rows()) {
      if (isDataRow(row)) {
        rows.add(row);
      }
    }
    return rows;
  }

  /** Whether the row has anything in a known column. */
  public boolean isDataRow(TableRow row) {
    for (int index : columns.values()) {
      if (!(row.cell(index) instanceof RawValue.Blank)) {
        return true;
      }
    }
    return false;
  }

  /**
   * The header is the first of the first rows that names the most of the schema's columns (so a
   * title row above the header is skipped); only the columns it names are kept. Key–value sheets
   * keep columns A and B of every row.
   */
  static SheetParser.Layout layout(SheetSchema schema, List<TableRow> firstRows) {
    if (schema.isKeyValue()) {
      return new SheetParser.Layout(-1, Set.of(0, 1));
    }
    int bestIndex = firstRows.isEmpty() ? 0 : firstRows.get(0).index();
    Set<Integer> bestColumns = Set.of();
    for (TableRow row : firstRows) {
      Set<Integer> matched = new HashSet<>();
      row.cells()
          .forEach(
              (index, value) -> {
                if (schema.columns().stream().anyMatch(c -> c.matches(value.display()))) {
                  matched.add(index);
                }
              });
      if (matched.size() > bestColumns.size()) {
        bestIndex = row.index();
        bestColumns = matched;
      }
    }
    return new SheetParser.Layout(bestIndex, bestColumns);
  }

  /** Starts reading a row: {@link #rowFailed()} tells afterwards whether any cell was bad. */
  public void startRow() {
    rowFailed = false;
  }

  public boolean rowFailed() {
    return rowFailed;
  }

  public RawValue raw(TableRow row, String key) {
    int index = slot(key).index;
    return index < 0 ? RawValue.BLANK : row.cell(index);
  }

  /** The cell's value as the field's type; null if blank-not-given or bad (then reported). */
  public <T> T get(TableRow row, Field<T> field) {
    return field.javaType().cast(get(row, checked(field)));
  }

  /** Like {@link #get(TableRow, Field)} but a blank cell is an error. */
  public <T> T require(TableRow row, Field<T> field) {
    return field.javaType().cast(require(row, checked(field)));
  }

  /**
   * A schema column as this sheet has it: where it is (-1 if the sheet lacks it), its type, the
   * Java type its values become, and what each distinct raw value read as (see {@link #repeated}).
   * Looked up once per cell, by the key, instead of once per question about the cell.
   */
  private static final class Slot {
    final String key;
    final int index;
    final Column column;
    final Class<?> javaType;
    final Map<RawValue, CellParser.Result> parsed;

    Slot(String key, int index, Column column, Map<RawValue, CellParser.Result> parsed) {
      this.key = key;
      this.index = index;
      this.column = column;
      this.javaType = column == null ? null : Field.javaTypeOf(column.type());
      this.parsed = parsed;
    }
  }

  private final Map<String, Slot> slots = new HashMap<>();

  private Slot slot(String key) {
    Slot slot = slots.get(key);
    if (slot == null) {
      Column column = schemaColumns.get(key);
      slot =
          new Slot(
              key,
              columns.getOrDefault(key, -1),
              column,
              column == null
                  ? Map.of()
                  : repeated.computeIfAbsent(column.type(), t -> new HashMap<>()));
      slots.put(key, slot);
    }
    return slot;
  }

  /** The field's slot; a field the schema does not have, or of another type, is a bug. */
  private Slot checked(Field<?> field) {
    Slot slot = slot(field.key());
    if (slot.javaType != field.javaType()) {
      throw new IllegalStateException(
          "sheet " + schema + " has no column " + field.key() + " of " + field.javaType());
    }
    return slot;
  }

  /** The cell's value by the column's type; null if blank-not-given or bad (then reported). */
  private Object get(TableRow row, Slot slot) {
    RawValue raw = slot.index < 0 ? RawValue.BLANK : row.cell(slot.index);
    CellParser.Result r = parsed(raw, slot);
    if (r.failed()) {
      error(row, slot.key, r.error(), r.hint());
      return null;
    }
    return r.value();
  }

  /** The raw value read as the slot's type, parsed once per distinct value. */
  private CellParser.Result parsed(RawValue raw, Slot slot) {
    CellParser.Result known = slot.parsed.get(raw);
    if (known != null) {
      return known;
    }
    CellParser.Result r = CellParser.parse(raw, slot.column.type());
    if (repeatedCount < REPEATED_LIMIT
        && !(raw instanceof RawValue.Str s && s.value().length() > SheetParser.SHORT_TEXT)) {
      slot.parsed.put(raw, r);
      repeatedCount++;
    }
    return r;
  }

  private Object require(TableRow row, Slot slot) {
    Object v = get(row, slot);
    if (v == null && !rowFailed && raw(row, slot.key) instanceof RawValue.Blank) {
      String label = slot.column.label(language);
      error(
          row,
          slot.key,
          Message.of("error.value.required", label),
          Message.of("hint.required", label));
    }
    return v;
  }

  public Optional<String> text(TableRow row, String key) {
    Slot slot = slot(key);
    if (slot.javaType != String.class) {
      throw new IllegalStateException("sheet " + schema + " has no text column " + key);
    }
    String v = (String) get(row, slot);
    return Optional.ofNullable(v).filter(t -> !t.isEmpty());
  }

  public void error(TableRow row, String key, Message what, Message hint) {
    rowFailed = true;
    Integer index = columns.get(key);
    if (index == null) {
      problems.sheet(sheet.name(), order(), what, hint);
    } else {
      problems.cell(sheet.name(), order(), row.index(), index, what, hint);
    }
  }

  /** The 0-based index of a column of the schema in this sheet (0 if the sheet lacks it). */
  public int column(String key) {
    return columns.getOrDefault(key, 0);
  }

  /** A column's label in the workbook's language. */
  public String label(String key) {
    return schemaColumns.get(key).label(language);
  }

  /** The Excel address of a row's cell in a column, e.g. "E5". */
  public String address(TableRow row, String key) {
    Integer index = columns.get(key);
    return new org.apache.poi.ss.util.CellReference(row.index(), index == null ? 0 : index)
        .formatAsString(false);
  }
}

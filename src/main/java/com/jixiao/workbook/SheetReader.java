package com.jixiao.workbook;

import com.jixiao.i18n.Message;
import com.jixiao.model.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * One table sheet of the standard workbook: finds its columns by header (row 1, any order, key or
 * label) and reads cells by column key and type. Errors go to {@link Problems} with the cell.
 */
final class SheetReader {
  private final Sheet sheet;
  private final SheetSchema schema;
  private final Problems problems;
  private final Language language;
  private final Map<String, Integer> columns = new HashMap<>();
  private boolean rowFailed;

  SheetReader(Sheet sheet, SheetSchema schema, Problems problems, Language language) {
    this.sheet = sheet;
    this.schema = schema;
    this.problems = problems;
    this.language = language;
    mapHeader();
  }

  private void mapHeader() {
    Row header = sheet.getRow(0);
    Map<String, Integer> seenAt = new HashMap<>();
    if (header != null) {
      for (Cell cell : header) {
        String text = RawValue.of(cell).display();
        for (Column c : schema.columns()) {
          if (c.matches(text)) {
            Integer first = seenAt.putIfAbsent(c.key(), cell.getColumnIndex());
            if (first != null) {
              problems.cell(
                  sheet.getSheetName(),
                  order(),
                  0,
                  cell.getColumnIndex(),
                  Message.of("error.column.duplicate", text),
                  Message.of("hint.column.duplicate"));
            } else {
              columns.put(c.key(), cell.getColumnIndex());
            }
          }
        }
      }
    }
    for (Column c : schema.columns()) {
      if (c.required() && !columns.containsKey(c.key())) {
        problems.sheet(
            sheet.getSheetName(),
            order(),
            Message.of("error.column.missing", c.label(language), c.key()),
            Message.of("hint.column.missing", c.label(language)));
      }
    }
  }

  int order() {
    return schema.ordinal();
  }

  String name() {
    return sheet.getSheetName();
  }

  boolean hasColumn(String key) {
    return columns.containsKey(key);
  }

  /** Rows below the header that have anything in a known column. */
  List<Row> dataRows() {
    List<Row> rows = new ArrayList<>();
    for (Row row : sheet) {
      if (row.getRowNum() == 0) {
        continue;
      }
      boolean any = false;
      for (int index : columns.values()) {
        if (!(RawValue.of(row.getCell(index)) instanceof RawValue.Blank)) {
          any = true;
          break;
        }
      }
      if (any) {
        rows.add(row);
      }
    }
    return rows;
  }

  /** Starts reading a row: {@link #rowFailed()} tells afterwards whether any cell was bad. */
  void startRow() {
    rowFailed = false;
  }

  boolean rowFailed() {
    return rowFailed;
  }

  RawValue raw(Row row, String key) {
    Integer index = columns.get(key);
    return index == null ? RawValue.BLANK : RawValue.of(row.getCell(index));
  }

  /** The cell's value by the column's type; null if blank-not-given or bad (then reported). */
  Object get(Row row, String key) {
    Column column = schema.column(key).orElseThrow();
    CellParser.Result r = CellParser.parse(raw(row, key), column.type());
    if (r.failed()) {
      error(row, key, r.error(), r.hint());
      return null;
    }
    return r.value();
  }

  /** Like {@link #get} but a blank cell is an error. */
  Object require(Row row, String key) {
    Object v = get(row, key);
    if (v == null && !rowFailed && raw(row, key) instanceof RawValue.Blank) {
      Column column = schema.column(key).orElseThrow();
      error(
          row,
          key,
          Message.of("error.value.required", column.label(language)),
          Message.of("hint.required", column.label(language)));
    }
    return v;
  }

  Optional<String> text(Row row, String key) {
    Object v = get(row, key);
    return v == null ? Optional.empty() : Optional.of((String) v).filter(s -> !s.isEmpty());
  }

  void error(Row row, String key, Message what, Message hint) {
    rowFailed = true;
    Integer index = columns.get(key);
    if (index == null) {
      problems.sheet(sheet.getSheetName(), order(), what, hint);
    } else {
      problems.cell(sheet.getSheetName(), order(), row.getRowNum(), index, what, hint);
    }
  }

  /** The Excel address of a row's cell in a column, e.g. "E5". */
  String address(Row row, String key) {
    Integer index = columns.get(key);
    return new org.apache.poi.ss.util.CellReference(row.getRowNum(), index == null ? 0 : index)
        .formatAsString(false);
  }
}

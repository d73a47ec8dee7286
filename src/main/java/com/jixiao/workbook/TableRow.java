package com.jixiao.workbook;

import java.util.Map;

/** One row of an input sheet as read: its 0-based index and the cells kept, by column index. */
public record TableRow(int index, Map<Integer, RawValue> cells) {
  public TableRow {
    cells = Map.copyOf(cells);
  }

  public RawValue cell(int column) {
    return cells.getOrDefault(column, RawValue.BLANK);
  }

  public boolean isBlank() {
    return cells.values().stream().allMatch(v -> v instanceof RawValue.Blank);
  }
}

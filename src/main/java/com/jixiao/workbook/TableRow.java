package com.jixiao.workbook;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One row of an input sheet as read: its 0-based index and the cells kept, by column index. Kept
 * compact (two arrays) because a Quality sheet can have hundreds of thousands of rows.
 */
public final class TableRow {
  private final int index;
  private final int[] columns;
  private final RawValue[] values;

  public TableRow(int index, Map<Integer, RawValue> cells) {
    this.index = index;
    this.columns = cells.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    this.values = new RawValue[columns.length];
    for (int i = 0; i < columns.length; i++) {
      values[i] = cells.get(columns[i]);
    }
  }

  /**
   * The first {@code count} cells of two parallel arrays (copied), as the streaming parser collects
   * them: column indexes in ascending order, as cells come in a sheet's XML.
   */
  TableRow(int index, int[] columns, RawValue[] values, int count) {
    this.index = index;
    this.columns = Arrays.copyOf(columns, count);
    this.values = Arrays.copyOf(values, count);
  }

  public int index() {
    return index;
  }

  public RawValue cell(int column) {
    int at = Arrays.binarySearch(columns, column);
    return at >= 0 ? values[at] : RawValue.BLANK;
  }

  /** The cells kept, by column index, in column order. */
  public Map<Integer, RawValue> cells() {
    Map<Integer, RawValue> map = new LinkedHashMap<>();
    for (int i = 0; i < columns.length; i++) {
      map.put(columns[i], values[i]);
    }
    return map;
  }

  public boolean isBlank() {
    for (RawValue v : values) {
      if (!(v instanceof RawValue.Blank)) {
        return false;
      }
    }
    return true;
  }
}

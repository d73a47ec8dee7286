package com.jixiao.importer;

import com.jixiao.workbook.RawValue;
import java.util.List;

/**
 * One row of an export as read: its number as a spreadsheet program shows it (1 for the first) and
 * its cells from column A on.
 */
public record ExportRow(int number, List<RawValue> cells) {
  public ExportRow {
    cells = List.copyOf(cells);
  }

  public RawValue cell(int column) {
    return column < cells.size() ? cells.get(column) : RawValue.BLANK;
  }

  /** Whether every cell is blank. */
  public boolean isBlank() {
    return cells.stream().allMatch(c -> c instanceof RawValue.Blank);
  }
}

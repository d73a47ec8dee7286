package com.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/** Asserts that a sheet was kept exactly: values, formulas, formats, widths, merges. */
final class SheetComparison {
  private SheetComparison() {}

  static void assertSameSheet(Sheet expected, Sheet actual) {
    String name = expected.getSheetName();
    assertThat(actual.getLastRowNum()).as(name + " rows").isEqualTo(expected.getLastRowNum());
    assertThat(actual.getMergedRegions())
        .as(name + " merges")
        .isEqualTo(expected.getMergedRegions());
    int maxCol = 0;
    for (Row row : expected) {
      Row other = actual.getRow(row.getRowNum());
      assertThat(other).as(name + " row " + (row.getRowNum() + 1)).isNotNull();
      maxCol = Math.max(maxCol, row.getLastCellNum());
      for (Cell cell : row) {
        Cell o = other.getCell(cell.getColumnIndex());
        String where = name + "!" + cell.getAddress();
        assertThat(o).as(where).isNotNull();
        assertThat(o.getCellType()).as(where + " type").isEqualTo(cell.getCellType());
        assertThat(o.getCellStyle().getDataFormatString())
            .as(where + " format")
            .isEqualTo(cell.getCellStyle().getDataFormatString());
        if (cell.getCellType() == CellType.FORMULA) {
          assertThat(o.getCellFormula()).as(where + " formula").isEqualTo(cell.getCellFormula());
        }
        assertThat(o.toString()).as(where + " value").isEqualTo(cell.toString());
      }
    }
    for (int c = 0; c <= maxCol; c++) {
      assertThat(actual.getColumnWidth(c))
          .as(name + " width of column " + c)
          .isEqualTo(expected.getColumnWidth(c));
    }
  }
}

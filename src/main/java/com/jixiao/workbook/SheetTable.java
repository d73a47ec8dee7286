package com.jixiao.workbook;

import java.util.List;

/**
 * An input sheet as read by the streaming reader: its name, the header row and the rows below it
 * (blank rows dropped), each keeping only the columns the reader needs.
 */
public record SheetTable(String name, TableRow header, List<TableRow> rows) {
  public SheetTable {
    rows = List.copyOf(rows);
  }
}

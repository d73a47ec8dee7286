package com.jixiao.importer;

import java.util.List;

/** A table of an export file as read, every row kept (title, header, data, totals, notes). */
public record ExportSheet(ExportSource source, List<ExportRow> rows) {
  public ExportSheet {
    rows = List.copyOf(rows);
  }
}

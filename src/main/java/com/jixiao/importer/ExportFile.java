package com.jixiao.importer;

import java.util.List;

/**
 * An export file as read: its name, its place on the command line, how it was read ("CSV, GB18030",
 * "xlsx"), a digest of its bytes (the same file given twice would count every figure twice) and its
 * tables (one for a CSV, one per visible sheet of an .xlsx).
 */
public record ExportFile(
    String name, int order, String format, String digest, List<ExportSheet> sheets) {
  public ExportFile {
    sheets = List.copyOf(sheets);
  }
}

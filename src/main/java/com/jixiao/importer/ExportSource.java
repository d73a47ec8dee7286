package com.jixiao.importer;

import java.util.Optional;

/**
 * Where rows came from: an export file, and the sheet for an .xlsx. {@code order} is the file's
 * place on the command line, so problems are listed file by file.
 */
public record ExportSource(String file, Optional<String> sheet, int order) {

  /** As Excel names a sheet of another file: {@code [售后.xlsx]Sheet1}, or the file alone. */
  public String label() {
    return sheet.map(s -> "[" + file + "]" + s).orElse(file);
  }
}

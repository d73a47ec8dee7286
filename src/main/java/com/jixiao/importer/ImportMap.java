package com.jixiao.importer;

import java.util.List;
import java.util.Optional;

/**
 * A shop's own header mappings (the ImportMap / 导入映射 sheet): an export header and the field it
 * gives, or nothing for a column to ignore. They come before the built-in aliases.
 */
public record ImportMap(List<Entry> entries) {
  public ImportMap {
    entries = List.copyOf(entries);
  }

  /** One line: the header as the export writes it, and its field (empty: ignore the column). */
  public record Entry(String header, Optional<ImportField> field) {}

  public static ImportMap none() {
    return new ImportMap(List.of());
  }

  /** The entry for a header, compared as headers are (case, width, spaces, unit). */
  public Optional<Entry> find(HeaderText header) {
    String whole = header.base();
    return entries.stream().filter(e -> HeaderText.of(e.header()).base().equals(whole)).findFirst();
  }
}

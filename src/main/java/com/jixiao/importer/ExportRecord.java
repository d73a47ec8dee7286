package com.jixiao.importer;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One data row of an export, read: where it is, the agent as the export names them, its day or
 * month (if the export has a date column), the fields its table gives, and its figures by field (a
 * rate or a duration may be absent: "no data").
 */
public record ExportRecord(
    ExportSource source,
    int row,
    int agentColumn,
    String agent,
    Optional<ExportValues.RowDate> date,
    Set<ImportField> given,
    Map<ImportField, BigDecimal> values) {
  public ExportRecord {
    given = Collections.unmodifiableSet(EnumSet.copyOf(given));
    EnumMap<ImportField, BigDecimal> copy = new EnumMap<>(ImportField.class);
    copy.putAll(values);
    values = Collections.unmodifiableMap(copy);
  }

  /** Whether the row's table has a column for the field. */
  public boolean gives(ImportField field) {
    return given.contains(field);
  }
}

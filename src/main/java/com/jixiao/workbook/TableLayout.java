package com.jixiao.workbook;

import java.util.Optional;

/**
 * How a table is laid out beyond its columns: an optional totals row (its label in the first
 * column, a SUM formula with its cached value under every summed column) and whether it is set up
 * for printing (A4 landscape, one page wide, header row repeated, print area).
 */
public record TableLayout(Optional<String> totalsLabel, boolean printable) {
  public static final TableLayout PLAIN = new TableLayout(Optional.empty(), false);

  public static TableLayout withTotals(String label) {
    return new TableLayout(Optional.of(label), false);
  }

  public TableLayout forPrinting() {
    return new TableLayout(totalsLabel, true);
  }
}

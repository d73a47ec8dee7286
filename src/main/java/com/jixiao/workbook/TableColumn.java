package com.jixiao.workbook;

import java.util.function.Function;

/**
 * A column of an output sheet: its header, how its values look, how to get the value of a row (a
 * String, a Number, or null for an empty cell) and, optionally, a comment for the cell, a format
 * that depends on the row (a key | value sheet), and whether a totals row sums it.
 */
public record TableColumn<T>(
    String header,
    Format format,
    Function<T, Object> value,
    Function<T, String> comment,
    Function<T, Format> formatOf,
    boolean summed) {

  /** Number formats of output cells. */
  public enum Format {
    TEXT,
    /** Long sentences: wrapped in a column of at most 60 characters. */
    LONG_TEXT,
    INTEGER,
    DECIMAL2,
    /** Small unit values, e.g. the value of one point. */
    DECIMAL4,
    PERCENT1,
    MONEY,
    /** Money with the workbook's currency (Settings currency), for finance. */
    CURRENCY,
    DATE,
    /** A number as it is, without fixed decimals (a level 3, a rate 0.85, sales 45,678.9). */
    GENERAL
  }

  public static <T> TableColumn<T> of(String header, Format format, Function<T, Object> value) {
    return new TableColumn<>(header, format, value, row -> null, row -> format, false);
  }

  public TableColumn<T> withComment(Function<T, String> commentOf) {
    return new TableColumn<>(header, format, value, commentOf, formatOf, summed);
  }

  /** Each row's cell in its own format (the column's format is the header's width hint only). */
  public TableColumn<T> withFormatOf(Function<T, Format> rowFormat) {
    return new TableColumn<>(header, format, value, comment, rowFormat, summed);
  }

  /** The totals row has a SUM of this column (values must be numbers). */
  public TableColumn<T> withTotal() {
    return new TableColumn<>(header, format, value, comment, formatOf, true);
  }
}

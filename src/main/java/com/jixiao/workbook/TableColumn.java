package com.jixiao.workbook;

import java.util.function.Function;

/**
 * A column of an output sheet: its header, how its values look, how to get the value of a row (a
 * String, a Number, or null for an empty cell) and, optionally, a comment for the cell.
 */
public record TableColumn<T>(
    String header, Format format, Function<T, Object> value, Function<T, String> comment) {

  /** Number formats of output cells. */
  public enum Format {
    TEXT,
    /** Long sentences: wrapped in a column of at most 60 characters. */
    LONG_TEXT,
    INTEGER,
    DECIMAL2,
    PERCENT1,
    MONEY,
    DATE
  }

  public static <T> TableColumn<T> of(String header, Format format, Function<T, Object> value) {
    return new TableColumn<>(header, format, value, row -> null);
  }

  public TableColumn<T> withComment(Function<T, String> commentOf) {
    return new TableColumn<>(header, format, value, commentOf);
  }
}

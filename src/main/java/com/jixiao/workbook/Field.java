package com.jixiao.workbook;

import com.jixiao.model.ValueType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * A column of an input sheet as the code reads it: its key and the Java type its cells become, so a
 * reader asks for {@code require(row, DATE)} and gets a {@link LocalDate}, with no cast of its own.
 * The column's {@link ValueType} in {@link SheetSchema} must turn into that Java type; a mismatch
 * is a bug and fails at the first row read.
 */
public record Field<T>(String key, Class<T> javaType) {
  public static Field<String> text(String key) {
    return new Field<>(key, String.class);
  }

  /** Any numeric column: money, counts, days, rates, levels, integers, decimals. */
  public static Field<BigDecimal> number(String key) {
    return new Field<>(key, BigDecimal.class);
  }

  public static Field<LocalDate> date(String key) {
    return new Field<>(key, LocalDate.class);
  }

  public static Field<YearMonth> month(String key) {
    return new Field<>(key, YearMonth.class);
  }

  /** The Java type the cell parser makes of a value type. */
  static Class<?> javaTypeOf(ValueType type) {
    return switch (type) {
      case TEXT -> String.class;
      case DATE -> LocalDate.class;
      case MONTH -> YearMonth.class;
      case MONEY, COUNT, DAYS, RATE, SHARE, LEVEL3, LEVEL4, INTEGER, DECIMAL -> BigDecimal.class;
    };
  }
}

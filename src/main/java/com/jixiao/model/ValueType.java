package com.jixiao.model;

/** What a cell must hold; the reader checks and converts by this. */
public enum ValueType {
  /** Free text. */
  TEXT,
  /** A non-negative amount of money, any number of decimals. */
  MONEY,
  /** A whole number ≥ 0; blank is 0. */
  COUNT,
  /** A number of days ≥ 0, halves allowed; blank is 0. */
  DAYS,
  /** A fraction (0.005) or percent text ("0.5%"); a plain number above 1 is an error. */
  RATE,
  /**
   * A rate that is a part of a whole (satisfaction, a commission or points-pool rate): as {@link
   * #RATE}, and above 100% is an error. (A flagship ratio is a plain RATE: it can exceed 100%.)
   */
  SHARE,
  /** A rating level 1–3. */
  LEVEL3,
  /** A rating level 1–4. */
  LEVEL4,
  /** A whole number, may be negative (points, level changes). */
  INTEGER,
  /** Any number, may be negative or fractional. */
  DECIMAL,
  /** A month: YYYY-MM, YYYY年M月 or a date cell. */
  MONTH,
  /** A calendar date: a date cell, YYYY-MM-DD, YYYY/M/D or YYYY年M月D日. */
  DATE;

  public boolean isLevel() {
    return this == LEVEL3 || this == LEVEL4;
  }

  public int maxLevel() {
    return switch (this) {
      case LEVEL3 -> 3;
      case LEVEL4 -> 4;
      default -> throw new IllegalStateException(this + " is not a level");
    };
  }

  /** Blank means zero for counts and days; other types treat blank as "not given". */
  public boolean blankIsZero() {
    return this == COUNT || this == DAYS;
  }
}

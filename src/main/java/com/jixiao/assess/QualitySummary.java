package com.jixiao.assess;

/**
 * One agent's quality inspections in the period (docs/rules.md#quality). {@code fatal} includes the
 * escalated findings (the 3rd and later occurrence of the same non-fatal code); {@code nonFatal}
 * counts only the non-fatal findings that were not escalated.
 */
public record QualitySummary(int inspections, int fatal, int nonFatal, int escalated) {
  public static final QualitySummary NONE = new QualitySummary(0, 0, 0, 0);
}

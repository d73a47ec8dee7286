package com.jixiao.rules;

import com.jixiao.model.Band;
import com.jixiao.model.CommissionTier;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

/**
 * Everything a workbook may override about how a month is assessed: weights (Rules), bands (Bands),
 * commission tiers (Commission) and named parameters (Parameters). {@link #defaults()} is the rule
 * book's (docs/rules.md).
 */
public record RuleSet(
    WeightTable weights, List<Band> bands, List<CommissionTier> commission, Parameters params) {

  public RuleSet {
    bands =
        List.copyOf(
            bands.stream()
                .sorted(Comparator.comparing(Band::minScore, Comparator.reverseOrder()))
                .toList());
    commission =
        List.copyOf(
            commission.stream().sorted(Comparator.comparing(CommissionTier::from)).toList());
  }

  public static RuleSet defaults() {
    return new RuleSet(
        WeightTable.defaults(), defaultBands(), defaultCommission(), Parameters.defaults());
  }

  /**
   * docs/rules.md#bands, from source 4's 考核结果的运用 (with the rule book's **reading** of its 90–100
   * row).
   */
  public static List<Band> defaultBands() {
    return List.of(
        band("100", "1.2", 2, "promote2"),
        band("90", "0.9", 1, "promote1"),
        band("80", "0.8", 0, "review"),
        band("60", "0.7", 0, "keep"),
        band("50", "0.6", -1, "demote"),
        band("-1000000", "0.4", 0, "dismiss"));
  }

  /** docs/rules.md#commission, source 1's 阶梯提成: each tier reached raises the rate one point. */
  public static List<CommissionTier> defaultCommission() {
    return List.of(
        new CommissionTier(new BigDecimal("0"), new BigDecimal("0.01")),
        new CommissionTier(new BigDecimal("50000"), new BigDecimal("0.02")),
        new CommissionTier(new BigDecimal("100000"), new BigDecimal("0.03")),
        new CommissionTier(new BigDecimal("150000"), new BigDecimal("0.04")));
  }

  private static Band band(String min, String coefficient, int change, String action) {
    return new Band(new BigDecimal(min), new BigDecimal(coefficient), change, action);
  }

  /** The band of a total: the highest band whose minimum the total reaches (or the lowest band). */
  public Band bandOf(BigDecimal total) {
    for (Band b : bands) {
      if (total.compareTo(b.minScore()) >= 0) {
        return b;
      }
    }
    return bands.get(bands.size() - 1);
  }
}

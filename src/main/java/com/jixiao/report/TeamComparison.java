package com.jixiao.report;

import com.jixiao.ranking.TierClass;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** The team-level figures of two month reports side by side. */
public record TeamComparison(TeamFigures before, TeamFigures after) {

  /** after − before of a team amount, e.g. {@code difference(TeamFigures::payrollCost)}. */
  public BigDecimal difference(Function<TeamFigures, BigDecimal> figure) {
    return figure.apply(after).subtract(figure.apply(before));
  }

  /** How much more (negative: less) the payroll costs. */
  public BigDecimal payrollCostDifference() {
    return difference(TeamFigures::payrollCost);
  }

  /** after − before of the agents in a tier class. */
  public int tierDifference(TierClass tier) {
    return after.tiers().get(tier) - before.tiers().get(tier);
  }

  /** The bands of both reports by place, best first; a place only one side has is empty there. */
  public List<BandRow> bandRows() {
    int places = Math.max(before.bands().size(), after.bands().size());
    List<BandRow> rows = new ArrayList<>();
    for (int i = 0; i < places; i++) {
      rows.add(new BandRow(i, at(before.bands(), i), at(after.bands(), i)));
    }
    return rows;
  }

  /** The band at one place (0 = best) in each report, with its agents. */
  public record BandRow(
      int place, Optional<TeamFigures.BandCount> before, Optional<TeamFigures.BandCount> after) {

    /** after − before of the agents at this place (a missing side counts 0). */
    public int difference() {
      return after.map(TeamFigures.BandCount::agents).orElse(0)
          - before.map(TeamFigures.BandCount::agents).orElse(0);
    }
  }

  private static Optional<TeamFigures.BandCount> at(List<TeamFigures.BandCount> bands, int i) {
    return i < bands.size() ? Optional.of(bands.get(i)) : Optional.empty();
  }
}

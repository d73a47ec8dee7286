package com.jixiao.ranking;

import com.jixiao.assess.QualitySummary;
import com.jixiao.assess.Ratio;
import com.jixiao.model.Agent;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * An agent's quality inspections in the period (docs/rules.md#quality): the counts, the inspections
 * required (qa.per_day × attended days), the coverage (empty when nothing was required) and who
 * inspected.
 */
public record AgentQuality(
    Agent agent,
    QualitySummary counts,
    BigDecimal required,
    Optional<Ratio> coverage,
    List<String> inspectors) {

  public AgentQuality {
    inspectors = List.copyOf(inspectors);
  }

  /** Fewer inspections than required. */
  public boolean belowCoverage() {
    return coverage.map(c -> c.compareTo(Ratio.of(BigDecimal.ONE)) < 0).orElse(false);
  }
}

package com.jixiao.report;

import com.jixiao.model.Agent;
import com.jixiao.model.Band;
import com.jixiao.ranking.TierClass;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * One agent's figures in one month report, as a {@link ReportComparison} compares them. Money is
 * the agent's Payroll line, to the cent; {@code bandPlace} is the band's place in the report's
 * bands, 0 for the best; {@code lines} the lines the agent is over in this report.
 */
public record AgentFigures(
    Agent agent,
    BigDecimal total,
    Band band,
    int bandPlace,
    int rank,
    Optional<Integer> salesRank,
    Optional<Integer> conversionRank,
    Optional<TierClass> tier,
    BigDecimal reward,
    BigDecimal penalty,
    BigDecimal points,
    BigDecimal pointsPayout,
    BigDecimal commission,
    BigDecimal performancePay,
    BigDecimal grossPay,
    Set<Crossing.Line> lines) {

  public AgentFigures {
    lines = Set.copyOf(lines);
  }

  public BigDecimal coefficient() {
    return band.coefficient();
  }
}

package com.jixiao.ranking;

import com.jixiao.assess.Alert;
import com.jixiao.money.RewardsAndPenalties;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Rankings, rewards and penalties, tier classes, staffing and quality coverage of the period (SPEC
 * 4 and 5), with their alerts. One row per assessed agent, in the period's agent order.
 */
public record RankingResult(
    List<AgentRanking> agents,
    Tiers tiers,
    List<TeamStaffing> teams,
    List<AgentQuality> quality,
    List<Alert> alerts)
    implements RewardsAndPenalties {

  public RankingResult {
    agents = List.copyOf(agents);
    teams = List.copyOf(teams);
    quality = List.copyOf(quality);
    alerts = List.copyOf(alerts);
  }

  public Optional<AgentRanking> agent(String agentId) {
    return agents.stream().filter(a -> a.agent().id().equals(agentId)).findFirst();
  }

  /** The agent's rewards this month (0 if none): what payroll adds. */
  @Override
  public BigDecimal reward(String agentId) {
    return agent(agentId).map(AgentRanking::reward).orElse(BigDecimal.ZERO);
  }

  /** The agent's penalties this month (0 if none): what payroll deducts. */
  @Override
  public BigDecimal penalty(String agentId) {
    return agent(agentId).map(AgentRanking::penalty).orElse(BigDecimal.ZERO);
  }
}

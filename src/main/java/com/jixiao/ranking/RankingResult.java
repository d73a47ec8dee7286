package com.jixiao.ranking;

import com.jixiao.assess.Alert;
import com.jixiao.money.RewardsAndPenalties;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rankings, rewards and penalties, tier classes, staffing and quality coverage of the period
 * (docs/rules.md#rankings), with their alerts. One row per assessed agent, in the period's agent
 * order.
 */
public final class RankingResult implements RewardsAndPenalties {
  private final List<AgentRanking> agents;
  private final Tiers tiers;
  private final List<TeamStaffing> teams;
  private final List<AgentQuality> quality;
  private final List<Alert> alerts;

  /** Agents by ID: payroll asks for every agent's reward and penalty, a scan each was quadratic. */
  private final Map<String, AgentRanking> byId = new HashMap<>();

  public RankingResult(
      List<AgentRanking> agents,
      Tiers tiers,
      List<TeamStaffing> teams,
      List<AgentQuality> quality,
      List<Alert> alerts) {
    this.agents = List.copyOf(agents);
    this.tiers = tiers;
    this.teams = List.copyOf(teams);
    this.quality = List.copyOf(quality);
    this.alerts = List.copyOf(alerts);
    this.agents.forEach(a -> byId.putIfAbsent(a.agent().id(), a));
  }

  public List<AgentRanking> agents() {
    return agents;
  }

  public Tiers tiers() {
    return tiers;
  }

  public List<TeamStaffing> teams() {
    return teams;
  }

  public List<AgentQuality> quality() {
    return quality;
  }

  public List<Alert> alerts() {
    return alerts;
  }

  public Optional<AgentRanking> agent(String agentId) {
    return Optional.ofNullable(byId.get(agentId));
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

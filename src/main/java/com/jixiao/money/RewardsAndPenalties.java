package com.jixiao.money;

import java.math.BigDecimal;
import java.util.Map;

/**
 * The month's rewards and penalties per agent (docs/rules.md#rewards, computed by the rankings), as
 * positive amounts: payroll adds the reward and subtracts the penalty. Payroll only needs these two
 * numbers, so the rankings plug in here without payroll knowing how they were ranked.
 */
public interface RewardsAndPenalties {
  /** Nobody rewarded or penalised. */
  RewardsAndPenalties NONE = of(Map.of(), Map.of());

  BigDecimal reward(String agentId);

  BigDecimal penalty(String agentId);

  /** From amounts per agent_id; an agent not in a map gets 0. */
  static RewardsAndPenalties of(
      Map<String, BigDecimal> rewards, Map<String, BigDecimal> penalties) {
    Map<String, BigDecimal> r = Map.copyOf(rewards);
    Map<String, BigDecimal> p = Map.copyOf(penalties);
    return new RewardsAndPenalties() {
      @Override
      public BigDecimal reward(String agentId) {
        return r.getOrDefault(agentId, BigDecimal.ZERO);
      }

      @Override
      public BigDecimal penalty(String agentId) {
        return p.getOrDefault(agentId, BigDecimal.ZERO);
      }
    };
  }
}

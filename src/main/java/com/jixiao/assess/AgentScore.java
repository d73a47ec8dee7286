package com.jixiao.assess;

import com.jixiao.model.Agent;
import com.jixiao.model.Band;
import com.jixiao.model.MonthlyStats;
import com.jixiao.rules.Group;
import com.jixiao.rules.Item;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An agent's month: the assessed items (in item order; items the role is not assessed on are
 * absent), group subtotals (sums of the item scores), the scaled total, its band, and the
 * competition rank of the total among all agents assessed in the period (1 = best).
 */
public record AgentScore(
    Agent agent,
    MonthlyStats stats,
    List<ItemScore> items,
    Map<Group, BigDecimal> groups,
    BigDecimal total,
    Band band,
    int rank) {

  public AgentScore {
    items = List.copyOf(items);
    groups = Map.copyOf(groups);
  }

  public Optional<ItemScore> item(Item item) {
    return items.stream().filter(s -> s.item() == item).findFirst();
  }

  public AgentScore withRank(int newRank) {
    return new AgentScore(agent, stats, items, groups, total, band, newRank);
  }
}

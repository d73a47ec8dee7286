package com.jixiao.assess;

import com.jixiao.model.Agent;
import com.jixiao.rules.Group;
import com.jixiao.rules.Item;
import com.jixiao.rules.Param;
import com.jixiao.rules.RuleSet;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores one agent's month (docs/rules.md#total): the items of the agent's role with their weights,
 * the group subtotals, and the total scaled to {@code score.scale_to} (default 100) over the
 * weights assessed, because the seed's weights add up to 105; "none" keeps the raw sum.
 */
public final class MonthlyScorer {
  private final RuleSet rules;
  private final ItemRules items;

  public MonthlyScorer(RuleSet rules) {
    this(rules, true);
  }

  /** {@code explain} false: the items' explanations are not made (see {@link ItemRules}). */
  public MonthlyScorer(RuleSet rules, boolean explain) {
    this.rules = rules;
    this.items = new ItemRules(rules.params(), explain);
  }

  /** The agent's score, not yet ranked (rank 0). */
  public AgentScore score(Agent agent, AgentMonth month) {
    Map<Item, BigDecimal> weights = rules.weights().forRole(agent.role());
    List<ItemScore> scores = new ArrayList<>();
    weights.forEach((item, weight) -> scores.add(items.score(item, weight, month)));
    BigDecimal total = total(sum(scores), rules.weights().total(agent.role()));
    return new AgentScore(
        agent, month.stats(), scores, groups(scores), total, rules.bandOf(total), 0);
  }

  /** round2(Σ × scale_to / Σ weights), or round2(Σ) when scale_to is none. */
  BigDecimal total(BigDecimal sum, BigDecimal weights) {
    Optional<BigDecimal> scaleTo = rules.params().optional(Param.SCORE_SCALE_TO);
    if (scaleTo.isEmpty()) {
      return sum.setScale(2, RoundingMode.HALF_UP);
    }
    if (weights.signum() == 0) {
      return BigDecimal.ZERO.setScale(2);
    }
    return sum.multiply(scaleTo.get()).divide(weights, 2, RoundingMode.HALF_UP);
  }

  private static Map<Group, BigDecimal> groups(List<ItemScore> scores) {
    Map<Group, BigDecimal> groups = new EnumMap<>(Group.class);
    for (Group g : Group.values()) {
      groups.put(g, BigDecimal.ZERO.setScale(2));
    }
    for (ItemScore s : scores) {
      groups.merge(s.item().group(), s.score(), BigDecimal::add);
    }
    return groups;
  }

  private static BigDecimal sum(List<ItemScore> scores) {
    return scores.stream().map(ItemScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}

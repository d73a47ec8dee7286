package com.jixiao.money;

import com.jixiao.assess.Achievement;
import com.jixiao.assess.AgentScore;
import com.jixiao.assess.MonthInput;
import com.jixiao.assess.Ratio;
import com.jixiao.model.MonthlyStats;
import com.jixiao.rules.ExceedRule;
import com.jixiao.rules.Item;
import com.jixiao.rules.Parameters;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The month's extra rewards for exceeding items ({@link ExceedRule}), agent by agent: one reward
 * per rule that is on, whose item the agent's role is assessed on, and whose threshold the agent's
 * achievement reaches. With no rule on (the default) nothing is looked at.
 */
final class ExceedRewards {
  private final List<ExceedRule> rules;
  private final Parameters params;
  private final Map<String, MonthlyStats> previous;

  private ExceedRewards(
      List<ExceedRule> rules, Parameters params, Map<String, MonthlyStats> previous) {
    this.rules = rules;
    this.params = params;
    this.previous = previous;
  }

  static ExceedRewards of(MonthInput input) {
    Parameters params = input.rules().params();
    List<ExceedRule> rules = ExceedRule.of(params);
    Map<String, MonthlyStats> previous = new HashMap<>();
    if (rules.stream().anyMatch(r -> r.item() == Item.SALES_GROWTH)) {
      YearMonth month = input.settings().period().minusMonths(1);
      input.monthly().stream()
          .filter(s -> s.month().equals(month))
          .forEach(s -> previous.put(s.agentId(), s));
    }
    return new ExceedRewards(rules, params, previous);
  }

  /** The agent's rewards, in the order of the items; none when no rule is met. */
  List<ExceedReward> of(AgentScore score, BigDecimal performancePay) {
    if (rules.isEmpty()) {
      return List.of();
    }
    List<ExceedReward> rewards = new ArrayList<>();
    for (ExceedRule rule : rules) {
      if (score.item(rule.item()).isEmpty()) {
        continue; // the role is not assessed on the item
      }
      Optional<Ratio> achievement =
          Achievement.of(
              rule.item(),
              score.stats(),
              Optional.ofNullable(previous.get(score.agent().id())),
              params);
      if (achievement.isPresent() && achievement.get().compareTo(Ratio.of(rule.threshold())) >= 0) {
        rewards.add(ExceedReward.of(rule, achievement.get(), performancePay));
      }
    }
    return rewards;
  }
}

package com.jixiao.money;

import com.jixiao.model.Agent;
import java.math.BigDecimal;
import java.util.List;

/**
 * One agent's pay for the month (docs/rules.md#gross-pay), every component rounded half up to 0.01:
 * gross_pay = level_wage + performance_pay + commission + rewards − penalties + points_bonus +
 * exceed_reward, exactly. performance_wage and coefficient are shown because performance_pay =
 * round2(their product). {@code exceed} lists the extra rewards for exceeding items (empty unless
 * the rule is on).
 */
public record PayrollLine(
    Agent agent,
    BigDecimal levelWage,
    BigDecimal performanceWage,
    BigDecimal coefficient,
    BigDecimal performancePay,
    BigDecimal sales,
    List<Commission.Part> commissionParts,
    BigDecimal commission,
    BigDecimal rewards,
    BigDecimal penalties,
    BigDecimal pointsBonus,
    List<ExceedReward> exceed) {

  public PayrollLine {
    commissionParts = List.copyOf(commissionParts);
    exceed = List.copyOf(exceed);
  }

  /** The sum of the extra rewards for exceeding items. */
  public BigDecimal exceedReward() {
    return Money.sum(exceed.stream().map(ExceedReward::amount).toList());
  }

  public BigDecimal grossPay() {
    return levelWage
        .add(performancePay)
        .add(commission)
        .add(rewards)
        .subtract(penalties)
        .add(pointsBonus)
        .add(exceedReward());
  }

  /** What the agent would get without the penalties: the base of the deduction share. */
  public BigDecimal grossBeforePenalties() {
    return grossPay().add(penalties);
  }
}

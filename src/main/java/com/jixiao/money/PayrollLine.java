package com.jixiao.money;

import com.jixiao.model.Agent;
import java.math.BigDecimal;
import java.util.List;

/**
 * One agent's pay for the month (SPEC 5.1), every component rounded half up to 0.01: gross_pay =
 * level_wage + performance_pay + commission + rewards − penalties + points_bonus, exactly.
 * performance_wage and coefficient are shown because performance_pay = round2(their product).
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
    BigDecimal pointsBonus) {

  public PayrollLine {
    commissionParts = List.copyOf(commissionParts);
  }

  public BigDecimal grossPay() {
    return levelWage
        .add(performancePay)
        .add(commission)
        .add(rewards)
        .subtract(penalties)
        .add(pointsBonus);
  }

  /** What the agent would get without the penalties: the base of the deduction share. */
  public BigDecimal grossBeforePenalties() {
    return grossPay().add(penalties);
  }
}

package com.jixiao.money;

import com.jixiao.assess.AgentScore;
import com.jixiao.assess.Alert;
import com.jixiao.assess.MonthInput;
import com.jixiao.model.Metric;
import com.jixiao.model.SalaryLevel;
import com.jixiao.rules.Param;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

/**
 * The payroll of the month (docs/rules.md#gross-pay, and the Payroll / 工资表 sheet:
 * docs/workbook.md#output-payroll): one line per assessed agent, in the order of the scores, with
 * the extra rewards for exceeding items when that rule is on, and the wage-law guardrail's alerts
 * on it.
 */
public record Payroll(List<PayrollLine> lines, List<Alert> alerts) {

  public Payroll {
    lines = List.copyOf(lines);
    alerts = List.copyOf(alerts);
  }

  public static Payroll of(
      MonthInput input,
      List<AgentScore> scores,
      RewardsAndPenalties rewardsAndPenalties,
      PointsPool pool) {
    Commission commission =
        new Commission(
            input.rules().commission(),
            Commission.Mode.of(input.rules().params().choice(Param.COMMISSION_MODE)));
    ExceedRewards exceed = ExceedRewards.of(input);
    List<PayrollLine> lines =
        scores.stream()
            .map(s -> line(input, s, commission, rewardsAndPenalties, pool, exceed))
            .toList();
    return new Payroll(lines, WageGuardrail.check(lines, input.rules().params()));
  }

  private static PayrollLine line(
      MonthInput input,
      AgentScore score,
      Commission commission,
      RewardsAndPenalties rewardsAndPenalties,
      PointsPool pool,
      ExceedRewards exceed) {
    String id = score.agent().id();
    SalaryLevel level = input.salaryLevels().get(score.agent().salaryLevel());
    if (level == null) {
      // the reader rejects an agent whose level is not in SalaryLevels
      throw new IllegalStateException(
          "computing the payroll of " + id + ": no salary level " + score.agent().salaryLevel());
    }
    BigDecimal coefficient = score.band().coefficient();
    BigDecimal sales = score.stats().get(Metric.SALES);
    BigDecimal performancePay = Money.round(level.performanceWage().multiply(coefficient));
    return new PayrollLine(
        score.agent(),
        Money.round(level.levelWage()),
        Money.round(level.performanceWage()),
        coefficient,
        performancePay,
        sales,
        commission.parts(sales),
        commission.on(sales),
        Money.round(rewardsAndPenalties.reward(id)),
        Money.round(rewardsAndPenalties.penalty(id)),
        pool.payout(id),
        exceed.of(score, performancePay));
  }

  /** The sum of one column over all lines, exact to the cent. */
  public BigDecimal total(Function<PayrollLine, BigDecimal> column) {
    return Money.sum(lines.stream().map(column).toList());
  }
}

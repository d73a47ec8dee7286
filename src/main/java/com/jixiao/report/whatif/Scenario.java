package com.jixiao.report.whatif;

import com.jixiao.assess.MonthInput;
import com.jixiao.model.Settings;
import com.jixiao.rules.RuleSet;
import java.math.BigDecimal;

/**
 * The rules a what-if tries: everything a workbook's Rules, Parameters, Bands and Commission sheets
 * set, and the points pool rate (a Settings key, but a rule of the pool, not a fact of the month).
 * The month's data stay as they are.
 */
public record Scenario(RuleSet rules, BigDecimal pointsPoolRate) {

  /** The rules the workbook has now. */
  public static Scenario of(MonthInput input) {
    return new Scenario(input.rules(), input.settings().pointsPoolRate());
  }

  /** The same input under this scenario's rules. */
  public MonthInput applyTo(MonthInput input) {
    Settings s = input.settings();
    Settings settings =
        new Settings(
            s.store(),
            s.period(),
            s.language(),
            s.currency(),
            s.storeRevenue(),
            s.storeRevenueTarget(),
            s.storeRevenuePrevious(),
            pointsPoolRate,
            s.storeOrders());
    return input.withSettings(settings).withRules(rules);
  }

  public Scenario withRules(RuleSet newRules) {
    return new Scenario(newRules, pointsPoolRate);
  }

  public Scenario withPointsPoolRate(BigDecimal rate) {
    return new Scenario(rules, rate);
  }
}

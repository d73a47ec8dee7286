package com.jixiao.money;

import com.jixiao.assess.AgentScore;
import com.jixiao.assess.Alert;
import com.jixiao.assess.History;
import com.jixiao.assess.MonthInput;
import com.jixiao.assess.Severity;
import com.jixiao.i18n.Message;
import com.jixiao.rules.Param;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The month's money (docs/rules.md#gross-pay): points, the points pool, the payroll, and, in the
 * annual month or on demand, the annual salary-level review; with the alerts for HR that go with
 * them.
 */
public record MonthMoney(
    List<AgentPoints> points,
    PointsPool pool,
    Payroll payroll,
    Optional<AnnualReview> annual,
    List<Alert> alerts) {

  public MonthMoney {
    points = List.copyOf(points);
    alerts = List.copyOf(alerts);
  }

  /** When to add the annual review. */
  public enum AnnualWhen {
    /** In the month {@code annual.month} (default 12, December) only. */
    IN_ANNUAL_MONTH,
    /** Also in any other month, on demand ({@code run --annual}): the year to date. */
    ALWAYS
  }

  /**
   * @param history every month assessed up to the period (the period's scores included)
   * @param rewardsAndPenalties the rankings' rewards and penalties per agent
   */
  public static MonthMoney of(
      MonthInput input,
      History history,
      RewardsAndPenalties rewardsAndPenalties,
      AnnualWhen annualWhen) {
    List<AgentScore> scores = history.month(input.settings().period()).orElseThrow().scores();
    List<AgentPoints> points =
        AgentPoints.of(input.settings().period(), scores, input.points(), input.rules().params());
    PointsPool pool = PointsPool.of(input.settings(), points);
    Payroll payroll = Payroll.of(input, scores, rewardsAndPenalties, pool);
    boolean annualMonth =
        input.settings().period().getMonthValue()
            == input.rules().params().integer(Param.ANNUAL_MONTH);
    Optional<AnnualReview> annual =
        annualMonth || annualWhen == AnnualWhen.ALWAYS
            ? Optional.of(AnnualReview.of(input, history))
            : Optional.empty();

    List<Alert> alerts = new ArrayList<>(poolAlerts(pool, input.settings().store()));
    alerts.addAll(payroll.alerts());
    annual.ifPresent(a -> alerts.addAll(a.alerts()));
    return new MonthMoney(points, pool, payroll, annual, alerts);
  }

  private static List<Alert> poolAlerts(PointsPool pool, String store) {
    String subject = store.isBlank() ? "store_revenue" : store;
    return switch (pool.status()) {
      case MISSED_AND_DECLINED ->
          List.of(new Alert(Severity.WARNING, "pool_zero", subject, Message.of("alert.pool_zero")));
      case NO_REVENUE ->
          pool.totalPoints().signum() > 0
              ? List.of(
                  new Alert(
                      Severity.WARNING,
                      "pool_no_revenue",
                      subject,
                      Message.of("alert.pool_no_revenue")))
              : List.of();
      case FROM_REVENUE ->
          pool.pool().signum() > 0 && pool.totalPoints().signum() == 0
              ? List.of(
                  new Alert(
                      Severity.WARNING,
                      "pool_undistributed",
                      subject,
                      Message.of("alert.pool_undistributed", pool.pool().toPlainString())))
              : List.of();
    };
  }
}

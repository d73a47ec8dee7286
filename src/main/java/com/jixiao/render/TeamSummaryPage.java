package com.jixiao.render;

import java.util.List;

/**
 * What the team-summary template sees as {@code model}: every agent ranked, the spread of the
 * totals, the alerts and the workflow dates. Per row, {@code ranking} and {@code pay} are null when
 * not computed; {@code hasRanking} / {@code hasPay} say whether to show their columns, and {@code
 * payTotals} (null without payroll) the totals line, the pool and the point value. {@code
 * periodEnd}: the period's last day, shown in the footer; {@code edition} the footer's version and
 * fingerprint.
 */
public record TeamSummaryPage(
    String store,
    String period,
    String periodEnd,
    List<Row> rows,
    Statistics statistics,
    List<AlertRow> alerts,
    List<StepRow> workflow,
    boolean hasRanking,
    boolean provisionalTiers,
    boolean hasPay,
    PayTotals payTotals,
    String edition) {

  public TeamSummaryPage {
    rows = List.copyOf(rows);
    alerts = List.copyOf(alerts);
    workflow = List.copyOf(workflow);
  }

  /** The older name of {@link #periodEnd}, for copies of the templates made before it. */
  public String generatedOn() {
    return periodEnd;
  }

  /** An agent in rank order. */
  public record Row(
      int rank,
      String agentId,
      String name,
      String team,
      String role,
      String total,
      String coefficient,
      ScorecardPage.Ranking ranking,
      ScorecardPage.Pay pay) {}

  /** Descriptive statistics of the totals (display only, 2 decimals). */
  public record Statistics(
      int count,
      String mean,
      String median,
      String standardDeviation,
      String lowerQuartile,
      String upperQuartile,
      String min,
      String max) {}

  /**
   * The Payroll sheet's gross-pay total and the Summary sheet's pool, total points and point value
   * ({@code pointValue} null when nobody has points), in the workbook's currency.
   */
  public record PayTotals(String grossPay, String pool, String totalPoints, String pointValue) {}

  public record AlertRow(String severity, String type, String subject, String message) {}

  public record StepRow(int number, String title, String role, String due, String date) {}
}

package com.jixiao.render;

import java.util.List;

/**
 * What a scorecard template sees as {@code model}: one agent's month, every value already formatted
 * in the workbook's language. {@code ranking} and {@code pay} are null when the report has no
 * rankings or no payroll line for the agent; templates show their sections only when present
 * ({@code <#if model.ranking??>}). {@code periodEnd} is the period's last day, the date the footer
 * shows (the PDFs' date too, so re-runs give the same bytes). {@code edition} is the footer's
 * version and fingerprint ("第 2 版 · 指纹 3f9a1c2b7d4e"); {@code changes} is null unless the agent's
 * results differ from the earlier version the run was compared with.
 */
public record ScorecardPage(
    String store,
    String period,
    String agentId,
    String name,
    String team,
    String role,
    int salaryLevel,
    String total,
    String coefficient,
    int rank,
    int agents,
    List<ItemGroup> groups,
    int inspections,
    List<Finding> findings,
    List<PointsRow> points,
    List<ChartBar> chart,
    String confirmBy,
    String periodEnd,
    Ranking ranking,
    Pay pay,
    String edition,
    Changes changes) {

  public ScorecardPage {
    groups = List.copyOf(groups);
    findings = List.copyOf(findings);
    points = List.copyOf(points);
    chart = List.copyOf(chart);
  }

  /** The older name of {@link #periodEnd}, for copies of the templates made before it. */
  public String generatedOn() {
    return periodEnd;
  }

  /** The same page with the rankings section (once rankings are computed). */
  public ScorecardPage withRanking(Ranking newRanking) {
    return new ScorecardPage(
        store,
        period,
        agentId,
        name,
        team,
        role,
        salaryLevel,
        total,
        coefficient,
        rank,
        agents,
        groups,
        inspections,
        findings,
        points,
        chart,
        confirmBy,
        periodEnd,
        newRanking,
        pay,
        edition,
        changes);
  }

  /** The same page with the gross-pay breakdown (once payroll is computed). */
  public ScorecardPage withPay(Pay newPay) {
    return new ScorecardPage(
        store,
        period,
        agentId,
        name,
        team,
        role,
        salaryLevel,
        total,
        coefficient,
        rank,
        agents,
        groups,
        inspections,
        findings,
        points,
        chart,
        confirmBy,
        periodEnd,
        ranking,
        newPay,
        edition,
        changes);
  }

  /** 工作绩效 / 工作能力 / 工作态度 with their subtotal and the items the agent was assessed on. */
  public record ItemGroup(String label, String subtotal, List<ItemRow> items) {
    public ItemGroup {
      items = List.copyOf(items);
    }
  }

  /**
   * One item: weight, the input it was scored on ("完成率 92.0%"), score, and the Scores sheet's
   * one-line explanation.
   */
  public record ItemRow(
      int number, String label, String weight, String metric, String score, String explanation) {}

  /** A quality finding of the month; {@code escalated}: the 3rd+ repeat of a non-fatal code. */
  public record Finding(String date, String code, String name, boolean fatal, boolean escalated) {}

  /** A row of the Points sheet in the period. */
  public record PointsRow(String date, String points, String reason) {}

  /** One month of the total-score chart; {@code height} in percent of the chart's height. */
  public record ChartBar(String month, String total, int height, boolean current) {}

  /**
   * Rankings, rewards and the tier class (docs/rules.md#rankings). {@code tier} is null when there
   * are no classes (fewer than 3 agents); a rank is null when the agent is not ranked ("3 of 8"
   * otherwise); {@code flags} (the types of the alerts about the agent, in one line) is null when
   * there are none.
   */
  public record Ranking(
      String tier,
      boolean provisional,
      String salesRank,
      String conversionRank,
      String reward,
      String penalty,
      List<String> reasons,
      String flags) {
    public Ranking {
      reasons = List.copyOf(reasons);
    }
  }

  /**
   * The gross-pay breakdown (docs/rules.md#gross-pay) as the Payroll sheet has it, amounts in the
   * workbook's currency ("¥4,000.00"; penalties as a deduction, "−¥50.00"), and the agent's points:
   * the counted total with where it comes from, and the point value ({@code pointValue} null when
   * nobody has points). {@code exceedReward} and {@code exceedDetail} (the achievement reached, per
   * item) are null unless the agent earned an extra reward for exceeding an item.
   */
  public record Pay(
      String levelWage,
      String performanceWage,
      String coefficient,
      String performancePay,
      String commission,
      String rewards,
      String penalties,
      String pointsBonus,
      String grossPay,
      String points,
      String pointsDetail,
      String pointValue,
      String exceedReward,
      String exceedDetail) {}

  /**
   * What changed for the agent since the earlier version: a title ("第 2 版：与第 1 版相比"), the figures
   * that changed (before → after, formatted) and why.
   */
  public record Changes(String title, List<ChangeRow> rows, List<String> causes) {
    public Changes {
      rows = List.copyOf(rows);
      causes = List.copyOf(causes);
    }
  }

  /** One changed figure: its label, before and after. */
  public record ChangeRow(String label, String before, String after) {}
}

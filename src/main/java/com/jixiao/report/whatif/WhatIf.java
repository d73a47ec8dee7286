package com.jixiao.report.whatif;

import com.jixiao.assess.MonthInput;
import com.jixiao.i18n.Message;
import com.jixiao.report.AgentChange;
import com.jixiao.report.Figure;
import com.jixiao.report.MonthReport;
import com.jixiao.report.ReportComparison;
import com.jixiao.report.TeamFigures;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * A what-if: months of a workbook replayed under its current rules and under a scenario, each month
 * compared ({@link ReportComparison}), with the scenario's change in words attached as the cause of
 * every difference. Pure: the workbook's input in, records out.
 *
 * @param changes the scenario's change in words ({@link RuleChanges}); empty: the same rules
 * @param months one comparison per month, oldest first
 */
public record WhatIf(List<Message> changes, List<MonthChange> months) {

  public WhatIf {
    changes = List.copyOf(changes);
    months = List.copyOf(months);
  }

  /** One month under both rules, and what to know about how it was replayed. */
  public record MonthChange(YearMonth month, ReportComparison comparison, List<Message> notes) {
    public MonthChange {
      notes = List.copyOf(notes);
    }
  }

  /**
   * Replays {@code months} (each with rows in the workbook, none after its period) under the
   * workbook's rules and under {@code scenario}, the two in parallel.
   */
  public static WhatIf of(MonthInput input, Scenario scenario, List<YearMonth> months) {
    List<Message> changes = RuleChanges.between(Scenario.of(input), scenario);
    CompletableFuture<Map<YearMonth, MonthReport>> would =
        CompletableFuture.supplyAsync(() -> MonthReplay.reports(scenario.applyTo(input), months));
    Map<YearMonth, MonthReport> was = MonthReplay.reports(input, months);
    List<MonthChange> result = new ArrayList<>();
    for (Map.Entry<YearMonth, MonthReport> e : was.entrySet()) {
      YearMonth m = e.getKey();
      ReportComparison c =
          ReportComparison.compare(e.getValue(), would.join().get(m)).withCauses(changes);
      result.add(new MonthChange(m, c, notes(input, m)));
    }
    return new WhatIf(changes, result);
  }

  /** Settings' store revenue is the period's: another month is replayed without a pool. */
  private static List<Message> notes(MonthInput input, YearMonth month) {
    if (!MonthReplay.hasStoreFigures(input, month) && input.settings().storeRevenue().isPresent()) {
      return List.of(
          Message.of(
              "whatif.note.no_pool", month.toString(), input.settings().period().toString()));
    }
    return List.of();
  }

  /** No month has any difference. */
  public boolean unchanged() {
    return months.stream().allMatch(m -> m.comparison().unchanged());
  }

  /** A team figure summed over the months under the current rules. */
  public BigDecimal totalBefore(Function<TeamFigures, BigDecimal> figure) {
    return months.stream()
        .map(m -> figure.apply(m.comparison().team().before()))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** A team figure summed over the months under the scenario. */
  public BigDecimal totalAfter(Function<TeamFigures, BigDecimal> figure) {
    return months.stream()
        .map(m -> figure.apply(m.comparison().team().after()))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** How much more (negative: less) the payroll of all the months costs under the scenario. */
  public BigDecimal payrollCostDifference() {
    return totalAfter(TeamFigures::payrollCost).subtract(totalBefore(TeamFigures::payrollCost));
  }

  /** Agent-months whose band changed. */
  public int bandChanges() {
    return (int) months.stream().mapToLong(m -> m.comparison().changing(Figure.BAND).size()).sum();
  }

  /** Agent-months that cross a dismissal or elimination line, month by month. */
  public List<AgentChange> crossings() {
    return months.stream().flatMap(m -> m.comparison().crossings().stream()).toList();
  }
}

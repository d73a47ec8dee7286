package com.jixiao.money;

import com.jixiao.assess.AgentScore;
import com.jixiao.assess.Alert;
import com.jixiao.assess.History;
import com.jixiao.assess.MonthInput;
import com.jixiao.assess.MonthResult;
import com.jixiao.assess.Severity;
import com.jixiao.i18n.Message;
import com.jixiao.model.Agent;
import com.jixiao.model.Band;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The annual salary-level review (年度调薪, source 4; docs/rules.md#annual): for each agent assessed in
 * the period, the mean of their monthly totals from January to the period of that calendar year,
 * each month scored by the same rules from the Monthly history.
 */
public record AnnualReview(
    Year year, YearMonth through, List<AnnualLine> lines, List<Alert> alerts) {
  private static final int FULL_YEAR = 12;

  public AnnualReview {
    lines = List.copyOf(lines);
    alerts = List.copyOf(alerts);
  }

  /** The annual review from the months of the period's year in {@code history}. */
  public static AnnualReview of(MonthInput input, History history) {
    YearMonth period = input.settings().period();
    List<AgentScore> periodScores = history.month(period).orElseThrow().scores();
    Map<String, List<BigDecimal>> totals = new HashMap<>();
    for (int m = 1; m <= period.getMonthValue(); m++) {
      YearMonth month = YearMonth.of(period.getYear(), m);
      List<AgentScore> scores = history.month(month).map(MonthResult::scores).orElse(List.of());
      for (AgentScore s : scores) {
        totals.computeIfAbsent(s.agent().id(), k -> new ArrayList<>()).add(s.total());
      }
    }
    SalaryLadder ladder = new SalaryLadder(input.salaryLevels().keySet());
    List<AnnualLine> lines = new ArrayList<>();
    List<Alert> alerts = new ArrayList<>();
    for (AgentScore s : periodScores) {
      Agent agent = s.agent();
      List<BigDecimal> months = totals.get(agent.id());
      BigDecimal mean =
          months.stream()
              .reduce(BigDecimal.ZERO, BigDecimal::add)
              .divide(BigDecimal.valueOf(months.size()), 2, RoundingMode.HALF_UP);
      Band band = input.rules().bandOf(mean);
      int change = band.levelChange();
      lines.add(
          new AnnualLine(
              agent,
              months.size(),
              mean,
              band,
              agent.salaryLevel(),
              ladder.clamp(agent.salaryLevel(), change),
              !ladder.reaches(agent.salaryLevel(), change)));
      if (months.size() < FULL_YEAR) {
        alerts.add(
            new Alert(
                Severity.INFO,
                "annual_partial_year",
                agent.id() + " " + agent.name(),
                Message.of(
                    "alert.annual_partial_year",
                    String.valueOf(period.getYear()),
                    String.valueOf(months.size()))));
      }
    }
    return new AnnualReview(Year.of(period.getYear()), period, lines, alerts);
  }
}

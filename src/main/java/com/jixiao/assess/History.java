package com.jixiao.assess;

import com.jixiao.model.MonthlyStats;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every month of the workbook up to the period, each assessed as the period is ({@link
 * MonthAssessor#assess(MonthInput, YearMonth)}): the history that quarter-to-date tiers, streaks
 * and the annual score need. A month without any Monthly row is absent: history that is missing.
 */
public final class History {
  private final YearMonth period;
  private final Map<YearMonth, MonthResult> months;
  private final Map<YearMonth, Map<String, AgentScore>> byAgent = new HashMap<>();

  private History(YearMonth period, Map<YearMonth, MonthResult> months) {
    this.period = period;
    this.months = months;
    months.forEach(
        (m, r) -> {
          Map<String, AgentScore> scores = new HashMap<>();
          r.scores().forEach(s -> scores.put(s.agent().id(), s));
          byAgent.put(m, scores);
        });
  }

  /** Assesses each month that has rows, up to the period; {@code periodResult} is reused. */
  public static History of(MonthInput input, MonthResult periodResult) {
    YearMonth period = input.settings().period();
    Map<YearMonth, MonthResult> months = new TreeMap<>();
    for (MonthlyStats s : input.monthly()) {
      YearMonth m = s.month();
      if (m.isBefore(period) && !months.containsKey(m)) {
        months.put(m, MonthAssessor.assess(input, m, false));
      }
    }
    months.put(period, periodResult);
    return new History(period, months);
  }

  /**
   * The history as a run for an earlier month would have it: the months up to {@code month}, which
   * becomes the period. Each month is assessed the same whichever later month is the period (only
   * the period's own store orders may come from Settings), so a replay of several months assesses
   * each month once. The months kept have no explanations.
   */
  public History upTo(YearMonth month) {
    Map<YearMonth, MonthResult> kept = new TreeMap<>();
    months.forEach(
        (m, r) -> {
          if (!m.isAfter(month)) {
            kept.put(m, m.equals(period) ? r.withoutExplanations() : r);
          }
        });
    return new History(month, kept);
  }

  public YearMonth period() {
    return period;
  }

  /** The month's assessment, or empty if the workbook has no row for that month. */
  public Optional<MonthResult> month(YearMonth month) {
    return Optional.ofNullable(months.get(month));
  }

  /** The agent's score in the month, if the agent has a row then. */
  public Optional<AgentScore> score(String agentId, YearMonth month) {
    return Optional.ofNullable(byAgent.getOrDefault(month, Map.of()).get(agentId));
  }
}

package com.jixiao.importer;

import com.jixiao.importer.ImportField.Kind;
import com.jixiao.model.Metric;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One agent's figures for the month, combined from all their rows in all files
 * (docs/import.md#combining). Counts, days and money are added up, over the rows whose table has
 * the column. A rate or an average is never averaged: the mean of daily rates weighs a day of 3
 * buyers like a day of 300. It is worked out from its parts summed over the rows (satisfaction = Σ
 * satisfied ÷ Σ rated); when the exports give only the rate, it is taken as it is from a single row
 * (the agent's only row of the month is the month), and otherwise left blank with a notice saying
 * why, for the manager to fill in.
 */
final class AgentMonthFigures {
  /** Rates are kept to 4 decimals (95.67%), half up. */
  static final int RATE_SCALE = 4;

  /** The agent as notices name them: "KF002 陈晨". */
  private final String agent;

  private final List<ExportRecord> rows = new ArrayList<>();

  AgentMonthFigures(String agent) {
    this.agent = agent;
  }

  void add(ExportRecord row) {
    rows.add(row);
  }

  int rows() {
    return rows.size();
  }

  /** A rate or average of an agent that could not be combined from their rows. */
  record NotCombined(ImportField field, String agent, int rows) {}

  /**
   * The Monthly values of the agent-month; what could not be combined goes to {@code notCombined}.
   */
  Map<Metric, BigDecimal> combine(List<NotCombined> notCombined) {
    Map<Metric, BigDecimal> values = new EnumMap<>(Metric.class);
    for (ImportField f : ImportField.values()) {
      if (f.kind() == Kind.SUM) {
        sum(f).ifPresent(v -> values.put(f.metric().orElseThrow(), v));
      } else if (f.kind() == Kind.RATIO) {
        ratio(f, notCombined).ifPresent(v -> values.put(f.metric().orElseThrow(), v));
      }
    }
    return values;
  }

  /** The sum over the rows whose table has the field; empty when none has. */
  private Optional<BigDecimal> sum(ImportField f) {
    return sumOver(rows.stream().filter(r -> r.gives(f)).toList(), f);
  }

  private static Optional<BigDecimal> sumOver(List<ExportRecord> over, ImportField f) {
    if (over.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal total = BigDecimal.ZERO;
    for (ExportRecord r : over) {
      total = total.add(r.values().getOrDefault(f, BigDecimal.ZERO));
    }
    return Optional.of(total);
  }

  private Optional<BigDecimal> ratio(ImportField f, List<NotCombined> notCombined) {
    Optional<ImportField> num = f.numerator();
    Optional<ImportField> den = f.denominator();
    List<ExportRecord> about =
        rows.stream()
            .filter(
                r ->
                    r.gives(f)
                        || num.filter(r::gives).isPresent()
                        || den.filter(d -> d.kind() == Kind.PART && r.gives(d)).isPresent())
            .toList();
    if (about.isEmpty()) {
      return Optional.empty();
    }
    if (num.isPresent()
        && about.stream().allMatch(r -> r.gives(num.get()) && r.gives(den.orElseThrow()))) {
      BigDecimal n = sumOver(about, num.get()).orElseThrow();
      BigDecimal d = sumOver(about, den.get()).orElseThrow();
      if (d.signum() == 0) {
        return Optional.empty(); // nobody rated, no flagship base: no rate, not 0%
      }
      return Optional.of(n.divide(d, RATE_SCALE, RoundingMode.HALF_UP));
    }
    if (about.size() == 1) {
      return Optional.ofNullable(about.get(0).values().get(f));
    }
    notCombined.add(new NotCombined(f, agent, about.size()));
    return Optional.empty();
  }
}

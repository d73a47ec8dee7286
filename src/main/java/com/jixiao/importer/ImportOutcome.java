package com.jixiao.importer;

import com.jixiao.i18n.Message;
import com.jixiao.model.Metric;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What an import found, for the workbook writer and the notes: the month, each table read with its
 * column plan and what was skipped, each agent's combined figures, how each export name was
 * matched, and notices for the person importing (nothing here is an error: errors go to the
 * problems list, and then nothing is written).
 */
public record ImportOutcome(
    YearMonth month,
    List<TableReport> tables,
    List<AgentFigures> figures,
    List<AgentLink> links,
    List<Message> notices) {
  public ImportOutcome {
    tables = List.copyOf(tables);
    figures = List.copyOf(figures);
    links = List.copyOf(links);
    notices = List.copyOf(notices);
  }

  /** A table read: from which file (and how), its header row and columns, and what was skipped. */
  public record TableReport(
      ExportSource source,
      String format,
      ColumnPlan plan,
      int records,
      int totals,
      int repeatedHeaders,
      int withoutFigures,
      Map<YearMonth, Integer> otherMonths) {
    public TableReport {
      otherMonths = Collections.unmodifiableMap(new TreeMap<>(otherMonths));
    }
  }

  /** One agent's figures for the month, and from how many rows they were combined. */
  public record AgentFigures(String agentId, Map<Metric, BigDecimal> values, int rows) {
    public AgentFigures {
      EnumMap<Metric, BigDecimal> copy = new EnumMap<>(Metric.class);
      copy.putAll(values);
      values = Collections.unmodifiableMap(copy);
    }
  }

  /** An agent as the exports name them, the agent matched, how, and in how many rows. */
  public record AgentLink(String text, String agentId, AgentMatcher.How how, int rows) {}

  /** Every Monthly column some agent got a value for. */
  public Set<Metric> importedMetrics() {
    Set<Metric> all = EnumSet.noneOf(Metric.class);
    figures.forEach(f -> all.addAll(f.values().keySet()));
    return all;
  }
}

package com.jixiao.workbook.output;

import com.jixiao.report.AgentChange;
import com.jixiao.report.AgentFigures;
import com.jixiao.report.Crossing;
import com.jixiao.report.Figure;
import com.jixiao.report.ReportComparison;
import com.jixiao.report.whatif.WhatIf;
import com.jixiao.report.whatif.WhatIfTexts;
import com.jixiao.workbook.TableColumn;
import com.jixiao.workbook.TableColumn.Format;
import com.jixiao.workbook.TableWriter;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * 客服 / Agents and 越线 / Crossings of a what-if: month by month, every agent whose figures change,
 * the largest change of gross pay first, each figure under the current and the changed rules; and
 * every crossing of a dismissal or elimination line.
 */
final class WhatIfAgentsSheet {
  private final WhatIfTexts texts;

  WhatIfAgentsSheet(WhatIfTexts texts) {
    this.texts = texts;
  }

  /** An agent that changes in a month. */
  private record Row(YearMonth month, ReportComparison comparison, AgentChange change) {
    Optional<AgentFigures> before() {
      return change.before();
    }

    Optional<AgentFigures> after() {
      return change.after();
    }
  }

  /** A line crossed by an agent in a month. */
  private record CrossingRow(Row row, Crossing crossing) {}

  void write(TableWriter tables, WhatIf whatIf) {
    List<Row> rows = new ArrayList<>();
    for (WhatIf.MonthChange m : whatIf.months()) {
      for (AgentChange c : m.comparison().byPayChange()) {
        rows.add(new Row(m.month(), m.comparison(), c));
      }
    }
    tables.write(texts.text("whatif.sheet.agents"), columns(), rows);
    List<CrossingRow> crossings = new ArrayList<>();
    for (Row r : rows) {
      r.change().crossings().forEach(x -> crossings.add(new CrossingRow(r, x)));
    }
    tables.write(texts.text("whatif.sheet.crossings"), crossingColumns(), crossings);
  }

  private List<TableColumn<Row>> columns() {
    List<TableColumn<Row>> c = new ArrayList<>(who(r -> r));
    figure(c, Figure.TOTAL, Format.DECIMAL2, true);
    String band = texts.figure(Figure.BAND);
    c.add(
        TableColumn.of(
            texts.before(band),
            Format.TEXT,
            r -> WhatIfTexts.band(r.before(), r.comparison().team().before()).orElse(null)));
    c.add(
        TableColumn.of(
            texts.after(band),
            Format.TEXT,
            r -> WhatIfTexts.band(r.after(), r.comparison().team().after()).orElse(null)));
    figure(c, Figure.COEFFICIENT, Format.DECIMAL2, false);
    figure(c, Figure.RANK, Format.INTEGER, false);
    String tier = texts.figure(Figure.TIER);
    c.add(
        TableColumn.of(
            texts.before(tier),
            Format.TEXT,
            r -> r.before().map(f -> texts.tier(f.tier())).orElse(null)));
    c.add(
        TableColumn.of(
            texts.after(tier),
            Format.TEXT,
            r -> r.after().map(f -> texts.tier(f.tier())).orElse(null)));
    for (Figure f :
        List.of(
            Figure.REWARD,
            Figure.PENALTY,
            Figure.EXCEED_REWARD,
            Figure.POINTS_PAYOUT,
            Figure.COMMISSION,
            Figure.PERFORMANCE_PAY)) {
      figure(c, f, Format.CURRENCY, false);
    }
    figure(c, Figure.GROSS_PAY, Format.CURRENCY, true);
    c.add(
        TableColumn.of(
            texts.text("whatif.col.crossings"), Format.TEXT, r -> texts.crossings(r.change())));
    c.add(
        TableColumn.of(
            texts.text("whatif.col.changed"), Format.LONG_TEXT, r -> texts.changed(r.change())));
    return c;
  }

  /** Month, agent ID, name, team of a row reached through {@code row}. */
  private <T> List<TableColumn<T>> who(Function<T, Row> row) {
    return List.of(
        TableColumn.of(
            texts.text("whatif.col.month"), Format.TEXT, t -> row.apply(t).month().toString()),
        TableColumn.of(
            texts.text("col.agent_id"), Format.TEXT, t -> row.apply(t).change().agentId()),
        TableColumn.of(
            texts.text("col.name"), Format.TEXT, t -> row.apply(t).change().agent().name()),
        TableColumn.of(
            texts.text("col.team"), Format.TEXT, t -> row.apply(t).change().agent().team()));
  }

  /** A figure under the current rules, the changed ones and, if asked, the difference. */
  private void figure(List<TableColumn<Row>> columns, Figure f, Format format, boolean withChange) {
    String label = texts.figure(f);
    columns.add(
        TableColumn.of(
            texts.before(label), format, r -> r.before().flatMap(f::amount).orElse(null)));
    columns.add(
        TableColumn.of(texts.after(label), format, r -> r.after().flatMap(f::amount).orElse(null)));
    if (withChange) {
      columns.add(
          TableColumn.of(
              texts.change(label),
              format,
              r ->
                  f == Figure.GROSS_PAY
                      ? r.change().payDifference()
                      : r.change().difference(f).orElse(null)));
    }
  }

  private List<TableColumn<CrossingRow>> crossingColumns() {
    List<TableColumn<CrossingRow>> c = new ArrayList<>(who(CrossingRow::row));
    c.add(
        TableColumn.of(
            texts.text("whatif.col.crossing"), Format.TEXT, x -> texts.crossing(x.crossing())));
    String total = texts.figure(Figure.TOTAL);
    c.add(
        TableColumn.of(
            texts.before(total),
            Format.DECIMAL2,
            x -> x.row().before().map(AgentFigures::total).orElse(null)));
    c.add(
        TableColumn.of(
            texts.after(total),
            Format.DECIMAL2,
            x -> x.row().after().map(AgentFigures::total).orElse(null)));
    return c;
  }
}

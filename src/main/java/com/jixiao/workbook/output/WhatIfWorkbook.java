package com.jixiao.workbook.output;

import com.jixiao.files.AtomicFiles;
import com.jixiao.i18n.Message;
import com.jixiao.report.ReportComparison;
import com.jixiao.report.TeamFigures;
import com.jixiao.report.whatif.WhatIf;
import com.jixiao.report.whatif.WhatIfTexts;
import com.jixiao.workbook.TableColumn;
import com.jixiao.workbook.TableColumn.Format;
import com.jixiao.workbook.TableLayout;
import com.jixiao.workbook.TableWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * {@code whatif.xlsx}: the change in words (变更), the team per month and in total (团队), agents per
 * band and tier class (档位与分班), every agent whose figures change, largest change of pay first (客服),
 * and the dismissal and elimination lines crossed (越线). A workbook of its own: nothing is written
 * into the input or the month's outputs.
 */
public final class WhatIfWorkbook {
  /** Rows kept in memory per sheet while writing. */
  private static final int ROW_WINDOW = 200;

  private final WhatIfTexts texts;
  private final String currency;

  public WhatIfWorkbook(WhatIfTexts texts, String currency) {
    this.texts = texts;
    this.currency = currency;
  }

  /** Writes the workbook to {@code target} atomically. */
  public void write(WhatIf whatIf, String workbookName, Path target) throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), ROW_WINDOW, true)) {
      TableWriter tables = new TableWriter(workbook, currency);
      changeSheet(tables, whatIf, workbookName);
      teamSheet(tables, whatIf);
      new WhatIfBandsSheet(texts).write(tables, whatIf);
      new WhatIfAgentsSheet(texts).write(tables, whatIf);
      AtomicFiles.write(target, workbook::write);
    }
  }

  /** A line of the change sheet: what, and the text. */
  private record Line(String what, String detail) {}

  private void changeSheet(TableWriter tables, WhatIf whatIf, String workbookName) {
    List<Line> lines = new ArrayList<>();
    lines.add(new Line(texts.text("whatif.row.workbook"), workbookName));
    lines.add(new Line(texts.text("whatif.row.months"), months(whatIf)));
    if (whatIf.changes().isEmpty()) {
      lines.add(new Line(texts.text("whatif.row.change"), texts.text("whatif.change.none")));
    }
    for (Message change : whatIf.changes()) {
      lines.add(new Line(texts.text("whatif.row.change"), texts.text(change)));
    }
    lines.add(
        new Line(
            texts.text("whatif.row.cost"),
            texts.text(
                "whatif.summary.cost",
                plain(whatIf.totalBefore(TeamFigures::payrollCost)),
                plain(whatIf.totalAfter(TeamFigures::payrollCost)),
                signed(whatIf.payrollCostDifference()))));
    lines.add(
        new Line(
            texts.text("whatif.row.bands"),
            texts.text("whatif.summary.bands", whatIf.bandChanges(), whatIf.crossings().size())));
    for (WhatIf.MonthChange m : whatIf.months()) {
      for (Message note : m.notes()) {
        lines.add(new Line(texts.text("whatif.row.note"), texts.text(note)));
      }
    }
    tables.write(
        texts.text("whatif.sheet.change"),
        List.of(
            TableColumn.of(texts.text("whatif.col.what"), Format.TEXT, Line::what),
            TableColumn.of(texts.text("whatif.col.detail"), Format.LONG_TEXT, Line::detail)),
        lines);
  }

  /** One month of the team sheet. */
  private record TeamRow(String month, ReportComparison comparison) {
    TeamFigures before() {
      return comparison.team().before();
    }

    TeamFigures after() {
      return comparison.team().after();
    }
  }

  private void teamSheet(TableWriter tables, WhatIf whatIf) {
    List<TeamRow> rows =
        whatIf.months().stream()
            .map(m -> new TeamRow(m.month().toString(), m.comparison()))
            .toList();
    List<TableColumn<TeamRow>> columns = new ArrayList<>();
    columns.add(TableColumn.of(texts.text("whatif.col.month"), Format.TEXT, TeamRow::month));
    columns.add(
        TableColumn.of(texts.text("whatif.col.agents"), Format.INTEGER, r -> r.after().agents()));
    money(columns, texts.text("col.gross_pay"), TeamFigures::payrollCost, true);
    money(columns, texts.text("col.performance_pay"), TeamFigures::performancePay, true);
    money(columns, texts.text("col.commission"), TeamFigures::commission, true);
    money(columns, texts.text("col.rewards"), TeamFigures::rewards, true);
    money(columns, texts.text("col.penalties"), TeamFigures::penalties, true);
    money(columns, texts.text("col.exceed_reward"), TeamFigures::exceedRewards, true);
    money(columns, texts.text("whatif.col.pool"), TeamFigures::pool, false);
    money(columns, texts.text("whatif.col.pool_paid"), TeamFigures::poolPaidOut, true);
    stat(columns, texts.text("whatif.col.mean"), t -> t.totals().mean());
    stat(columns, texts.text("whatif.col.std"), t -> t.totals().standardDeviation());
    stat(columns, texts.text("whatif.col.min"), t -> t.totals().min());
    stat(columns, texts.text("whatif.col.max"), t -> t.totals().max());
    columns.add(
        TableColumn.<TeamRow>of(
                texts.text("whatif.col.band_changes"),
                Format.INTEGER,
                r -> r.comparison().changing(com.jixiao.report.Figure.BAND).size())
            .withTotal());
    columns.add(
        TableColumn.<TeamRow>of(
                texts.text("whatif.col.crossings"),
                Format.INTEGER,
                r -> r.comparison().crossings().size())
            .withTotal());
    tables.write(
        texts.text("whatif.sheet.team"),
        columns,
        rows,
        TableLayout.withTotals(texts.text("payroll.totals")));
  }

  /** Current, changed and the difference; summed in the totals row when {@code summed}. */
  private void money(
      List<TableColumn<TeamRow>> columns,
      String label,
      Function<TeamFigures, BigDecimal> figure,
      boolean summed) {
    List<TableColumn<TeamRow>> three =
        List.of(
            TableColumn.of(texts.before(label), Format.CURRENCY, r -> figure.apply(r.before())),
            TableColumn.of(texts.after(label), Format.CURRENCY, r -> figure.apply(r.after())),
            TableColumn.of(
                texts.change(label),
                Format.CURRENCY,
                r -> figure.apply(r.after()).subtract(figure.apply(r.before()))));
    for (TableColumn<TeamRow> c : three) {
      columns.add(summed ? c.withTotal() : c);
    }
  }

  private void stat(
      List<TableColumn<TeamRow>> columns,
      String label,
      Function<TeamFigures, Optional<BigDecimal>> figure) {
    columns.add(
        TableColumn.of(
            texts.before(label), Format.DECIMAL2, r -> figure.apply(r.before()).orElse(null)));
    columns.add(
        TableColumn.of(
            texts.after(label), Format.DECIMAL2, r -> figure.apply(r.after()).orElse(null)));
  }

  private static String months(WhatIf whatIf) {
    List<WhatIf.MonthChange> m = whatIf.months();
    String first = m.get(0).month().toString();
    String last = m.get(m.size() - 1).month().toString();
    return first.equals(last) ? first : first + " – " + last;
  }

  /** "¥12,345.60" in the workbook's currency. */
  private String plain(BigDecimal amount) {
    return WhatIfTexts.amount(currency, amount);
  }

  /** "+¥600.00", "−¥600.00", "¥0.00". */
  private String signed(BigDecimal amount) {
    return WhatIfTexts.signed(currency, amount);
  }
}

package com.jixiao.render;

import com.jixiao.ranking.TierClass;
import com.jixiao.report.AgentChange;
import com.jixiao.report.AgentFigures;
import com.jixiao.report.Crossing;
import com.jixiao.report.Figure;
import com.jixiao.report.ReportComparison;
import com.jixiao.report.TeamComparison;
import com.jixiao.report.TeamFigures;
import com.jixiao.report.whatif.BandText;
import com.jixiao.report.whatif.WhatIf;
import com.jixiao.report.whatif.WhatIfTexts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/** Builds the what-if PDF's model from a {@link WhatIf}, cut to one page. */
public final class WhatIfPages {
  /**
   * What fits on one A4 landscape page, in table rows: the change lines, the team table (or the
   * band and class counts beside it, whichever is taller), the agents, the crossings and the notes
   * share this many. The agents table gets what the others leave, at least {@link #MIN_AGENTS}.
   */
  static final int PAGE_ROWS = 25;

  static final int MAX_CHANGES = 6;
  static final int MAX_MONTHS = 12;
  static final int MIN_AGENTS = 3;
  static final int CROSSINGS = 6;

  private final WhatIfTexts texts;
  private final String currency;
  private final MoneyText money;

  public WhatIfPages(WhatIfTexts texts, String currency) {
    this.texts = texts;
    this.currency = currency;
    this.money = MoneyText.of(currency);
  }

  /**
   * The last day of the last month replayed: the PDF's date, so the bytes do not depend on today.
   */
  public static java.time.LocalDate documentDate(WhatIf whatIf) {
    return whatIf.months().get(whatIf.months().size() - 1).month().atEndOfMonth();
  }

  public WhatIfPage page(WhatIf whatIf, String store, String workbook) {
    List<WhatIf.MonthChange> months = whatIf.months();
    WhatIf.MonthChange last = months.get(months.size() - 1);
    List<String> changes = changes(whatIf);
    List<WhatIf.MonthChange> shown =
        months.subList(Math.max(0, months.size() - MAX_MONTHS), months.size());
    List<Row> rows = byPayChange(months);
    List<WhatIfPage.CrossingRow> crossings = crossings(months);
    List<String> notes = notes(months, shown.size());
    int counts = last.comparison().team().bandRows().size() + TierClass.values().length;
    int agentRows =
        Math.max(
            MIN_AGENTS,
            PAGE_ROWS
                - changes.size()
                - Math.max(shown.size() + 1, counts)
                - (crossings.isEmpty() ? 0 : 2)
                - (notes.isEmpty() ? 0 : 1));
    return new WhatIfPage(
        store,
        workbook,
        monthsText(whatIf),
        documentDate(whatIf).toString(),
        changes,
        money.amount(whatIf.totalBefore(TeamFigures::payrollCost)),
        money.amount(whatIf.totalAfter(TeamFigures::payrollCost)),
        WhatIfTexts.signed(currency, whatIf.payrollCostDifference()),
        whatIf.bandChanges(),
        whatIf.crossings().size(),
        shown.stream().map(m -> teamRow(m.month().toString(), m.comparison())).toList(),
        totalRow(whatIf),
        last.month().toString(),
        counts(last.comparison().team()),
        rows.stream().limit(agentRows).map(this::agentRow).toList(),
        Math.max(0, rows.size() - agentRows),
        crossings.stream().limit(CROSSINGS).toList(),
        Math.max(0, crossings.size() - CROSSINGS),
        notes.isEmpty() ? List.of() : List.of(String.join(" ", notes)));
  }

  /** The change in words, at most {@link #MAX_CHANGES} lines and a line saying how many more. */
  private List<String> changes(WhatIf whatIf) {
    List<String> changes = new ArrayList<>();
    if (whatIf.changes().isEmpty()) {
      changes.add(texts.text("whatif.change.none"));
    }
    whatIf.changes().stream().limit(MAX_CHANGES).forEach(c -> changes.add(texts.text(c)));
    if (whatIf.changes().size() > MAX_CHANGES) {
      changes.add(texts.text("whatif.pdf.more_changes", whatIf.changes().size() - MAX_CHANGES));
    }
    return changes;
  }

  /** Every changed agent-month, the largest change of pay first. */
  private static List<Row> byPayChange(List<WhatIf.MonthChange> months) {
    List<Row> rows = new ArrayList<>();
    months.forEach(m -> m.comparison().agents().forEach(c -> rows.add(new Row(m.month(), c))));
    rows.sort(
        Comparator.comparing((Row r) -> r.change().payDifference().abs())
            .reversed()
            .thenComparing(Row::month)
            .thenComparing(r -> r.change().agentId()));
    return rows;
  }

  private List<WhatIfPage.CrossingRow> crossings(List<WhatIf.MonthChange> months) {
    List<WhatIfPage.CrossingRow> crossings = new ArrayList<>();
    for (WhatIf.MonthChange m : months) {
      for (AgentChange c : m.comparison().crossings()) {
        for (Crossing x : c.crossings()) {
          crossings.add(
              new WhatIfPage.CrossingRow(
                  m.month().toString(), c.agentId(), c.agent().name(), texts.crossing(x)));
        }
      }
    }
    return crossings;
  }

  /**
   * Months left out of the team table, and the months without a pool: one such month's own note, or
   * one sentence for several (the workbook has each month's note).
   */
  private List<String> notes(List<WhatIf.MonthChange> months, int shown) {
    List<String> notes = new ArrayList<>();
    if (shown < months.size()) {
      notes.add(texts.text("whatif.pdf.more_months", months.size() - shown));
    }
    List<WhatIf.MonthChange> noPool = months.stream().filter(m -> !m.notes().isEmpty()).toList();
    if (noPool.size() == 1) {
      notes.add(texts.text(noPool.get(0).notes().get(0)));
    } else if (!noPool.isEmpty()) {
      notes.add(
          texts.text(
              "whatif.pdf.no_pool",
              noPool.size(),
              noPool.get(0).month().toString(),
              noPool.get(noPool.size() - 1).month().toString()));
    }
    return notes;
  }

  private record Row(YearMonth month, AgentChange change) {}

  private WhatIfPage.TeamRow teamRow(String month, ReportComparison c) {
    TeamComparison t = c.team();
    return new WhatIfPage.TeamRow(
        month,
        Integer.toString(t.after().agents()),
        money.amount(t.before().payrollCost()),
        money.amount(t.after().payrollCost()),
        WhatIfTexts.signed(currency, t.payrollCostDifference()),
        money.amount(t.before().poolPaidOut()),
        money.amount(t.after().poolPaidOut()),
        stat(t.before().totals().mean()),
        stat(t.after().totals().mean()),
        stat(t.before().totals().standardDeviation()),
        stat(t.after().totals().standardDeviation()),
        c.changing(Figure.BAND).size(),
        c.crossings().size());
  }

  private WhatIfPage.TeamRow totalRow(WhatIf whatIf) {
    Function<TeamFigures, BigDecimal> cost = TeamFigures::payrollCost;
    Function<TeamFigures, BigDecimal> pool = TeamFigures::poolPaidOut;
    return new WhatIfPage.TeamRow(
        texts.text("payroll.totals"),
        "",
        money.amount(whatIf.totalBefore(cost)),
        money.amount(whatIf.totalAfter(cost)),
        WhatIfTexts.signed(currency, whatIf.payrollCostDifference()),
        money.amount(whatIf.totalBefore(pool)),
        money.amount(whatIf.totalAfter(pool)),
        "",
        "",
        "",
        "",
        whatIf.bandChanges(),
        whatIf.crossings().size());
  }

  private List<WhatIfPage.CountRow> counts(TeamComparison team) {
    List<WhatIfPage.CountRow> rows = new ArrayList<>();
    String band = texts.figure(Figure.BAND);
    for (TeamComparison.BandRow r : team.bandRows()) {
      int before = r.before().map(TeamFigures.BandCount::agents).orElse(0);
      int after = r.after().map(TeamFigures.BandCount::agents).orElse(0);
      rows.add(
          new WhatIfPage.CountRow(
              band, BandText.atPlace(team, r.place()), before, after, signed(after - before)));
    }
    String tier = texts.figure(Figure.TIER);
    for (TierClass c : TierClass.values()) {
      int before = team.before().tiers().get(c);
      int after = team.after().tiers().get(c);
      rows.add(
          new WhatIfPage.CountRow(
              tier, texts.text(c.labelKey()), before, after, signed(after - before)));
    }
    return rows;
  }

  private WhatIfPage.AgentRow agentRow(Row r) {
    AgentChange c = r.change();
    Optional<AgentFigures> b = c.before();
    Optional<AgentFigures> a = c.after();
    return new WhatIfPage.AgentRow(
        r.month().toString(),
        c.agentId(),
        c.agent().name(),
        b.map(f -> decimal2(f.total())).orElse("–"),
        a.map(f -> decimal2(f.total())).orElse("–"),
        b.map(WhatIfPages::coefficient).orElse("–"),
        a.map(WhatIfPages::coefficient).orElse("–"),
        b.map(f -> money.amount(f.grossPay())).orElse("–"),
        a.map(f -> money.amount(f.grossPay())).orElse("–"),
        WhatIfTexts.signed(currency, c.payDifference()),
        texts.crossings(c));
  }

  /** The coefficient of the agent's band: what the pay follows. */
  private static String coefficient(AgentFigures f) {
    return "×" + f.coefficient().stripTrailingZeros().toPlainString();
  }

  private static String stat(Optional<BigDecimal> value) {
    return value.map(WhatIfPages::decimal2).orElse("–");
  }

  private static String decimal2(BigDecimal n) {
    return n.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  private static String signed(int n) {
    return n > 0 ? "+" + n : n < 0 ? "\u2212" + (-n) : "0";
  }

  private static String monthsText(WhatIf whatIf) {
    String first = whatIf.months().get(0).month().toString();
    String last = whatIf.months().get(whatIf.months().size() - 1).month().toString();
    return first.equals(last) ? first : first + " – " + last;
  }
}

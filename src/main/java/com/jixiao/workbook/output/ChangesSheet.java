package com.jixiao.workbook.output;

import com.jixiao.i18n.Message;
import com.jixiao.i18n.Messages;
import com.jixiao.model.Band;
import com.jixiao.model.Language;
import com.jixiao.report.AgentChange;
import com.jixiao.report.AgentFigures;
import com.jixiao.report.Figure;
import com.jixiao.report.MonthReport;
import com.jixiao.report.ReportComparison;
import com.jixiao.report.Revision;
import com.jixiao.report.TeamFigures;
import com.jixiao.workbook.TableColumn;
import com.jixiao.workbook.TableColumn.Format;
import com.jixiao.workbook.TableWriter;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Changes / 变更记录: what differs from the earlier version of the month (run --previous, the hot
 * folder's earlier result, a reopened final month), one line per agent and changed figure (total,
 * band, coefficient, ranks, tier, reward, penalty, points, payout, commission, performance and
 * gross pay) with before, after, the difference, and why (the objection accepted, the input edited,
 * the rule changed, or "through the others"); then the team's total gross pay and points pool.
 * Written only when there is an earlier version.
 */
final class ChangesSheet implements OutputSheet {
  @Override
  public String nameKey() {
    return "sheet.changes";
  }

  /** One line of the sheet; numbers in {@code format}, text as it is. */
  private record Line(
      String agentId,
      String name,
      String figure,
      Object before,
      Object after,
      Object difference,
      Format format,
      String causes) {}

  @Override
  public void write(TableWriter tables, String sheetName, MonthReport report, Messages messages) {
    Revision revision = report.revision();
    if (revision.changes().isEmpty()) {
      return;
    }
    ReportComparison c = revision.changes().get();
    List<Line> lines = new ArrayList<>();
    String everyone = causes(messages, c.causes());
    for (AgentChange a : c.agents()) {
      lines.addAll(agentLines(messages, a, join(messages, causes(messages, a.causes()), everyone)));
    }
    if (lines.isEmpty()) {
      int earlier = revision.earlier().map(Revision.Earlier::version).orElse(1);
      lines.add(
          new Line(
              "",
              "",
              messages.format("change.none", String.valueOf(earlier)),
              null,
              null,
              null,
              Format.TEXT,
              everyone));
    }
    lines.addAll(teamLines(messages, c, payChanges(messages, c)));
    tables.write(sheetName, columns(messages), lines);
  }

  private static List<TableColumn<Line>> columns(Messages messages) {
    return List.of(
        TableColumn.of(Labels.col(messages, "agent_id"), Format.TEXT, Line::agentId),
        TableColumn.of(Labels.col(messages, "name"), Format.TEXT, Line::name),
        TableColumn.of(Labels.col(messages, "change_figure"), Format.TEXT, Line::figure),
        TableColumn.<Line>of(Labels.col(messages, "change_before"), Format.GENERAL, Line::before)
            .withFormatOf(Line::format),
        TableColumn.<Line>of(Labels.col(messages, "change_after"), Format.GENERAL, Line::after)
            .withFormatOf(Line::format),
        TableColumn.<Line>of(
                Labels.col(messages, "change_difference"), Format.GENERAL, Line::difference)
            .withFormatOf(Line::format),
        TableColumn.of(Labels.col(messages, "change_causes"), Format.LONG_TEXT, Line::causes));
  }

  private static List<Line> agentLines(Messages messages, AgentChange a, String causes) {
    String id = a.agentId();
    String name = a.agent().name();
    if (a.onlyAfter() || a.onlyBefore()) {
      String what = messages.format(a.onlyAfter() ? "change.only_after" : "change.only_before");
      return List.of(new Line(id, name, what, null, null, null, Format.TEXT, causes));
    }
    AgentFigures b = a.before().orElseThrow();
    AgentFigures f = a.after().orElseThrow();
    List<Line> lines = new ArrayList<>();
    for (Figure figure : Figure.values()) {
      if (!a.changed().contains(figure)) {
        continue;
      }
      String label = label(messages, figure);
      switch (figure) {
        case BAND ->
            lines.add(
                new Line(
                    id,
                    name,
                    label,
                    band(messages, b.band()),
                    band(messages, f.band()),
                    null,
                    Format.TEXT,
                    causes));
        case TIER ->
            lines.add(
                new Line(
                    id,
                    name,
                    label,
                    tier(messages, b),
                    tier(messages, f),
                    null,
                    Format.TEXT,
                    causes));
        default ->
            lines.add(
                new Line(
                    id,
                    name,
                    label,
                    figure.amount(b).orElse(null),
                    figure.amount(f).orElse(null),
                    a.difference(figure).orElse(null),
                    format(figure),
                    causes));
      }
    }
    return lines;
  }

  private static List<Line> teamLines(Messages messages, ReportComparison c, String causes) {
    String team = messages.format("change.team");
    List<Line> lines = new ArrayList<>();
    team(lines, team, messages.format("change.team.payroll"), c, TeamFigures::payrollCost, causes);
    team(lines, team, messages.format("change.team.pool"), c, TeamFigures::pool, causes);
    return lines;
  }

  private static void team(
      List<Line> lines,
      String team,
      String label,
      ReportComparison c,
      Function<TeamFigures, BigDecimal> figure,
      String causes) {
    BigDecimal before = figure.apply(c.team().before());
    BigDecimal after = figure.apply(c.team().after());
    lines.add(
        new Line(
            "",
            team,
            label,
            before,
            after,
            after.subtract(before),
            Format.CURRENCY,
            before.compareTo(after) == 0 ? null : causes));
  }

  /** Whose gross pay changed, with the difference: "KF009 冯雪 ¥160.00". */
  private static String payChanges(Messages messages, ReportComparison c) {
    String separator = messages.language() == Language.ZH ? "；" : "; ";
    return c.byPayChange().stream()
        .filter(a -> a.payDifference().signum() != 0)
        .map(a -> a.agentId() + " " + a.agent().name() + " " + signed(a.payDifference()))
        .collect(Collectors.joining(separator));
  }

  private static String signed(BigDecimal n) {
    String plain = n.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
    return n.signum() > 0 ? "+" + plain : plain;
  }

  private static String label(Messages messages, Figure figure) {
    return figure == Figure.BAND
        ? messages.format("change.figure.band")
        : Labels.col(messages, figure.key());
  }

  private static Format format(Figure figure) {
    if (figure.isMoney()) {
      return Format.CURRENCY;
    }
    return switch (figure) {
      case RANK, SALES_RANK, CONVERSION_RANK -> Format.INTEGER;
      default -> Format.DECIMAL2;
    };
  }

  /** "90 分以上 (0.9)", the lowest band "50 分以下 (0.4)". */
  private static String band(Messages messages, Band band) {
    String coefficient = Labels.plain(band.coefficient());
    if (band.minScore().signum() < 0) {
      return messages.format("change.band_lowest", "0") + " (" + coefficient + ")";
    }
    return messages.format("change.band", Labels.plain(band.minScore())) + " (" + coefficient + ")";
  }

  private static String tier(Messages messages, AgentFigures f) {
    return f.tier().map(t -> messages.format(t.labelKey())).orElse("-");
  }

  private static String causes(Messages messages, List<Message> causes) {
    String separator = messages.language() == Language.ZH ? "；" : "; ";
    return causes.stream().map(messages::format).collect(Collectors.joining(separator));
  }

  private static String join(Messages messages, String own, String everyone) {
    if (own.isEmpty() || everyone.isEmpty()) {
      return own.isEmpty() ? everyone : own;
    }
    return own + (messages.language() == Language.ZH ? "；" : "; ") + everyone;
  }
}

package com.jixiao.workbook.output;

import com.jixiao.i18n.Messages;
import com.jixiao.money.AgentPoints;
import com.jixiao.money.PointsPool;
import com.jixiao.report.MonthReport;
import com.jixiao.workbook.TableColumn;
import com.jixiao.workbook.TableColumn.Format;
import com.jixiao.workbook.TableLayout;
import com.jixiao.workbook.TableWriter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Points / 积分奖金 (docs/workbook.md#output-points): each agent's counted points (a comment shows
 * where they come from) and their payout from the pool; the totals row shows the points and that
 * the payouts add up to the pool. Named "Points bonus" in English: "Points" is the input sheet
 * 积分记录, and output sheets of an earlier run are replaced by name.
 */
final class PointsSheet implements OutputSheet {
  @Override
  public String nameKey() {
    return "sheet.points";
  }

  @Override
  public void write(TableWriter tables, String sheetName, MonthReport report, Messages messages) {
    PointsPool pool = report.money().pool();
    Map<String, String> names =
        report.scores().scores().stream()
            .collect(Collectors.toMap(s -> s.agent().id(), s -> s.agent().name()));
    Function<AgentPoints, Object> name = p -> names.get(p.agentId());
    List<TableColumn<AgentPoints>> columns =
        List.of(
            TableColumn.of(Labels.col(messages, "agent_id"), Format.TEXT, AgentPoints::agentId),
            TableColumn.of(Labels.col(messages, "name"), Format.TEXT, name),
            TableColumn.<AgentPoints>of(
                    Labels.col(messages, "points"), Format.DECIMAL2, AgentPoints::counted)
                .withComment(p -> comment(messages, p))
                .withTotal(),
            TableColumn.<AgentPoints>of(
                    Labels.col(messages, "payout"), Format.CURRENCY, p -> pool.payout(p.agentId()))
                .withTotal());
    tables.write(
        sheetName,
        columns,
        report.money().points(),
        TableLayout.withTotals(messages.format("payroll.totals")));
  }

  private static String comment(Messages messages, AgentPoints p) {
    String text =
        messages.format(
            "comment.points",
            Labels.plain(p.fromRows()),
            Labels.plain(p.fromReviews()),
            Labels.plain(p.fromTarget()),
            Labels.plain(p.sum()));
    return p.sum().signum() < 0 ? text + "\n" + messages.format("comment.points_negative") : text;
  }
}

package com.jixiao.workbook.output;

import com.jixiao.i18n.Message;
import com.jixiao.i18n.Messages;
import com.jixiao.model.Language;
import com.jixiao.ranking.AgentRanking;
import com.jixiao.ranking.Subjects;
import com.jixiao.ranking.Tiers;
import com.jixiao.report.MonthReport;
import com.jixiao.workbook.TableColumn;
import com.jixiao.workbook.TableColumn.Format;
import com.jixiao.workbook.TableWriter;
import java.math.RoundingMode;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Ranking / 排名与奖惩 (docs/workbook.md#output-ranking): sales and conversion ranks, the month's reward
 * and penalty (a comment says why), the tier class (marked provisional before a quarter's end; a
 * comment gives the quarter-to-date score) and flags: the type labels of every alert about the
 * agent.
 */
final class RankingSheet implements OutputSheet {
  @Override
  public String nameKey() {
    return "sheet.ranking";
  }

  @Override
  public void write(TableWriter tables, String sheetName, MonthReport report, Messages messages) {
    Tiers tiers = report.ranking().tiers();
    List<TableColumn<AgentRanking>> columns =
        List.of(
            TableColumn.of(Labels.col(messages, "agent_id"), Format.TEXT, r -> r.agent().id()),
            TableColumn.of(Labels.col(messages, "name"), Format.TEXT, r -> r.agent().name()),
            TableColumn.of(
                Labels.col(messages, "sales_rank"),
                Format.INTEGER,
                r -> r.salesRank().orElse(null)),
            TableColumn.<AgentRanking>of(
                    Labels.col(messages, "conversion_rank"),
                    Format.INTEGER,
                    r -> r.conversionRank().orElse(null))
                .withComment(r -> conversionComment(messages, r)),
            TableColumn.<AgentRanking>of(
                    Labels.col(messages, "reward"), Format.MONEY, AgentRanking::reward)
                .withComment(r -> reasons(messages, r)),
            TableColumn.<AgentRanking>of(
                    Labels.col(messages, "penalty"), Format.MONEY, AgentRanking::penalty)
                .withComment(r -> reasons(messages, r)),
            TableColumn.<AgentRanking>of(
                    Labels.col(messages, "tier"), Format.TEXT, r -> tier(messages, tiers, r))
                .withComment(r -> tierComment(messages, tiers, r)),
            TableColumn.of(
                Labels.col(messages, "flags"), Format.LONG_TEXT, r -> flags(messages, report, r)));
    tables.write(sheetName, columns, report.ranking().agents());
  }

  private static String conversionComment(Messages messages, AgentRanking r) {
    return r.conversion()
        .map(
            c ->
                messages.format(
                    "comment.conversion",
                    c.decimal(4, RoundingMode.HALF_UP)
                            .movePointRight(2)
                            .setScale(2, RoundingMode.HALF_UP)
                            .toPlainString()
                        + "%",
                    c.num().stripTrailingZeros().toPlainString(),
                    c.den().stripTrailingZeros().toPlainString()))
        .orElse(null);
  }

  private static String reasons(Messages messages, AgentRanking r) {
    if (r.reasons().isEmpty()) {
      return null;
    }
    return r.reasons().stream().map(messages::format).collect(Collectors.joining("\n"));
  }

  private static String tier(Messages messages, Tiers tiers, AgentRanking r) {
    return r.tier()
        .map(
            t -> {
              String label = messages.format(t.labelKey());
              return tiers.provisional() ? messages.format("tier.provisional", label) : label;
            })
        .orElse(null);
  }

  private static String tierComment(Messages messages, Tiers tiers, AgentRanking r) {
    if (r.tier().isEmpty()) {
      return messages.format("comment.no_tiers", String.valueOf(tiers.n()));
    }
    String id = r.agent().id();
    return messages.format(
        new Message(
            "comment.tier",
            List.of(
                tiers.means().get(id).decimal(2, RoundingMode.HALF_UP).toPlainString(),
                String.valueOf(tiers.months().get(id)),
                String.valueOf(tiers.n()),
                String.valueOf(tiers.k()))));
  }

  /** The distinct type labels of the alerts whose subject is this agent, in the alerts' order. */
  private static String flags(Messages messages, MonthReport report, AgentRanking r) {
    return Subjects.alertTypesAbout(r.agent(), report.alerts()).stream()
        .map(type -> AlertsSheet.typeLabel(messages, type))
        .collect(Collectors.joining(messages.language() == Language.ZH ? "、" : ", "));
  }
}

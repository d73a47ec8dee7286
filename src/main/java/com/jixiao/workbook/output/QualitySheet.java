package com.jixiao.workbook.output;

import com.jixiao.i18n.Messages;
import com.jixiao.model.Language;
import com.jixiao.ranking.AgentQuality;
import com.jixiao.report.MonthReport;
import com.jixiao.workbook.TableColumn;
import com.jixiao.workbook.TableColumn.Format;
import com.jixiao.workbook.TableWriter;
import java.math.RoundingMode;
import java.util.List;

/**
 * Quality / 质检汇总 (docs/workbook.md#output-quality): who inspected the agent, inspections,
 * inspections required, coverage (a number cell, a fraction shown as a percent; rounded down so
 * that 99.96% never shows as 100.0%), fatal findings (escalated included), non-fatal findings and
 * escalated findings.
 */
final class QualitySheet implements OutputSheet {
  @Override
  public String nameKey() {
    return "sheet.quality";
  }

  @Override
  public void write(TableWriter tables, String sheetName, MonthReport report, Messages messages) {
    String separator = messages.language() == Language.ZH ? "、" : ", ";
    List<TableColumn<AgentQuality>> columns =
        List.of(
            TableColumn.of(Labels.col(messages, "agent_id"), Format.TEXT, q -> q.agent().id()),
            TableColumn.of(Labels.col(messages, "name"), Format.TEXT, q -> q.agent().name()),
            TableColumn.of(
                Labels.col(messages, "inspector"),
                Format.TEXT,
                q -> String.join(separator, q.inspectors())),
            TableColumn.of(
                Labels.col(messages, "inspections"), Format.INTEGER, q -> q.counts().inspections()),
            TableColumn.of(
                Labels.col(messages, "required"), Format.DECIMAL2, AgentQuality::required),
            TableColumn.of(
                Labels.col(messages, "coverage"),
                Format.PERCENT1,
                q -> q.coverage().map(c -> c.decimal(3, RoundingMode.FLOOR)).orElse(null)),
            TableColumn.of(Labels.col(messages, "fatal"), Format.INTEGER, q -> q.counts().fatal()),
            TableColumn.of(
                Labels.col(messages, "nonfatal"), Format.INTEGER, q -> q.counts().nonFatal()),
            TableColumn.of(
                Labels.col(messages, "escalated"), Format.INTEGER, q -> q.counts().escalated()));
    tables.write(sheetName, columns, report.ranking().quality());
  }
}

package com.jixiao.workbook.output;

import com.jixiao.i18n.Messages;
import com.jixiao.money.AnnualLine;
import com.jixiao.report.MonthReport;
import com.jixiao.workbook.TableColumn;
import com.jixiao.workbook.TableColumn.Format;
import com.jixiao.workbook.TableWriter;
import java.util.List;

/**
 * Annual / 年度调薪 (docs/workbook.md#output-annual), for HR: the annual score, its band and the
 * suggested salary level. Only in the annual month ({@code annual.month}) or with {@code run
 * --annual}.
 */
final class AnnualSheet implements OutputSheet {
  @Override
  public String nameKey() {
    return "sheet.annual";
  }

  @Override
  public void write(TableWriter tables, String sheetName, MonthReport report, Messages messages) {
    report
        .money()
        .annual()
        .ifPresent(annual -> tables.write(sheetName, columns(messages), annual.lines()));
  }

  private static List<TableColumn<AnnualLine>> columns(Messages messages) {
    return List.of(
        TableColumn.of(Labels.col(messages, "agent_id"), Format.TEXT, l -> l.agent().id()),
        TableColumn.of(Labels.col(messages, "name"), Format.TEXT, l -> l.agent().name()),
        TableColumn.of(Labels.col(messages, "months"), Format.INTEGER, AnnualLine::months),
        TableColumn.of(
            Labels.col(messages, "annual_score"), Format.DECIMAL2, AnnualLine::annualScore),
        TableColumn.of(
            Labels.col(messages, "coefficient"), Format.DECIMAL2, l -> l.band().coefficient()),
        TableColumn.of(
            Labels.col(messages, "level_change"), Format.INTEGER, l -> l.band().levelChange()),
        TableColumn.of(
            Labels.col(messages, "salary_level"), Format.INTEGER, AnnualLine::salaryLevel),
        TableColumn.<AnnualLine>of(
                Labels.col(messages, "new_level"), Format.INTEGER, AnnualLine::newLevel)
            .withComment(l -> l.clamped() ? messages.format("comment.level_clamped") : null),
        TableColumn.of(
            Labels.col(messages, "action"), Format.TEXT, l -> action(messages, l.band().action())));
  }

  /** A default band's action key ("promote2") in words; a Bands sheet's own text as written. */
  static String action(Messages messages, String action) {
    String key = "band.action." + action;
    return messages.has(key) ? messages.format(key) : action;
  }
}

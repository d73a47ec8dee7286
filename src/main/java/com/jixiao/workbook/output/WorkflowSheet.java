package com.jixiao.workbook.output;

import com.jixiao.calendar.WorkflowStep;
import com.jixiao.i18n.Messages;
import com.jixiao.report.MonthReport;
import com.jixiao.workbook.TableColumn;
import com.jixiao.workbook.TableColumn.Format;
import com.jixiao.workbook.TableWriter;
import java.util.List;

/**
 * Workflow / 考核流程: the seven steps (docs/rules.md#workflow) with who does them and their due dates.
 */
final class WorkflowSheet implements OutputSheet {
  @Override
  public String nameKey() {
    return "sheet.workflow";
  }

  @Override
  public void write(TableWriter tables, String sheetName, MonthReport report, Messages messages) {
    List<TableColumn<WorkflowStep>> columns =
        List.of(
            TableColumn.of(Labels.col(messages, "step"), Format.INTEGER, WorkflowStep::number),
            TableColumn.of(
                Labels.col(messages, "description"),
                Format.LONG_TEXT,
                s -> messages.format(s.title()) + "：" + messages.format(s.description())),
            TableColumn.of(
                Labels.col(messages, "responsible"),
                Format.TEXT,
                s -> messages.format(s.role().label())),
            TableColumn.<WorkflowStep>of(
                    Labels.col(messages, "working_day"), Format.INTEGER, WorkflowStep::workingDay)
                .withComment(s -> messages.format(s.due())),
            TableColumn.of(Labels.col(messages, "due_date"), Format.DATE, WorkflowStep::dueDate));
    tables.write(sheetName, columns, report.workflow().steps());
  }
}

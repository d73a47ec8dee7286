package com.jixiao.workbook.output;

import com.jixiao.assess.Alert;
import com.jixiao.i18n.Messages;
import com.jixiao.report.MonthReport;
import com.jixiao.workbook.TableColumn;
import com.jixiao.workbook.TableColumn.Format;
import com.jixiao.workbook.TableWriter;
import java.util.List;

/** Alerts / 预警: severity, type, subject and a sentence a manager understands. */
final class AlertsSheet implements OutputSheet {
  @Override
  public String nameKey() {
    return "sheet.alerts";
  }

  @Override
  public void write(TableWriter tables, String sheetName, MonthReport report, Messages messages) {
    List<TableColumn<Alert>> columns =
        List.of(
            TableColumn.of(
                Labels.col(messages, "severity"),
                Format.TEXT,
                a -> a.severity().label(messages.language())),
            TableColumn.of(
                Labels.col(messages, "type"), Format.TEXT, a -> typeLabel(messages, a.type())),
            TableColumn.of(Labels.col(messages, "subject"), Format.TEXT, Alert::subject),
            TableColumn.of(
                Labels.col(messages, "message"),
                Format.LONG_TEXT,
                a -> messages.format(a.message())));
    tables.write(sheetName, columns, report.alerts());
  }

  static String typeLabel(Messages messages, String type) {
    String key = "alert.type." + type;
    return messages.has(key) ? messages.format(key) : type;
  }
}

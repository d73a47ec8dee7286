package com.jixiao.workbook;

import com.jixiao.assess.Alert;
import com.jixiao.assess.Severity;
import com.jixiao.i18n.Message;
import com.jixiao.i18n.Messages;
import com.jixiao.job.MonthReport;
import com.jixiao.workbook.sheets.OutputSheet;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Adds the output sheets of SPEC 5.2 ({@link OutputSheet#ALL}) after the input sheets, which stay
 * exactly as they were, and saves the workbook atomically.
 */
public final class FilledWorkbookWriter {
  private final Messages messages;

  public FilledWorkbookWriter(Messages messages) {
    this.messages = messages;
  }

  /**
   * Writes {@code workbook} plus the output sheets to {@code target}. Output sheets of an earlier
   * run (a filled workbook run again) are replaced, and an alert says so.
   */
  public void write(XSSFWorkbook workbook, MonthReport report, Path target) throws IOException {
    List<Alert> replaced = new ArrayList<>();
    for (OutputSheet sheet : OutputSheet.ALL) {
      String name = messages.format(sheet.nameKey());
      int index = workbook.getSheetIndex(name);
      if (index >= 0) {
        workbook.removeSheetAt(index);
        replaced.add(
            new Alert(
                Severity.INFO,
                "output_sheet_replaced",
                name,
                Message.of("alert.output_sheet_replaced", name)));
      }
    }
    MonthReport withReplaced = report.withMoreAlerts(replaced);
    TableWriter tables = new TableWriter(workbook, report.input().settings().currency());
    for (OutputSheet sheet : OutputSheet.ALL) {
      sheet.write(tables, messages.format(sheet.nameKey()), withReplaced, messages);
    }
    workbook.setForceFormulaRecalculation(false);
    AtomicFiles.write(target, workbook::write);
  }
}

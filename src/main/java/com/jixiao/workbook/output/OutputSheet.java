package com.jixiao.workbook.output;

import com.jixiao.i18n.Messages;
import com.jixiao.report.MonthReport;
import com.jixiao.workbook.TableWriter;
import java.util.List;

/**
 * One output sheet of the filled workbook (docs/workbook.md#outputs): its name in the workbook's
 * language and how it is filled from the month's report. A new output sheet is a new implementation
 * registered in {@link #ALL}, nothing else.
 */
public interface OutputSheet {
  /** Bundle key of the sheet's name, e.g. "sheet.scores". */
  String nameKey();

  /** The sheet's key, whatever its name in the workbook: "scores", "payroll"… (its mark). */
  default String key() {
    return nameKey().substring(nameKey().indexOf('.') + 1);
  }

  void write(TableWriter tables, String sheetName, MonthReport report, Messages messages);

  /** Every output sheet, in the order they are added after the input sheets. */
  List<OutputSheet> ALL =
      List.of(
          new ScoresSheet(),
          new RankingSheet(),
          new QualitySheet(),
          new PointsSheet(),
          new PayrollSheet(),
          new WorkflowSheet(),
          new AnnualSheet(),
          new SummarySheet(),
          new ConfirmationsSheet(),
          new ChangesSheet(),
          new AlertsSheet());
}

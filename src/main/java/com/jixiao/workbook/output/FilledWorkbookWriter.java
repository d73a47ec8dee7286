package com.jixiao.workbook.output;

import com.jixiao.assess.Alert;
import com.jixiao.assess.Severity;
import com.jixiao.files.AtomicFiles;
import com.jixiao.i18n.Message;
import com.jixiao.i18n.Messages;
import com.jixiao.report.MonthReport;
import com.jixiao.workbook.Problems;
import com.jixiao.workbook.TableWriter;
import com.jixiao.workbook.XlsxSource;
import com.jixiao.workbook.graft.WorkbookGraft;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Adds the output sheets of SPEC 5.2 ({@link OutputSheet#ALL}) after the input sheets, which stay
 * exactly as they were, and saves the workbook atomically.
 */
public final class FilledWorkbookWriter {
  private static final org.slf4j.Logger LOG =
      org.slf4j.LoggerFactory.getLogger(FilledWorkbookWriter.class);
  private final Messages messages;

  /** Rows kept in memory per sheet while writing; older ones are on disk. */
  private static final int ROW_WINDOW = 200;

  public FilledWorkbookWriter(Messages messages) {
    this.messages = messages;
  }

  /**
   * Writes the input workbook plus the output sheets to {@code target}. The input's sheets are
   * copied part by part, never loaded; output sheets of an earlier run (a filled workbook run
   * again) are replaced, and an alert says so.
   */
  public void write(Path input, MonthReport report, Path target) throws IOException {
    Set<String> outputNames = new HashSet<>();
    for (OutputSheet sheet : OutputSheet.ALL) {
      outputNames.add(messages.format(sheet.nameKey()));
    }
    List<Alert> replaced = new ArrayList<>();
    for (String name : existingSheets(input)) {
      if (outputNames.contains(name)) {
        replaced.add(
            new Alert(
                Severity.INFO,
                "output_sheet_replaced",
                name,
                Message.of("alert.output_sheet_replaced", name)));
      }
    }
    long start = System.nanoTime();
    Map<String, List<TableWriter.CellNote>> notes = new java.util.LinkedHashMap<>();
    byte[] results = results(report.withMoreAlerts(replaced), notes);
    long built = System.nanoTime();
    AtomicFiles.write(target, out -> WorkbookGraft.graft(input, results, outputNames, notes, out));
    LOG.debug(
        "output sheets built in {} ms ({} bytes), grafted in {} ms",
        (built - start) / 1_000_000,
        results.length,
        (System.nanoTime() - built) / 1_000_000);
  }

  /**
   * The output sheets alone, as a workbook of their own, written through SXSSF: rows go to a
   * compressed temporary file as they are made, so thousands of agents' rows are never all in
   * memory as a DOM.
   */
  private byte[] results(MonthReport report, Map<String, List<TableWriter.CellNote>> notes)
      throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), ROW_WINDOW, true);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      TableWriter tables = new TableWriter(workbook, report.input().settings().currency());
      for (OutputSheet sheet : OutputSheet.ALL) {
        sheet.write(tables, messages.format(sheet.nameKey()), report, messages);
      }
      workbook.write(bytes);
      notes.putAll(tables.notes());
      return bytes.toByteArray();
    }
  }

  private static List<String> existingSheets(Path input) throws IOException {
    Problems ignored = new Problems();
    try (XlsxSource source =
        XlsxSource.open(input, ignored)
            .orElseThrow(
                () -> new IOException("the input " + input + " can no longer be opened"))) {
      return source.sheetNames();
    }
  }
}

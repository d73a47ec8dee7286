package com.jixiao.workbook.output;

import com.jixiao.assess.Alert;
import com.jixiao.assess.Severity;
import com.jixiao.files.AtomicFiles;
import com.jixiao.i18n.Message;
import com.jixiao.i18n.Messages;
import com.jixiao.report.MonthReport;
import com.jixiao.workbook.OutputMarks;
import com.jixiao.workbook.Problems;
import com.jixiao.workbook.TableWriter;
import com.jixiao.workbook.XlsxSource;
import com.jixiao.workbook.graft.WorkbookGraft;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Adds the output sheets ({@link OutputSheet#ALL}) after the input sheets, which stay exactly as
 * they were whatever their names, and saves the workbook atomically. Output sheets carry a mark
 * ({@link OutputMarks}); on a filled workbook run again only the marked sheets of the earlier run
 * are replaced. Where a sheet of the user's already has an output sheet's name, the output sheet
 * takes the next free name ("汇总 (2)").
 */
public final class FilledWorkbookWriter {
  private static final Logger LOG = LoggerFactory.getLogger(FilledWorkbookWriter.class);

  /** Excel's longest sheet name. */
  private static final int MAX_SHEET_NAME = 31;

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
    Map<String, String> earlierOutputs;
    List<String> inputSheets;
    try (XlsxSource source =
        XlsxSource.open(input, new Problems())
            .orElseThrow(
                () -> new IOException("the input " + input + " can no longer be opened"))) {
      earlierOutputs = runOutputs(source.outputSheets());
      inputSheets = source.sheetNames();
    }
    List<Alert> alerts = new ArrayList<>();
    for (String name : earlierOutputs.keySet()) {
      alerts.add(
          new Alert(
              Severity.INFO,
              "output_sheet_replaced",
              name,
              Message.of("alert.output_sheet_replaced", name)));
    }
    Set<String> taken = new HashSet<>();
    for (String name : inputSheets) {
      if (!earlierOutputs.containsKey(name)) {
        taken.add(name.toLowerCase(Locale.ROOT));
      }
    }
    Map<OutputSheet, String> names = new LinkedHashMap<>();
    for (OutputSheet sheet : OutputSheet.ALL) {
      String wanted = messages.format(sheet.nameKey());
      String name = freeName(wanted, taken);
      taken.add(name.toLowerCase(Locale.ROOT));
      names.put(sheet, name);
      if (!name.equals(wanted)) {
        alerts.add(
            new Alert(
                Severity.INFO,
                "output_sheet_renamed",
                wanted,
                Message.of("alert.output_sheet_renamed", wanted, name)));
      }
    }
    long start = System.nanoTime();
    Map<String, List<TableWriter.CellNote>> notes = new LinkedHashMap<>();
    byte[] results = results(report.withMoreAlerts(alerts), names, notes);
    long built = System.nanoTime();
    AtomicFiles.write(
        target, out -> WorkbookGraft.graft(input, results, earlierOutputs.keySet(), notes, out));
    LOG.debug(
        "output sheets built in {} ms ({} bytes), grafted in {} ms",
        (built - start) / 1_000_000,
        results.length,
        (System.nanoTime() - built) / 1_000_000);
  }

  /**
   * The marked sheets a run writes, of {@code marked}: those with an output sheet's key, and the
   * unmarked ones of filled workbooks older than the mark (key ""). A sheet another command marked
   * (the Import sheet of {@code jixiao import}) is the user's input to a run: it is kept.
   */
  private static Map<String, String> runOutputs(Map<String, String> marked) {
    Set<String> keys = new HashSet<>();
    OutputSheet.ALL.forEach(sheet -> keys.add(sheet.key()));
    Map<String, String> ours = new LinkedHashMap<>();
    marked.forEach(
        (name, key) -> {
          if (key.isEmpty() || keys.contains(key)) {
            ours.put(name, key);
          }
        });
    return ours;
  }

  /** {@code wanted}, or "wanted (2)", "wanted (3)"… whichever no sheet has (ignoring case). */
  public static String freeName(String wanted, Set<String> takenLowerCase) {
    String name = wanted;
    for (int n = 2; takenLowerCase.contains(name.toLowerCase(Locale.ROOT)); n++) {
      String suffix = " (" + n + ")";
      String base =
          wanted.length() + suffix.length() > MAX_SHEET_NAME
              ? wanted.substring(0, MAX_SHEET_NAME - suffix.length())
              : wanted;
      name = base + suffix;
    }
    return name;
  }

  /**
   * The output sheets alone, as a workbook of their own, written through SXSSF: rows go to a
   * compressed temporary file as they are made, so thousands of agents' rows are never all in
   * memory as a DOM. Each sheet is marked as jixiao's.
   */
  private byte[] results(
      MonthReport report,
      Map<OutputSheet, String> names,
      Map<String, List<TableWriter.CellNote>> notes)
      throws IOException {
    try (SXSSFWorkbook workbook = new SXSSFWorkbook(new XSSFWorkbook(), ROW_WINDOW, true);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      TableWriter tables = new TableWriter(workbook, report.input().settings().currency());
      for (Map.Entry<OutputSheet, String> e : names.entrySet()) {
        OutputSheet sheet = e.getKey();
        sheet.write(tables, e.getValue(), report, messages);
        int index = workbook.getSheetIndex(e.getValue());
        if (index >= 0) {
          OutputMarks.mark(workbook.getXSSFWorkbook(), index, sheet.key());
        }
      }
      workbook.write(bytes);
      notes.putAll(tables.notes());
      return bytes.toByteArray();
    }
  }
}

package com.jixiao.importer;

import com.jixiao.files.AtomicFiles;
import com.jixiao.i18n.Messages;
import com.jixiao.workbook.TableColumn;
import com.jixiao.workbook.TableColumn.Format;
import com.jixiao.workbook.TableWriter;
import com.jixiao.workbook.graft.WorkbookGraft;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the imported workbook: the input's parts copied byte for byte, except the Monthly sheet,
 * whose XML is rewritten with the month's figures as it is copied ({@link MonthlySheetEdit}); and
 * the Import / 导入说明 sheet added at the end (replacing the one of an earlier import). The input is
 * never written; the new file appears whole or not at all ({@link AtomicFiles}).
 */
public final class ImportedWorkbook {
  private ImportedWorkbook() {}

  public static void write(
      Path input,
      String monthlySheet,
      MonthlySheetEdit edit,
      List<ImportSummary.Line> notes,
      Messages messages,
      Path target)
      throws IOException {
    byte[] notesSheet = notesSheet(notes, messages);
    AtomicFiles.write(
        target,
        out ->
            WorkbookGraft.graft(
                input,
                notesSheet,
                new HashSet<>(ImportSummary.sheetNames()),
                Map.of(),
                Map.of(monthlySheet, edit::write),
                out));
  }

  /** The notes as a workbook of one sheet, grafted after the input's sheets. */
  private static byte[] notesSheet(List<ImportSummary.Line> notes, Messages messages)
      throws IOException {
    try (XSSFWorkbook workbook = new XSSFWorkbook();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
      List<TableColumn<ImportSummary.Line>> columns =
          List.of(
              TableColumn.of(
                  messages.format("import.notes.col.section"),
                  Format.TEXT,
                  ImportSummary.Line::section),
              TableColumn.of(
                  messages.format("import.notes.col.subject"),
                  Format.LONG_TEXT,
                  ImportSummary.Line::subject),
              TableColumn.of(
                  messages.format("import.notes.col.text"),
                  Format.LONG_TEXT,
                  ImportSummary.Line::text));
      new TableWriter(workbook).write(ImportSummary.sheetName(messages), columns, notes);
      workbook.write(bytes);
      return bytes.toByteArray();
    }
  }
}

package com.jixiao.importer;

import com.jixiao.files.AtomicFiles;
import com.jixiao.i18n.Messages;
import com.jixiao.workbook.OutputMarks;
import com.jixiao.workbook.TableColumn;
import com.jixiao.workbook.TableColumn.Format;
import com.jixiao.workbook.TableWriter;
import com.jixiao.workbook.graft.WorkbookGraft;
import com.jixiao.workbook.output.FilledWorkbookWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the imported workbook: the input's parts copied byte for byte, except the Monthly sheet,
 * whose XML is rewritten with the month's figures as it is copied ({@link MonthlySheetEdit}); and
 * the Import / 导入说明 sheet added at the end. The notes sheet is marked as the import's ({@link
 * OutputMarks}, key {@value #MARK}): an import into an imported workbook replaces it, a run keeps
 * it as it keeps every sheet that is not its own, and a user's sheet of the same name is never
 * touched (the notes then take the next free name, "导入说明 (2)"). The input is never written; the new
 * file appears whole or not at all ({@link AtomicFiles}).
 */
public final class ImportedWorkbook {
  /** The mark of the notes sheet. */
  public static final String MARK = "import";

  private final Path input;
  private final Set<String> earlierNotes = new HashSet<>();
  private final String notesName;

  /**
   * The imported workbook of {@code input}, whose sheets are {@code sheetNames} and whose sheets
   * jixiao marked are {@code marked} (name → key): earlier import notes are replaced, the new notes
   * get a name no other sheet has.
   */
  public ImportedWorkbook(
      Path input, List<String> sheetNames, Map<String, String> marked, Messages messages) {
    this.input = input;
    marked.forEach(
        (name, key) -> {
          if (key.equals(MARK)) {
            earlierNotes.add(name);
          }
        });
    Set<String> taken = new HashSet<>();
    for (String name : sheetNames) {
      if (!earlierNotes.contains(name)) {
        taken.add(name.toLowerCase(Locale.ROOT));
      }
    }
    this.notesName = FilledWorkbookWriter.freeName(messages.format("import.notes.sheet"), taken);
  }

  /** The name the notes sheet gets. */
  public String notesName() {
    return notesName;
  }

  public void write(
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
                input, notesSheet, earlierNotes, Map.of(), Map.of(monthlySheet, edit::write), out));
  }

  /** The notes as a workbook of one marked sheet, grafted after the input's sheets. */
  private byte[] notesSheet(List<ImportSummary.Line> notes, Messages messages) throws IOException {
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
      new TableWriter(workbook).write(notesName, columns, notes);
      OutputMarks.mark(workbook, 0, MARK);
      workbook.write(bytes);
      return bytes.toByteArray();
    }
  }
}

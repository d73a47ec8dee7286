package com.jixiao.cli;

import com.jixiao.files.FileNames;
import com.jixiao.i18n.Message;
import com.jixiao.i18n.Messages;
import com.jixiao.importer.ExportFile;
import com.jixiao.importer.ExportFiles;
import com.jixiao.importer.ImportMap;
import com.jixiao.importer.ImportMapSheet;
import com.jixiao.importer.ImportOutcome;
import com.jixiao.importer.ImportSummary;
import com.jixiao.importer.ImportedWorkbook;
import com.jixiao.importer.MonthImport;
import com.jixiao.importer.MonthlySheetEdit;
import com.jixiao.importer.RosterAgent;
import com.jixiao.workbook.CellParser;
import com.jixiao.workbook.ErrorReport;
import com.jixiao.workbook.InputError;
import com.jixiao.workbook.Problems;
import com.jixiao.workbook.SheetSchema;
import com.jixiao.workbook.graft.SheetParts;
import com.jixiao.workbook.input.ImportTarget;
import com.jixiao.workbook.input.WorkbookReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import EXPORT… --into WB.xlsx [--month YYYY-MM] [--out NEW.xlsx]}: the month's figures
 * from back-office exports into a copy of the workbook (docs/import.md). Every problem of the
 * workbook and the exports is listed at once and nothing is written (exit 2); the input workbook
 * and the exports are never modified.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Import the month's figures from customer-service analytics exports",
      "(CSV or .xlsx of the seller back office, 赤兔名品 …) into a copy of a",
      "standard workbook: the month's Monthly rows get the imported columns,",
      "everything else is kept. Several files add up. See docs/import.md.",
      "Exit 0 written, 2 input problems (all listed, nothing written), 1 internal failure."
    })
public final class ImportCommand implements Callable<Integer> {
  @Parameters(
      arity = "1..*",
      paramLabel = "EXPORT",
      description = "Export files (.csv in UTF-8 or GBK, .xlsx), one or more.")
  List<Path> exports;

  @Option(
      names = "--into",
      required = true,
      paramLabel = "WB.xlsx",
      description = "The standard workbook to import into (not modified).")
  Path workbook;

  @Option(
      names = "--month",
      paramLabel = "YYYY-MM",
      description = "The month to import. Default: the workbook's period (Settings).")
  String month;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "NEW.xlsx",
      description = "The workbook to write. Default: <WB>.imported.xlsx beside WB.")
  Path out;

  @Override
  public Integer call() {
    ImportTarget target = WorkbookReader.readForImport(workbook);
    Messages messages = new Messages(target.language());
    Problems workbookProblems = new Problems();
    Problems exportProblems = new Problems();
    Path written = out != null ? out : defaultOut(workbook);
    List<ExportFile> files = new ArrayList<>();
    for (int i = 0; i < exports.size(); i++) {
      ExportFiles.read(exports.get(i), i, exportProblems).ifPresent(files::add);
    }
    if (!target.ok()) {
      // the exports' rows are matched against the agents: only their files are checked now
      return report(messages, target.errors(), exportProblems.sorted());
    }
    Optional<YearMonth> chosen = month(workbookProblems, target);
    if (sameFile(written, workbook)) {
      workbookProblems.file(
          Message.of("import.out_is_input", written.toString()),
          Message.of("import.hint.out_is_input"));
    }
    ImportMap map =
        target
            .importMap()
            .map(t -> ImportMapSheet.read(t, messages.language(), workbookProblems))
            .orElse(ImportMap.none());
    if (chosen.isEmpty()) {
      return report(messages, workbookProblems.sorted(), exportProblems.sorted());
    }
    List<RosterAgent> roster = target.agents().stream().map(RosterAgent::of).toList();
    ImportOutcome outcome = MonthImport.run(files, roster, map, chosen.get(), exportProblems);
    if (outcome.figures().isEmpty() && exportProblems.isEmpty()) {
      exportProblems.file(
          Message.of("import.nothing", chosen.get().toString()), Message.of("import.hint.nothing"));
    }
    String monthly = target.monthlySheet().orElseThrow();
    try {
      Optional<MonthlySheetEdit> edit = prepare(outcome, monthly, messages, workbookProblems);
      if (!workbookProblems.isEmpty() || !exportProblems.isEmpty() || edit.isEmpty()) {
        return report(messages, workbookProblems.sorted(), exportProblems.sorted());
      }
      ImportedWorkbook imported =
          new ImportedWorkbook(workbook, target.sheetNames(), target.markedSheets(), messages);
      ImportSummary summary =
          new ImportSummary(outcome, edit.get().result(), messages, imported.notesName());
      imported.write(monthly, edit.get(), summary.lines(), messages, written);
      PrintStream console = Console.out();
      summary.consoleLines(written.toString()).forEach(l -> console.println(ConsoleText.safe(l)));
      return 0;
    } catch (IOException e) {
      Console.err().println(messages.format("import.write_failed", written, e.getMessage()));
      return Main.EXIT_INTERNAL;
    }
  }

  private Optional<MonthlySheetEdit> prepare(
      ImportOutcome outcome, String monthly, Messages messages, Problems problems)
      throws IOException {
    try (SheetParts parts = SheetParts.open(workbook)) {
      SheetParts.PartSource part =
          parts.sheet(monthly).orElseThrow(() -> new IOException("no part for sheet " + monthly));
      return MonthlySheetEdit.prepare(
          part,
          parts::sharedString,
          outcome,
          messages.language(),
          monthly,
          SheetSchema.MONTHLY.ordinal(),
          problems);
    }
  }

  /** {@code --month}, or the workbook's period. */
  private Optional<YearMonth> month(Problems problems, ImportTarget target) {
    if (month == null) {
      return target.settings().map(s -> s.period());
    }
    Optional<YearMonth> m = CellParser.parseMonth(month);
    if (m.isEmpty()) {
      problems.file(Message.of("import.bad_month", month), Message.of("import.hint.bad_month"));
    }
    return m;
  }

  /** Every problem, the workbook's first, then the exports' in command-line order; exit 2. */
  private int report(Messages messages, List<InputError> inWorkbook, List<InputError> inExports) {
    List<InputError> all = new ArrayList<>(inWorkbook);
    all.addAll(inExports);
    PrintStream err = Console.err();
    err.println(ConsoleText.safe(messages.format("import.report.header", all.size())));
    ErrorReport.numbered(all, messages).forEach(line -> err.println(ConsoleText.safe(line)));
    err.println(messages.format("import.report.untouched"));
    return Main.EXIT_INVALID_INPUT;
  }

  /** {@code 店铺.xlsx} → {@code 店铺.imported.xlsx}, beside it. */
  static Path defaultOut(Path workbook) {
    String name = FileNames.nameOf(workbook);
    int dot = name.toLowerCase(Locale.ROOT).lastIndexOf(".xlsx");
    return workbook.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".imported.xlsx");
  }

  private static boolean sameFile(Path a, Path b) {
    try {
      return Files.exists(a) && Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }
}

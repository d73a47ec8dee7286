package com.jixiao.cli;

import com.jixiao.assess.Alert;
import com.jixiao.assess.MonthAssessor;
import com.jixiao.assess.MonthInput;
import com.jixiao.assess.MonthResult;
import com.jixiao.calendar.IcsWriter;
import com.jixiao.calendar.Workflow;
import com.jixiao.calendar.WorkingCalendar;
import com.jixiao.i18n.Messages;
import com.jixiao.workbook.AtomicFiles;
import com.jixiao.workbook.ErrorReport;
import com.jixiao.workbook.FilledWorkbookWriter;
import com.jixiao.workbook.ReadResult;
import com.jixiao.workbook.WorkbookReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code run WORKBOOK --out DIR}: assess the month and write the results. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Assess the period of a standard workbook and write DIR/<basename>.filled.xlsx",
      "and DIR/workflow.ics (the assessment workflow's deadlines).",
      "On invalid input writes only DIR/errors.txt and exits with 2."
    })
public final class RunCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "WORKBOOK", description = "The standard workbook (.xlsx).")
  Path workbook;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      defaultValue = "out",
      description = "Output folder (created if needed). Default: ${DEFAULT-VALUE}.")
  Path out;

  @Override
  public Integer call() {
    long start = System.nanoTime();
    ReadResult read = WorkbookReader.read(workbook);
    Messages messages = new Messages(read.language());
    if (Files.exists(out) && !Files.isDirectory(out)) {
      Console.err().println(messages.format("cli.out_not_a_folder", out.toString()));
      return Main.EXIT_INVALID_INPUT;
    }
    try {
      return run(read, messages, start);
    } catch (IOException e) {
      Console.err().println(messages.format("cli.write_failed", out.toString(), e.toString()));
      return Main.EXIT_INTERNAL;
    }
  }

  private int run(ReadResult read, Messages messages, long start) throws IOException {
    PrintStream stdout = Console.out();
    PrintStream stderr = Console.err();
    String fileName = workbook.getFileName().toString();
    Path errorsFile = out.resolve("errors.txt");
    if (!read.ok()) {
      String report = ErrorReport.render(fileName, read);
      AtomicFiles.writeString(errorsFile, report);
      stderr.print(report);
      stderr.println(messages.format("cli.errors_written", errorsFile.toString()));
      return Main.EXIT_INVALID_INPUT;
    }
    MonthInput input = read.input().orElseThrow();
    MonthResult result = MonthAssessor.assess(input);
    Workflow workflow =
        Workflow.of(input.settings().period(), WorkingCalendar.china(input.holidays()));
    List<Alert> alerts = new ArrayList<>(read.alerts());
    alerts.addAll(result.alerts());
    alerts.addAll(workflow.alerts());
    Path filled = out.resolve(baseName(fileName) + ".filled.xlsx");
    new FilledWorkbookWriter(messages)
        .write(read.workbook().orElseThrow(), result, workflow, alerts, filled);
    String store = input.settings().store();
    AtomicFiles.write(
        out.resolve("workflow.ics"),
        stream -> new IcsWriter(messages).write(workflow, store, stream));
    Files.deleteIfExists(errorsFile); // a stale report from an earlier failed run
    long millis = (System.nanoTime() - start) / 1_000_000;
    stdout.println(
        messages.format(
            "cli.run_done",
            result.period().toString(),
            result.scores().size(),
            alerts.size(),
            filled.toString(),
            millis));
    return 0;
  }

  static String baseName(String fileName) {
    int dot = fileName.lastIndexOf('.');
    return dot > 0 ? fileName.substring(0, dot) : fileName;
  }
}

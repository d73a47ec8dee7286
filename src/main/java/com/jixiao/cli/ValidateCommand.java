package com.jixiao.cli;

import com.jixiao.files.FileNames;
import com.jixiao.i18n.Messages;
import com.jixiao.workbook.ErrorReport;
import com.jixiao.workbook.ReadResult;
import com.jixiao.workbook.input.WorkbookReader;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code validate WORKBOOK}: check a workbook and print every problem; writes nothing. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = "Check a standard workbook without writing anything. Exit 0 if valid, 2 if not.")
public final class ValidateCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "WORKBOOK", description = "The standard workbook (.xlsx).")
  Path workbook;

  @Override
  public Integer call() {
    ReadResult read = WorkbookReader.read(workbook);
    Messages messages = new Messages(read.language());
    String fileName = FileNames.nameOf(workbook);
    if (!read.ok()) {
      PrintStream stderr = Console.err();
      stderr.print(ErrorReport.render(fileName, read));
      return Main.EXIT_INVALID_INPUT;
    }
    var input = read.input().orElseThrow();
    long assessed =
        input.monthly().stream().filter(m -> m.month().equals(input.settings().period())).count();
    Console.out()
        .println(
            messages.format(
                "cli.valid",
                fileName,
                input.settings().period().toString(),
                input.agents().size(),
                assessed,
                read.alerts().size()));
    return 0;
  }
}

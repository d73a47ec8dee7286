package com.jixiao.cli;

import com.jixiao.i18n.Messages;
import com.jixiao.job.JobOptions;
import com.jixiao.job.JobOutcome;
import com.jixiao.job.MonthJob;
import com.jixiao.model.Language;
import com.jixiao.money.MonthMoney.AnnualWhen;
import com.jixiao.render.PdfReports;
import com.jixiao.render.Progress;
import com.jixiao.report.MonthReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code run WORKBOOK --out DIR}: assess the month and write the results. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Assess the period of a standard workbook and write DIR/<basename>.filled.xlsx,",
      "DIR/scorecards/<agent_id>.pdf, DIR/team-summary.pdf and DIR/workflow.ics",
      "(the assessment workflow's deadlines).",
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

  @Option(
      names = "--annual",
      description = {
        "Add the Annual / 年度调薪 sheet in any month: the annual score over January to the",
        "period (year to date). Without it the sheet is added in annual.month only (default 12)."
      })
  boolean annual;

  @Option(
      names = {"--templates"},
      paramLabel = "DIR",
      description = {
        "Folder with your copy of the PDF templates (scorecard.ftlx, team-summary.ftlx,",
        "style.css). Default: the built-in templates."
      })
  Path templates;

  @Option(
      names = "--timings",
      description = "Also print how long each phase took (read, assess, PDFs, workbook).")
  boolean timings;

  @Override
  public Integer call() {
    if (Files.exists(out) && !Files.isDirectory(out)) {
      Console.err().println(new Messages(Language.ZH).format("cli.out_not_a_folder", out));
      Console.err().println(new Messages(Language.EN).format("cli.out_not_a_folder", out));
      return Main.EXIT_INVALID_INPUT;
    }
    JobOutcome outcome;
    try {
      JobOptions options =
          JobOptions.DEFAULT
              .withAnnual(annual ? AnnualWhen.ALWAYS : AnnualWhen.IN_ANNUAL_MONTH)
              .withTemplates(Optional.ofNullable(templates))
              .withProgress(progress());
      outcome = MonthJob.run(workbook, out, options);
    } catch (IOException e) {
      // the workbook's language is not known here: both, as for any failure before reading
      for (Language language : Language.values()) {
        Console.err().println(new Messages(language).format("cli.write_failed", out, e));
      }
      return Main.EXIT_INTERNAL;
    }
    if (!outcome.ok()) {
      Console.err().print(outcome.errorReport());
      Console.err().println("→ " + outcome.errorsFile());
      return Main.EXIT_INVALID_INPUT;
    }
    MonthReport report = outcome.report().orElseThrow();
    Messages messages = new Messages(report.input().settings().language());
    Console.out()
        .println(
            messages.format(
                "cli.run_done",
                report.input().settings().period().toString(),
                report.scores().scores().size(),
                report.alerts().size(),
                outcome.written().get(0).toString(),
                outcome.millis()));
    Path scorecards = out.resolve(PdfReports.SCORECARDS_DIR);
    long cards = outcome.written().stream().filter(f -> f.startsWith(scorecards)).count();
    for (Path file : outcome.written().subList(1, outcome.written().size())) {
      if (!file.startsWith(scorecards)) {
        Console.out().println("  " + file);
      }
    }
    if (cards > 0) {
      Console.out()
          .println("  " + messages.format("render.scorecards_written", scorecards + "/", cards));
    }
    if (timings) {
      JobOutcome.Phases p = outcome.phases();
      Console.out()
          .println(messages.format("cli.timings", p.read(), p.assess(), p.pdfs(), p.workbook()));
    }
    return 0;
  }

  /** A progress line on a terminal only: never in logs, tests or CI. */
  private static Progress progress() {
    if (System.console() == null) {
      return Progress.NONE;
    }
    return (done, total) -> {
      synchronized (RunCommand.class) {
        Console.err().print("\r" + done + "/" + total + " PDF");
        if (done == total) {
          Console.err().println();
        }
      }
    };
  }
}

package com.jixiao.cli;

import com.jixiao.assess.MonthInput;
import com.jixiao.files.AtomicFiles;
import com.jixiao.files.FileNames;
import com.jixiao.i18n.Messages;
import com.jixiao.model.Language;
import com.jixiao.model.MonthlyStats;
import com.jixiao.render.MalformedPage;
import com.jixiao.render.PdfRenderer;
import com.jixiao.render.TemplateError;
import com.jixiao.render.TemplateRefusal;
import com.jixiao.render.Templates;
import com.jixiao.render.WhatIfPage;
import com.jixiao.render.WhatIfPages;
import com.jixiao.report.AgentChange;
import com.jixiao.report.TeamFigures;
import com.jixiao.report.whatif.Scenario;
import com.jixiao.report.whatif.WhatIf;
import com.jixiao.report.whatif.WhatIfTexts;
import com.jixiao.workbook.ErrorReport;
import com.jixiao.workbook.InputError;
import com.jixiao.workbook.ReadResult;
import com.jixiao.workbook.input.RuleAssignments;
import com.jixiao.workbook.input.WorkbookReader;
import com.jixiao.workbook.output.WhatIfWorkbook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code whatif WORKBOOK --set KEY=VALUE … | --rules ALT.xlsx [--months A..B] [--out DIR]}: replays
 * months of the workbook under its rules and under changed ones, and writes the comparison to
 * DIR/whatif.xlsx and DIR/whatif.pdf. The workbook and the month's outputs are never touched.
 */
@Command(
    name = "whatif",
    mixinStandardHelpOptions = true,
    description = {
      "Try a rule change on months of the workbook before adopting it: every month is assessed",
      "under the current rules and under the changed ones, and DIR/whatif.xlsx and DIR/whatif.pdf",
      "show what changes (payroll cost, bands, tiers, every agent whose figures change).",
      "Nothing else is written. Invalid input or scenario: the problems are printed, exit 2."
    })
public final class WhatIfCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "WORKBOOK", description = "The standard workbook (.xlsx).")
  Path workbook;

  @Option(
      names = "--set",
      paramLabel = "KEY=VALUE",
      description = {
        "A rule to change (repeat for several), with the names of the rule sheets:",
        "a Parameters key (tiers.share=25%, exceed.conversion.threshold=3%), points_pool_rate=0.6%,",
        "weight.ITEM=W or weight.ITEM.ROLE=W (weight.conversion.presales=10; 0 = not assessed),",
        "band.MIN.FIELD=V (band.90.min_score=92, band.90.coefficient=1.0, band.lowest.coefficient=0.5),",
        "commission.FROM.rate=R (commission.50000.rate=2.5%) or commission.FROM.from=F."
      })
  List<String> set = new ArrayList<>();

  @Option(
      names = "--rules",
      paramLabel = "ALT.xlsx",
      description = {
        "A workbook whose Rules, Parameters, Bands and Commission sheets replace the current",
        "ones (a sheet it does not have keeps the current rules); --set is applied after it."
      })
  Path rules;

  @Option(
      names = "--months",
      paramLabel = "FROM..TO",
      description = {
        "The months to replay, e.g. 2026-07..2026-09 (each assessed as if it were the period,",
        "with its own data). Default: the workbook's period."
      })
  String months;

  @Option(
      names = {"-o", "--out"},
      paramLabel = "DIR",
      defaultValue = "out/whatif",
      description = "Output folder (created if needed). Default: ${DEFAULT-VALUE}.")
  Path out;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description = "Folder with your copy of the templates (whatif.ftlx, style.css).")
  Path templates;

  @Override
  public Integer call() throws IOException {
    long start = System.nanoTime();
    if (Files.exists(out) && !Files.isDirectory(out)) {
      Console.err().println(new Messages(Language.ZH).format("cli.out_not_a_folder", out));
      Console.err().println(new Messages(Language.EN).format("cli.out_not_a_folder", out));
      return Main.EXIT_INVALID_INPUT;
    }
    ReadResult read = WorkbookReader.read(workbook);
    String fileName = FileNames.nameOf(workbook);
    if (!read.ok()) {
      Console.err().print(ErrorReport.render(fileName, read));
      return Main.EXIT_INVALID_INPUT;
    }
    MonthInput input = read.input().orElseThrow();
    Messages messages = new Messages(read.language());
    Optional<Scenario> scenario = scenario(input, messages);
    if (scenario.isEmpty()) {
      return Main.EXIT_INVALID_INPUT;
    }
    Set<YearMonth> withRows =
        input.monthly().stream()
            .map(MonthlyStats::month)
            .collect(Collectors.toCollection(TreeSet::new));
    MonthRange.Parsed range = MonthRange.parse(months, input.settings().period(), withRows);
    if (!range.errors().isEmpty()) {
      printProblems(range.errors(), messages);
      return Main.EXIT_INVALID_INPUT;
    }
    WhatIf whatIf = WhatIf.of(input, scenario.get(), range.months());
    WhatIfTexts texts = new WhatIfTexts(messages);
    String currency = input.settings().currency();
    byte[] pdf;
    try {
      WhatIfPage page =
          new WhatIfPages(texts, currency).page(whatIf, input.settings().store(), fileName);
      Templates folder = Templates.from(Optional.ofNullable(templates));
      String xhtml = folder.render(Templates.WHATIF, page, messages);
      try {
        pdf =
            PdfRenderer.create(PdfRenderer.FontBytes.bundled(), folder.folder())
                .render(xhtml, WhatIfPages.documentDate(whatIf));
      } catch (TemplateRefusal | MalformedPage e) {
        throw folder.pageError(Templates.WHATIF, e, messages);
      }
    } catch (TemplateError e) {
      Console.err()
          .println(
              e.line() > 0
                  ? messages.format(
                      "render.template_error", e.file(), String.valueOf(e.line()), e.problem())
                  : messages.format("render.template_error_no_line", e.file(), e.problem()));
      return Main.EXIT_INVALID_INPUT;
    }
    Files.createDirectories(out);
    Path xlsx = out.resolve("whatif.xlsx");
    Path pdfFile = out.resolve("whatif.pdf");
    new WhatIfWorkbook(texts, currency).write(whatIf, fileName, xlsx);
    AtomicFiles.write(pdfFile, o -> o.write(pdf));
    summary(whatIf, texts, currency, xlsx, pdfFile, (System.nanoTime() - start) / 1_000_000);
    return 0;
  }

  /** The scenario of --rules then --set; empty (problems printed) when either is invalid. */
  private Optional<Scenario> scenario(MonthInput input, Messages messages) {
    if (rules == null && set.isEmpty()) {
      Console.err().println(messages.format("whatif.error.nothing"));
      Console.err().println(messages.format("whatif.hint.set_form"));
      return Optional.empty();
    }
    Scenario scenario = Scenario.of(input);
    if (rules != null) {
      WorkbookReader.RulesRead alt =
          WorkbookReader.readRules(rules, scenario.rules(), messages.language());
      if (alt.rules().isEmpty()) {
        Console.err().print(ErrorReport.render(FileNames.nameOf(rules), alt.errors(), messages));
        return Optional.empty();
      }
      scenario = scenario.withRules(alt.rules().get());
    }
    RuleAssignments.Result assigned = RuleAssignments.apply(scenario, set, messages.language());
    if (!assigned.ok()) {
      printProblems(assigned.errors(), messages);
      return Optional.empty();
    }
    return Optional.of(assigned.scenario());
  }

  /** Workbook text for a terminal: control and bidi-override characters shown as "?". */
  static String shown(String text) {
    return text.replaceAll("[\\p{Cntrl}\\u202A-\\u202E\\u2066-\\u2069]", "?");
  }

  private static void printProblems(List<InputError> errors, Messages messages) {
    Console.err().println(messages.format("whatif.errors.header", errors.size()));
    Console.err().print(ErrorReport.lines(errors, messages));
    Console.err().println(messages.format("report.input_untouched"));
  }

  /** A few lines: the change, the cost difference, band changes and crossings, the files. */
  private static void summary(
      WhatIf whatIf, WhatIfTexts texts, String currency, Path xlsx, Path pdf, long millis) {
    var console = Console.out();
    List<WhatIf.MonthChange> m = whatIf.months();
    String first = m.get(0).month().toString();
    console.println(
        m.size() == 1
            ? texts.text("whatif.done.one", first)
            : texts.text("whatif.done", first, m.get(m.size() - 1).month().toString(), m.size()));
    if (whatIf.changes().isEmpty()) {
      console.println("  " + texts.text("whatif.change.none"));
    }
    whatIf.changes().forEach(c -> console.println("  " + shown(texts.text(c))));
    console.println(
        texts.text(
            "whatif.summary.cost",
            WhatIfTexts.amount(currency, whatIf.totalBefore(TeamFigures::payrollCost)),
            WhatIfTexts.amount(currency, whatIf.totalAfter(TeamFigures::payrollCost)),
            WhatIfTexts.signed(currency, whatIf.payrollCostDifference())));
    console.println(
        texts.text("whatif.summary.bands", whatIf.bandChanges(), whatIf.crossings().size()));
    for (WhatIf.MonthChange month : m) {
      for (AgentChange c : month.comparison().crossings()) {
        console.println(
            shown(
                "  "
                    + month.month()
                    + " "
                    + c.agentId()
                    + " "
                    + c.agent().name()
                    + " "
                    + texts.crossings(c)));
      }
    }
    console.println(shown(texts.text("whatif.written", xlsx.toString(), pdf.toString(), millis)));
  }
}

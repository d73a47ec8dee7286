package com.jixiao.cli;

import com.jixiao.assess.Alert;
import com.jixiao.calendar.Workflow;
import com.jixiao.calendar.WorkflowStep;
import com.jixiao.calendar.WorkingCalendar;
import com.jixiao.i18n.Messages;
import com.jixiao.model.Language;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code calendar PERIOD}: the workflow's steps and due dates for a period, without a workbook. */
@Command(
    name = "calendar",
    description = {
      "Prints the assessment workflow's steps and due dates for a period (考核流程).",
      "Working days follow mainland China's public holidays and adjusted working days."
    })
public final class CalendarCommand implements Callable<Integer> {
  static final int EXIT_OK = 0;
  static final int EXIT_INVALID_INPUT = 2;

  /** YYYY-MM, YYYY/MM or YYYY年M月 (a month, docs/workbook.md#values). */
  private static final Pattern PERIOD =
      Pattern.compile("(\\d{4})\\s*(?:-|/|年)\\s*(\\d{1,2})\\s*月?");

  @Parameters(index = "0", paramLabel = "PERIOD", description = "YYYY-MM or YYYY年M月")
  private String period;

  @Option(
      names = "--lang",
      paramLabel = "zh|en",
      defaultValue = "zh",
      description = "Language of the output (default: zh)")
  private String lang;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Show this help and exit")
  private boolean help;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<Language> language = Language.parse(lang);
    if (language.isEmpty()) {
      err.println("--lang: expected zh or en, got \"" + lang + "\"");
      err.flush();
      return EXIT_INVALID_INPUT;
    }
    Messages messages = new Messages(language.get());
    Optional<YearMonth> month = parsePeriod(period);
    if (month.isEmpty()) {
      err.println(messages.format("calendar.error.period", period));
      err.flush();
      return EXIT_INVALID_INPUT;
    }
    WorkingCalendar calendar = WorkingCalendar.china();
    out.print(render(Workflow.of(month.get(), calendar), calendar, messages));
    out.flush();
    return EXIT_OK;
  }

  static Optional<YearMonth> parsePeriod(String text) {
    Matcher m = PERIOD.matcher(text == null ? "" : text.strip());
    if (!m.matches()) {
      return Optional.empty();
    }
    int month = Integer.parseInt(m.group(2));
    if (month < 1 || month > 12) {
      return Optional.empty();
    }
    return Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), month));
  }

  static String render(Workflow workflow, WorkingCalendar calendar, Messages messages) {
    String nl = System.lineSeparator();
    YearMonth period = workflow.period();
    StringBuilder text = new StringBuilder();
    text.append(
            messages.format(
                "calendar.title",
                messages.format(workflow.periodLabel()),
                period.atDay(1).toString(),
                period.atEndOfMonth().toString()))
        .append(nl)
        .append(nl);
    TextTable table =
        new TextTable()
            .row(
                messages.format("calendar.column.step"),
                messages.format("calendar.column.working_day"),
                messages.format("calendar.column.due_date"),
                messages.format("calendar.column.role"),
                messages.format("calendar.column.description"));
    for (WorkflowStep step : workflow.steps()) {
      table.row(
          String.valueOf(step.number()),
          workingDay(step, messages),
          dateWithWeekday(step.dueDate(), messages.language()),
          messages.format(step.role().label()),
          messages.format(step.description()));
    }
    text.append(table.render()).append(nl);
    String covered =
        calendar.coveredYears().stream().map(String::valueOf).collect(Collectors.joining(", "));
    text.append(messages.format("calendar.note", covered)).append(nl);
    for (Alert alert : workflow.alerts()) {
      text.append(
              messages.format(
                  "calendar.alert",
                  alert.severity().label(messages.language()),
                  messages.format(alert.message())))
          .append(nl);
    }
    return text.toString();
  }

  private static String workingDay(WorkflowStep step, Messages messages) {
    return step.workingDay() == 0
        ? messages.format("calendar.working_day.before")
        : messages.format("calendar.working_day", step.workingDay());
  }

  private static String dateWithWeekday(LocalDate date, Language language) {
    return date + " " + date.getDayOfWeek().getDisplayName(TextStyle.SHORT, language.locale());
  }
}

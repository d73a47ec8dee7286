package com.jixiao.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The jixiao command line: {@code java -jar jixiao.jar <command> ...}. */
@Command(
    name = "jixiao",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = {
      "绩效 jixiao — monthly KPI assessment for customer-service teams.",
      "Exit status: 0 success, 2 invalid input (see errors.txt), 1 internal failure."
    },
    subcommands = {
      RunCommand.class,
      ValidateCommand.class,
      TemplateCommand.class,
      CalendarCommand.class,
      WatchCommand.class,
      MailCommand.class,
      ImportCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main {
  /** Input problems: the user can fix them. */
  public static final int EXIT_INVALID_INPUT = 2;

  /** A bug or an environment failure (disk full, ...). */
  public static final int EXIT_INTERNAL = 1;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs a command line and returns its exit status (tests call this in-process). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
    // UTF-8 whatever the platform default, so Chinese never prints as "?"
    cli.setOut(new java.io.PrintWriter(Console.out(), true));
    cli.setErr(new java.io.PrintWriter(Console.err(), true));
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("jixiao: internal error: " + e);
          org.slf4j.LoggerFactory.getLogger(Main.class).debug("internal error", e);
          return EXIT_INTERNAL;
        });
    return cli.execute(args);
  }
}

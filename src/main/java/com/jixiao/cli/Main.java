package com.jixiao.cli;

import com.jixiao.i18n.Messages;
import com.jixiao.model.Language;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
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
      WhatIfCommand.class,
      FinalizeCommand.class,
      VerifyCommand.class,
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

  /**
   * A path argument Java could not decode: without a UTF-8 locale (LANG unset, as under cron,
   * systemd and in minimal containers) the launcher turns "月报.xlsx" into "??????.xlsx".
   */
  static final class UnreadablePath extends IllegalArgumentException {
    final String text;

    UnreadablePath(String text, InvalidPathException cause) {
      super(cause.getMessage(), cause);
      this.text = text;
    }
  }

  private static Path path(String text) {
    try {
      return Path.of(text);
    } catch (InvalidPathException e) {
      throw new UnreadablePath(text, e);
    }
  }

  private static String jnuEncoding() {
    return String.valueOf(System.getProperty("sun.jnu.encoding"));
  }

  private static PrintWriter utf8Writer(OutputStream out) {
    return new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), true);
  }

  /** Runs a command line and returns its exit status (tests call this in-process). */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new Main());
    // UTF-8 whatever the platform default, so Chinese never prints as "?"
    cli.setOut(utf8Writer(Console.out()));
    cli.setErr(utf8Writer(Console.err()));
    cli.registerConverter(Path.class, Main::path);
    CommandLine.IParameterExceptionHandler usage = cli.getParameterExceptionHandler();
    cli.setParameterExceptionHandler(
        (e, given) -> {
          if (e.getCause() instanceof UnreadablePath unreadable) {
            // one clear line instead of the usage text: the argument is right, the locale is not
            for (Language language : Language.values()) {
              e.getCommandLine()
                  .getErr()
                  .println(
                      new Messages(language)
                          .format("cli.unreadable_path", unreadable.text, jnuEncoding()));
            }
            return EXIT_INTERNAL;
          }
          return usage.handleParseException(e, given);
        });
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine.getErr().println("jixiao: internal error: " + e);
          org.slf4j.LoggerFactory.getLogger(Main.class).debug("internal error", e);
          return EXIT_INTERNAL;
        });
    try {
      return cli.execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // never a raw stack trace: one line, in both languages (the workbook's is not known here)
      String key = e instanceof StackOverflowError ? "cli.out_of_stack" : "cli.out_of_memory";
      for (Language language : Language.values()) {
        cli.getErr().println(new Messages(language).format(key));
      }
      return EXIT_INTERNAL;
    } finally {
      // a command that printed without a newline would otherwise lose it when the JVM exits
      cli.getOut().flush();
      cli.getErr().flush();
    }
  }
}

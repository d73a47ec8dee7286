package com.jixiao.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;

/**
 * {@code --quiet} / {@code --verbose} for the long-running commands: jixiao's own log lines are
 * INFO by default (logback.xml); quiet keeps warnings and errors, verbose adds debug detail.
 */
final class LogLevel {
  @Option(
      names = {"-q", "--quiet"},
      description = "Only warnings and errors.")
  boolean quiet;

  @Option(
      names = {"-v", "--verbose"},
      description = "More detail (debug log lines).")
  boolean verbose;

  void apply() {
    if (!quiet && !verbose) {
      return;
    }
    for (String name : new String[] {"com.jixiao", "com.jixiao.service"}) {
      if (LoggerFactory.getLogger(name) instanceof Logger logger) {
        logger.setLevel(quiet ? Level.WARN : Level.DEBUG);
      }
    }
  }

  boolean quiet() {
    return quiet;
  }
}

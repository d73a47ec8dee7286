package com.jixiao.cli;

import java.io.PrintStream;
import java.io.PrintWriter;

/**
 * ProgressDisplay of a long run: a bar redrawn in place on a terminal, one plain line per step
 * otherwise (a log file, cron mail), nothing with {@code --quiet}.
 */
abstract class ProgressDisplay {
  static ProgressDisplay of(int total, boolean quiet, PrintWriter out) {
    if (quiet) {
      return new ProgressDisplay() {
        @Override
        void step(String line) {}

        @Override
        void done() {}
      };
    }
    return System.console() != null ? new Bar(total, Console.err()) : new Lines(out);
  }

  abstract void step(String line);

  abstract void done();

  private static final class Lines extends ProgressDisplay {
    private final PrintWriter out;

    Lines(PrintWriter out) {
      this.out = out;
    }

    @Override
    void step(String line) {
      out.println(line);
      out.flush();
    }

    @Override
    void done() {}
  }

  private static final class Bar extends ProgressDisplay {
    private static final int WIDTH = 30;
    private final int total;
    private final PrintStream terminal;
    private int count;

    Bar(int total, PrintStream terminal) {
      this.total = Math.max(1, total);
      this.terminal = terminal;
    }

    @Override
    void step(String line) {
      count++;
      int filled = WIDTH * count / total;
      terminal.print(
          "\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + count + "/" + total);
      terminal.flush();
    }

    @Override
    void done() {
      if (count > 0) {
        terminal.println();
      }
    }
  }
}

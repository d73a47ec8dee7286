package com.jixiao.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** UTF-8 console streams, so Chinese prints correctly whatever the platform default is. */
final class Console {
  private Console() {}

  static PrintStream out() {
    return new PrintStream(System.out, true, StandardCharsets.UTF_8);
  }

  static PrintStream err() {
    return new PrintStream(System.err, true, StandardCharsets.UTF_8);
  }
}

package com.jixiao.cli;

/**
 * Text from untrusted files (cell values, headers, file names) made safe for a terminal: control
 * characters (which could move the cursor, clear the screen or hide text) and the bidirectional
 * overrides are shown as U+FFFD instead of acting.
 */
final class ConsoleText {
  private ConsoleText() {}

  static String safe(String line) {
    StringBuilder b = new StringBuilder(line.length());
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      boolean control = Character.isISOControl(c) && c != '\t';
      boolean bidi = (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069');
      b.append(control || bidi ? '\uFFFD' : c);
    }
    return b.toString();
  }
}

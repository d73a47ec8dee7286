package com.jixiao.signoff;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The plain-text form of the run record and the manifest: one {@code key: value} per line, values
 * on one line (a store name or a reason with a line break is escaped as {@code \n}), {@code #}
 * comment lines. Written by hand rather than with a JSON library: two small files a person can
 * read, diff and check with {@code sha256sum}, and no dependency for them.
 */
final class RecordText {
  private final List<String[]> entries = new ArrayList<>();

  /** One entry per line that has a key; comments, blank lines and anything else are skipped. */
  static RecordText parse(List<String> lines) {
    RecordText t = new RecordText();
    for (String line : lines) {
      int colon = line.indexOf(": ");
      if (line.startsWith("#") || colon <= 0) {
        continue;
      }
      t.entries.add(new String[] {line.substring(0, colon), unescape(line.substring(colon + 2))});
    }
    return t;
  }

  Optional<String> first(String key) {
    return entries.stream().filter(e -> e[0].equals(key)).map(e -> e[1]).findFirst();
  }

  List<String> all(String key) {
    return entries.stream().filter(e -> e[0].equals(key)).map(e -> e[1]).toList();
  }

  static String line(String key, String value) {
    return key + ": " + escape(value);
  }

  static String escape(String value) {
    StringBuilder b = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        default -> b.append(c < 0x20 ? ' ' : c);
      }
    }
    return b.toString();
  }

  static String unescape(String value) {
    StringBuilder b = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\\' && i + 1 < value.length()) {
        char n = value.charAt(++i);
        b.append(n == 'n' ? '\n' : n == 'r' ? '\r' : n);
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}

package com.jixiao.model;

import java.util.Locale;

/** How names in a workbook are compared: case-, width- and space-insensitive. */
public final class Text {
  private Text() {}

  /**
   * Lower case, full-width ASCII folded to half-width, and spaces, underscores and hyphens removed,
   * so that "Agent ID", "agent_id" and "ＡｇｅｎｔＩＤ" are one name.
   */
  public static String normalize(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= '\uFF01' && c <= '\uFF5E') {
        c = (char) (c - 0xFEE0);
      }
      if (Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '_' || c == '-') {
        continue;
      }
      b.append(c);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /**
   * A name as typed, compared exactly but forgivingly: trimmed, full-width letters, digits and
   * punctuation folded to half-width (：→ :), Latin letters in lower case; inner spaces, "-" and "_"
   * kept (unlike {@link #normalize}, which is for headers: "小王-1" and "小王1" are two people).
   */
  public static String fold(String s) {
    String t = trim(s);
    StringBuilder b = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      b.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** Trims ordinary and full-width spaces and non-breaking spaces from both ends. */
  public static String trim(String s) {
    if (s == null) {
      return "";
    }
    int start = 0;
    int end = s.length();
    while (start < end && isSpace(s.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}

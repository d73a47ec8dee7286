package com.jixiao.calendar;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A small, strict RFC 5545 reader for tests: every physical line must be valid UTF-8, end in CRLF
 * and be at most 75 octets; folded lines continue with one space; BEGIN/END must nest; TEXT escapes
 * are undone and an unknown escape is an error.
 */
final class IcsReader {
  private static final Pattern NAME = Pattern.compile("[A-Z][A-Z0-9-]*");

  record Property(String name, Map<String, String> params, String value) {}

  record Component(String name, List<Property> properties, List<Component> children) {
    Optional<Property> property(String name) {
      return properties.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    String text(String name) {
      return unescape(property(name).orElseThrow(() -> new AssertionError("no " + name)).value());
    }

    List<Component> children(String name) {
      return children.stream().filter(c -> c.name().equals(name)).toList();
    }
  }

  private IcsReader() {}

  /** The physical lines, checked for CRLF, UTF-8 and the 75-octet limit. */
  static List<String> physicalLines(byte[] ics) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int i = 0; i < ics.length; i++) {
      if (ics[i] == '\n') {
        if (i == 0 || ics[i - 1] != '\r') {
          throw new IllegalArgumentException("a bare LF at octet " + i);
        }
        int end = i - 1;
        if (end - start > 75) {
          throw new IllegalArgumentException(
              "line " + (lines.size() + 1) + " has " + (end - start) + " octets");
        }
        lines.add(decode(ics, start, end));
        start = i + 1;
      }
    }
    if (start != ics.length) {
      throw new IllegalArgumentException("the last line does not end in CRLF");
    }
    for (String line : lines) {
      if (line.indexOf('\r') >= 0) {
        throw new IllegalArgumentException("a bare CR in: " + line);
      }
    }
    return lines;
  }

  private static String decode(byte[] bytes, int from, int to) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, from, to - from))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("a line splits a UTF-8 character at octet " + from, e);
    }
  }

  static List<String> unfold(List<String> physical) {
    List<String> logical = new ArrayList<>();
    for (String line : physical) {
      if (line.startsWith(" ")) {
        if (logical.isEmpty() || line.length() == 1) {
          throw new IllegalArgumentException("a stray or empty continuation line");
        }
        int last = logical.size() - 1;
        logical.set(last, logical.get(last) + line.substring(1));
      } else {
        logical.add(line);
      }
    }
    return logical;
  }

  static Component parse(byte[] ics) {
    Deque<Component> open = new ArrayDeque<>();
    Component root = null;
    for (String line : unfold(physicalLines(ics))) {
      Property p = property(line);
      if (p.name().equals("BEGIN")) {
        Component c = new Component(p.value(), new ArrayList<>(), new ArrayList<>());
        if (open.isEmpty()) {
          if (root != null) {
            throw new IllegalArgumentException("two top-level components");
          }
          root = c;
        } else {
          open.peek().children().add(c);
        }
        open.push(c);
      } else if (p.name().equals("END")) {
        if (open.isEmpty() || !open.pop().name().equals(p.value())) {
          throw new IllegalArgumentException("END:" + p.value() + " does not match");
        }
      } else {
        if (open.isEmpty()) {
          throw new IllegalArgumentException("a property outside any component: " + line);
        }
        open.peek().properties().add(p);
      }
    }
    if (root == null || !open.isEmpty()) {
      throw new IllegalArgumentException("unbalanced BEGIN/END");
    }
    return root;
  }

  private static Property property(String line) {
    int colon = line.indexOf(':');
    if (colon < 0) {
      throw new IllegalArgumentException("no ':' in " + line);
    }
    String[] head = line.substring(0, colon).split(";");
    if (!NAME.matcher(head[0]).matches()) {
      throw new IllegalArgumentException("bad property name in " + line);
    }
    Map<String, String> params = new LinkedHashMap<>();
    for (int i = 1; i < head.length; i++) {
      String[] kv = head[i].split("=", 2);
      if (kv.length != 2 || !NAME.matcher(kv[0]).matches()) {
        throw new IllegalArgumentException("bad parameter in " + line);
      }
      params.put(kv[0], kv[1]);
    }
    return new Property(head[0], params, line.substring(colon + 1));
  }

  static String unescape(String value) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == ',' || c == ';') {
        throw new IllegalArgumentException("an unescaped '" + c + "' in TEXT: " + value);
      }
      if (c != '\\') {
        b.append(c);
        continue;
      }
      if (++i == value.length()) {
        throw new IllegalArgumentException("a lone backslash at the end of " + value);
      }
      char e = value.charAt(i);
      switch (e) {
        case '\\', ';', ',' -> b.append(e);
        case 'n', 'N' -> b.append('\n');
        default -> throw new IllegalArgumentException("unknown escape \\" + e + " in " + value);
      }
    }
    return b.toString();
  }
}

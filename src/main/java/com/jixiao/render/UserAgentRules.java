package com.jixiao.render;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;

/**
 * Flying Saucer's default stylesheet for XHTML, cut to the rules that can match a page. Flying
 * Saucer tries every selector of every stylesheet on every element of a page; its default sheet has
 * 119 selectors, most for elements a scorecard does not have, and trying them was about a sixth of
 * a scorecard's time. A selector that names an element the page lacks ({@code dd}, {@code ol ul})
 * can match nothing there, so leaving it out changes nothing: the rules that remain keep their
 * order. What cannot be read with certainty is kept.
 *
 * <p>Written here rather than taken from a library because it works on one known file, Flying
 * Saucer's own {@code XhtmlNamespaceHandler.css}: plain rules, comments and an {@code @page} rule.
 */
final class UserAgentRules {
  private static final URL SOURCE =
      XhtmlNamespaceHandler.class.getResource("/resources/css/XhtmlNamespaceHandler.css");

  /** An element name where a compound selector starts: at the start or after a combinator. */
  private static final Pattern TYPE = Pattern.compile("(?:^|[\\s>+~])([a-zA-Z][a-zA-Z0-9-]*)");

  /** Attribute conditions and pseudo-classes, which hold no element names. */
  private static final Pattern CONDITIONS =
      Pattern.compile("\\[[^\\]]*\\]|::?[a-zA-Z-]+(\\([^)]*\\))?");

  /** What a selector may contain for its element names to be read with certainty. */
  private static final Pattern PLAIN = Pattern.compile("[a-zA-Z0-9\\s>+~*.#:\\[\\]=\"'()_-]*");

  private static final String WHOLE = read();
  private static final List<Rule> RULES = rules(WHOLE);

  private UserAgentRules() {}

  /**
   * A rule: its selectors, each with the element names it needs (null: keep always, as for at-rules
   * and selectors not read with certainty), and its block.
   */
  private record Rule(List<String> selectors, List<Set<String>> needs, String block) {}

  /** The whole default stylesheet. */
  static String whole() {
    return WHOLE;
  }

  /** The rules whose selectors can match an element of {@code page}, in their order. */
  static String forPage(Document page) {
    Set<String> names = new HashSet<>();
    collect(page.getDocumentElement(), names);
    StringBuilder css = new StringBuilder();
    for (Rule rule : RULES) {
      List<String> kept = new ArrayList<>();
      for (int i = 0; i < rule.selectors().size(); i++) {
        Set<String> needs = rule.needs().get(i);
        if (needs == null || names.containsAll(needs)) {
          kept.add(rule.selectors().get(i));
        }
      }
      if (!kept.isEmpty()) {
        css.append(String.join(", ", kept)).append(' ').append(rule.block()).append('\n');
      }
    }
    return css.toString();
  }

  private static void collect(Element element, Set<String> names) {
    String name = element.getLocalName() != null ? element.getLocalName() : element.getTagName();
    names.add(name.toLowerCase(Locale.ROOT));
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element child) {
        collect(child, names);
      }
    }
  }

  /** The sheet as rules: comments dropped, each top-level block with what precedes it. */
  static List<Rule> rules(String css) {
    String text = css.replaceAll("(?s)/\\*.*?\\*/", " ");
    List<Rule> rules = new ArrayList<>();
    int start = 0;
    int depth = 0;
    int open = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '{' && depth++ == 0) {
        open = i;
      } else if (c == '}' && --depth == 0) {
        rules.add(rule(text.substring(start, open).strip(), text.substring(open, i + 1)));
        start = i + 1;
      }
    }
    return List.copyOf(rules);
  }

  private static Rule rule(String prelude, String block) {
    if (prelude.startsWith("@")) {
      List<Set<String>> always = new ArrayList<>();
      always.add(null);
      return new Rule(List.of(prelude), always, block);
    }
    List<String> selectors = new ArrayList<>();
    List<Set<String>> needs = new ArrayList<>();
    for (String selector : prelude.split(",")) {
      selectors.add(selector.strip());
      needs.add(needs(selector.strip()));
    }
    return new Rule(selectors, needs, block);
  }

  /** The element names a selector needs, or null when it cannot be read with certainty. */
  private static Set<String> needs(String selector) {
    if (!PLAIN.matcher(selector).matches()) {
      return null;
    }
    Matcher m = TYPE.matcher(CONDITIONS.matcher(selector).replaceAll(""));
    Set<String> names = new HashSet<>();
    while (m.find()) {
      names.add(m.group(1).toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(names);
  }

  private static String read() {
    if (SOURCE == null) {
      throw new IllegalStateException("Flying Saucer's default stylesheet is missing");
    }
    try (InputStream in = SOURCE.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading Flying Saucer's default stylesheet", e);
    }
  }
}

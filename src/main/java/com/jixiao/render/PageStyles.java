package com.jixiao.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.w3c.dom.CharacterData;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xhtmlrenderer.css.sheet.StylesheetInfo;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;

/**
 * Flying Saucer's XHTML handling, with the page's stylesheets named so a renderer can keep them
 * parsed from page to page (Flying Saucer keeps parsed stylesheets by name):
 *
 * <ul>
 *   <li>a {@code <style>} element's stylesheet is named after its content. Flying Saucer numbered
 *       every inline stylesheet anew ({@code inline:1}, {@code inline:2}, …), so the templates'
 *       shared CSS (style.css, pasted into every page) was parsed again for every page;
 *   <li>Flying Saucer's default stylesheet for XHTML (its user-agent stylesheet) is given as only
 *       the rules that can match an element of the page ({@link UserAgentRules}), named after that
 *       text: every rule's selector is tried on every element, and most of its 119 selectors name
 *       elements a scorecard does not have (frameset, dd, pre, …).
 * </ul>
 *
 * Users' templates work as they are: the same rules apply to the same elements.
 */
final class PageStyles extends XhtmlNamespaceHandler {
  private final String userAgentCss;

  /** The handling of {@code page}; {@code cutDefaults} false keeps the whole default stylesheet. */
  PageStyles(Document page, boolean cutDefaults) {
    this.userAgentCss = cutDefaults ? UserAgentRules.forPage(page) : UserAgentRules.whole();
  }

  @Override
  public Optional<StylesheetInfo> getDefaultStylesheet() {
    return Optional.of(
        new StylesheetInfo(
            StylesheetInfo.Origin.USER_AGENT,
            named("user-agent", userAgentCss),
            StylesheetInfo.mediaTypes(""),
            userAgentCss));
  }

  @Override
  protected StylesheetInfo readStyleElement(Element style) {
    String content = textOf(style);
    if (content.isEmpty()) {
      return null;
    }
    return new StylesheetInfo(
        StylesheetInfo.Origin.AUTHOR,
        named("inline", content),
        StylesheetInfo.mediaTypes(style.getAttribute("media")),
        content);
  }

  /**
   * A name under the templates' base (so {@code @import} inside resolves as in the folder) from a
   * digest of the content.
   */
  private static String named(String kind, String content) {
    return TemplateFolder.BASE.resolve(kind + "-" + digest(content) + ".css").toString();
  }

  /**
   * The element's text, as Flying Saucer reads it: the data of its character children (text, CDATA
   * and comments alike), trimmed.
   */
  private static String textOf(Element element) {
    StringBuilder text = new StringBuilder();
    for (Node n = element.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof CharacterData data) {
        text.append(data.getData());
      }
    }
    return text.toString().trim();
  }

  private static String digest(String content) {
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(content.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}

package com.jixiao.render;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.w3c.dom.CharacterData;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xhtmlrenderer.css.sheet.StylesheetInfo;
import org.xhtmlrenderer.simple.extend.XhtmlNamespaceHandler;

/**
 * Flying Saucer's XHTML handling, with one change: a {@code <style>} element's stylesheet is named
 * after its content rather than numbered. Flying Saucer keeps parsed stylesheets by name, and
 * numbered every inline one anew ({@code inline:1}, {@code inline:2}, …), so the templates' shared
 * CSS (style.css, pasted into every page) was parsed again for every page; named by content, it is
 * parsed once per renderer, for users' templates as they are. The name is a path under the
 * templates' base, so {@code @import} inside it resolves as before.
 */
final class InlineStylesByContent extends XhtmlNamespaceHandler {
  @Override
  protected StylesheetInfo readStyleElement(Element style) {
    String content = textOf(style);
    if (content.isEmpty()) {
      return null;
    }
    return new StylesheetInfo(
        StylesheetInfo.Origin.AUTHOR,
        TemplateFolder.BASE.resolve("inline-" + digest(content) + ".css").toString(),
        StylesheetInfo.mediaTypes(style.getAttribute("media")),
        content);
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

package com.jixiao.i18n;

import com.jixiao.model.Language;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders {@link Message}s in one language from the message bundles under {@code com/jixiao/i18n/}
 * (UTF-8 .properties, {@link MessageFormat} patterns: a literal single quote is written ''). Each
 * area keeps its own bundle file; a key is looked up in all of them.
 */
public final class Messages {
  private static final List<String> BUNDLES =
      List.of(
          "messages",
          "explain",
          "calendar",
          "alerts",
          "ranking",
          "money",
          "render",
          "service",
          "hardening",
          "whatif",
          "confirm",
          "import");

  private final Language language;
  private final List<ResourceBundle> bundles = new ArrayList<>();

  /** Parsed patterns by key, one set per thread (see {@link #formatFor}). */
  private final ThreadLocal<Map<String, MessageFormat>> formats =
      ThreadLocal.withInitial(HashMap::new);

  public Messages(Language language) {
    this.language = language;
    for (String name : BUNDLES) {
      try {
        bundles.add(
            ResourceBundle.getBundle("com.jixiao.i18n." + name, language.locale(), NO_FALLBACK));
      } catch (MissingResourceException absent) {
        // an area without texts yet
      }
    }
  }

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  public Language language() {
    return language;
  }

  /**
   * The text of a message; a missing key is a bug and fails loudly. An argument that is itself a
   * {@link Message} is rendered first, so sentences can be composed ("…; scaled by weight 15/30");
   * a {@link Labelled} one (an item, a role) is shown by its label in this language.
   */
  public String format(Message message) {
    Object[] args = message.args().stream().map(this::argument).toArray();
    return format(message.key(), args);
  }

  private Object argument(Object a) {
    if (a instanceof Message m) {
      return format(m);
    }
    return a instanceof Labelled l ? l.label(language) : a;
  }

  public String format(String key, Object... args) {
    return formatFor(key).format(args);
  }

  /**
   * The key's pattern, parsed once per thread: a month of thousands of agents formats millions of
   * messages, and building a MessageFormat (with its number formats) each time was the largest
   * allocation of a run. MessageFormat is not thread-safe, hence one set per thread.
   */
  private MessageFormat formatFor(String key) {
    Map<String, MessageFormat> mine = formats.get();
    MessageFormat format = mine.get(key);
    if (format == null) {
      format = new MessageFormat(pattern(key), language.locale());
      mine.put(key, format);
    }
    return format;
  }

  public boolean has(String key) {
    for (ResourceBundle b : bundles) {
      if (b.containsKey(key)) {
        return true;
      }
    }
    return false;
  }

  private String pattern(String key) {
    for (ResourceBundle b : bundles) {
      if (b.containsKey(key)) {
        return b.getString(key);
      }
    }
    throw new MissingResourceException(
        "no text for message key " + key + " in " + language, "Messages", key);
  }
}

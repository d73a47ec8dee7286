package com.jixiao.workbook.template;

import com.jixiao.model.Language;
import java.text.MessageFormat;
import java.util.ResourceBundle;

/**
 * The texts of the blank workbook and of the {@code template} command, in one language, from the
 * bundle {@code com/jixiao/workbook/template_<lang>.properties} (UTF-8, MessageFormat patterns).
 */
public final class TemplateTexts {
  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private final Language language;
  private final ResourceBundle bundle;

  private TemplateTexts(Language language) {
    this.language = language;
    this.bundle =
        ResourceBundle.getBundle("com.jixiao.workbook.template", language.locale(), NO_FALLBACK);
  }

  public static TemplateTexts of(Language language) {
    return new TemplateTexts(language);
  }

  public Language language() {
    return language;
  }

  /** The text of a key; a missing key is a bug and fails loudly. */
  public String text(String key, Object... args) {
    return new MessageFormat(bundle.getString(key), language.locale()).format(args);
  }
}

package com.jixiao.model;

import java.util.Locale;
import java.util.Optional;

/** The language of a workbook: its labels, messages and outputs. Chinese is the default. */
public enum Language {
  ZH(Locale.SIMPLIFIED_CHINESE),
  EN(Locale.ENGLISH);

  private final Locale locale;

  Language(Locale locale) {
    this.locale = locale;
  }

  public Locale locale() {
    return locale;
  }

  /** Reads "zh", "en", "中文", "英文", "Chinese", "English" (case-insensitive). */
  public static Optional<Language> parse(String text) {
    String t = Text.normalize(text);
    return switch (t) {
      case "zh", "cn", "zh-cn", "中文", "汉语", "简体中文", "chinese" -> Optional.of(ZH);
      case "en", "english", "英文", "英语" -> Optional.of(EN);
      default -> Optional.empty();
    };
  }
}

package com.jixiao.workbook;

import com.jixiao.model.Language;
import com.jixiao.model.Text;
import com.jixiao.model.ValueType;

/**
 * A column of an input sheet: its key, its Chinese and English header labels, what it holds, and
 * whether the header must be present. A header cell matches any of key, zh or en, normalized.
 */
public record Column(String key, String zh, String en, ValueType type, boolean required) {

  public static Column requiredColumn(String key, String zh, String en, ValueType type) {
    return new Column(key, zh, en, type, true);
  }

  public static Column optionalColumn(String key, String zh, String en, ValueType type) {
    return new Column(key, zh, en, type, false);
  }

  public String label(Language language) {
    return language == Language.ZH ? zh : en;
  }

  public boolean matches(String header) {
    String h = Text.normalize(header);
    return !h.isEmpty()
        && (h.equals(Text.normalize(key))
            || h.equals(Text.normalize(zh))
            || h.equals(Text.normalize(en)));
  }
}

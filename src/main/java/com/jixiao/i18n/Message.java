package com.jixiao.i18n;

import java.util.List;

/**
 * A sentence for a person, not yet in a language: a bundle key and its arguments. The assessment
 * core returns these; the writers render them in the workbook's language with {@link Messages}.
 */
public record Message(String key, List<Object> args) {
  public Message {
    args = List.copyOf(args);
  }

  public static Message of(String key, Object... args) {
    return new Message(key, List.of(args));
  }
}

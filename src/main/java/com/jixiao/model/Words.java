package com.jixiao.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a choice a person typed: its key, its Chinese word or an alias, as {@link Text} compares.
 */
final class Words {
  private Words() {}

  static <T> Optional<T> parse(
      T[] choices,
      String text,
      Function<T, String> key,
      Function<T, String> zh,
      Function<T, List<String>> aliases) {
    String t = Text.normalize(text);
    if (t.isEmpty()) {
      return Optional.empty();
    }
    for (T c : choices) {
      if (t.equals(Text.normalize(key.apply(c))) || t.equals(Text.normalize(zh.apply(c)))) {
        return Optional.of(c);
      }
      for (String a : aliases.apply(c)) {
        if (t.equals(Text.normalize(a))) {
          return Optional.of(c);
        }
      }
    }
    return Optional.empty();
  }
}

package com.jixiao.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.model.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.MissingResourceException;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message key written literally in the code exists in both languages. A missing key is found
 * only when its message is shown, often on the rare path nobody tried: a zip bomb once turned into
 * an internal error (exit 1) because error.file.zip_bomb had no text.
 */
class MessageKeysUsedTest {
  private static final Pattern KEY =
      Pattern.compile("(?:Message\\.of|\\.format)\\(\\s*\"([a-z_]+(?:\\.[a-z0-9_]+)+)\"");

  @Test
  void everyLiteralMessageKeyHasATextInChineseAndEnglish() throws IOException {
    TreeSet<String> keys = new TreeSet<>();
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      files.filter(p -> p.toString().endsWith(".java")).forEach(sources::add);
    }
    for (Path source : sources) {
      Matcher m = KEY.matcher(Files.readString(source));
      while (m.find()) {
        keys.add(m.group(1));
      }
    }
    assertThat(keys).as("keys found in the code").hasSizeGreaterThan(100);
    TreeSet<String> missing = new TreeSet<>();
    for (Language language : Language.values()) {
      Messages messages = new Messages(language);
      for (String key : keys) {
        try {
          messages.format(Message.of(key, "a", "b", "c", "d", "e", "f"));
        } catch (MissingResourceException e) {
          missing.add(language + " " + key);
        } catch (IllegalArgumentException numberPattern) {
          // the key exists; its pattern wants a number where the test passed text
        }
      }
    }
    assertThat(missing).isEmpty();
  }
}

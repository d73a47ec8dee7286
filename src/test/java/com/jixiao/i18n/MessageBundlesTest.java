package com.jixiao.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each area keeps its own bundle and {@link Messages} looks a key up in all of them, so a key
 * defined in two bundles would silently take the first one's text. Every key must be defined once,
 * and in both languages.
 */
class MessageBundlesTest {
  private static final String[] BUNDLES = {
    "messages", "explain", "calendar", "alerts", "ranking", "money", "render", "service"
  };

  private static Properties load(String bundle, String lang) throws IOException {
    Properties p = new Properties();
    try (InputStream in =
        MessageBundlesTest.class.getResourceAsStream(
            "/com/jixiao/i18n/" + bundle + "_" + lang + ".properties")) {
      if (in != null) {
        p.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
      }
    }
    return p;
  }

  @ParameterizedTest(name = "no key is defined in two {0} bundles")
  @ValueSource(strings = {"zh", "en"})
  void noKeyIsDefinedInTwoBundles(String lang) throws IOException {
    Map<String, String> owner = new HashMap<>();
    Set<String> clashes = new TreeSet<>();
    for (String bundle : BUNDLES) {
      for (String key : load(bundle, lang).stringPropertyNames()) {
        String first = owner.putIfAbsent(key, bundle);
        if (first != null) {
          clashes.add(key + " (" + first + ", " + bundle + ")");
        }
      }
    }
    assertThat(clashes).isEmpty();
  }

  @ParameterizedTest(name = "the {0} bundles have the same keys in Chinese and English")
  @ValueSource(
      strings = {
        "messages",
        "explain",
        "calendar",
        "alerts",
        "ranking",
        "money",
        "render",
        "service"
      })
  void everyKeyExistsInBothLanguages(String bundle) throws IOException {
    assertThat(load(bundle, "en").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(load(bundle, "zh").stringPropertyNames());
  }
}

package com.jixiao.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class SeenValuesTest {
  private static char[] chars(String s) {
    return (s + "#####").toCharArray(); // a buffer longer than the text, as the parser's is
  }

  @Test
  @DisplayName("a value is found again by its kind and text, and only so")
  void byKindAndText() {
    SeenValues seen = new SeenValues();
    RawValue kf = new RawValue.Str("KF001");
    seen.put((byte) 1, chars("KF001"), 5, kf);
    assertThat(seen.get((byte) 1, chars("KF001"), 5)).isSameAs(kf);
    assertThat(seen.get((byte) 2, chars("KF001"), 5)).as("another kind").isNull();
    assertThat(seen.get((byte) 1, chars("KF002"), 5)).isNull();
    assertThat(seen.get((byte) 1, chars("KF001"), 4)).as("a prefix").isNull();
  }

  @Test
  @DisplayName("it keeps at most LIMIT values and still finds the first ones")
  void bounded() {
    SeenValues seen = new SeenValues();
    for (int i = 0; i < SeenValues.LIMIT + 100; i++) {
      String text = Integer.toString(i);
      seen.put((byte) 3, text.toCharArray(), text.length(), new RawValue.Str(text));
    }
    assertThat(seen.get((byte) 3, "0".toCharArray(), 1)).isEqualTo(new RawValue.Str("0"));
    String last = Integer.toString(SeenValues.LIMIT - 1);
    assertThat(seen.get((byte) 3, last.toCharArray(), last.length())).isNotNull();
    String over = Integer.toString(SeenValues.LIMIT + 50);
    assertThat(seen.get((byte) 3, over.toCharArray(), over.length())).isNull();
  }
}

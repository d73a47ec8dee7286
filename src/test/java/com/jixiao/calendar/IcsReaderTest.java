package com.jixiao.calendar;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The test reader must reject what a strict calendar client would, or it validates nothing. */
class IcsReaderTest {
  @ParameterizedTest
  @ValueSource(
      strings = {
        "BEGIN:VCALENDAR\nEND:VCALENDAR\r\n",
        "BEGIN:VCALENDAR\r\nEND:VCALENDAR",
        "BEGIN:VCALENDAR\r\nX-LONG:"
            + "0123456789012345678901234567890123456789012345678901234567890123456789"
            + "\r\nEND:VCALENDAR\r\n",
        "BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nEND:VCALENDAR\r\n",
        "BEGIN:VCALENDAR\r\n \r\nEND:VCALENDAR\r\n"
      })
  void malformedCalendarsAreRejected(String ics) {
    assertThatThrownBy(() -> IcsReader.parse(ics.getBytes(StandardCharsets.UTF_8)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"a,b", "a;b", "a\\x", "a\\"})
  void unescapedOrUnknownTextEscapesAreRejected(String value) {
    assertThatThrownBy(() -> IcsReader.unescape(value))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aFoldThatSplitsAUtf8CharacterIsRejected() {
    byte[] zh = "考".getBytes(StandardCharsets.UTF_8);
    byte[] ics = {'X', ':', zh[0], '\r', '\n', ' ', zh[1], zh[2], '\r', '\n'};
    assertThatThrownBy(() -> IcsReader.physicalLines(ics))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package com.jixiao.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.jixiao.assess.Alert;
import com.jixiao.i18n.Message;
import com.jixiao.i18n.Messages;
import com.jixiao.model.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class CalendarMessagesTest {
  private static Properties bundle(String language) throws IOException {
    String name = "/com/jixiao/i18n/calendar_" + language + ".properties";
    try (InputStream in = CalendarMessagesTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      Properties p = new Properties();
      p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return p;
    }
  }

  @Test
  void theChineseAndEnglishBundlesHaveTheSameKeys() throws IOException {
    assertThat(bundle("en").stringPropertyNames())
        .containsExactlyInAnyOrderElementsOf(bundle("zh").stringPropertyNames());
  }

  @Test
  void everyPatternIsAValidMessageFormat() throws IOException {
    for (String language : List.of("zh", "en")) {
      Properties p = bundle(language);
      for (String key : p.stringPropertyNames()) {
        assertThatCode(() -> new MessageFormat(p.getProperty(key)))
            .as(language + " " + key)
            .doesNotThrowAnyException();
      }
    }
  }

  /** Every message the workflow, the alerts, the .ics and the command use. */
  private static List<Message> messagesUsed() {
    Workflow workflow = Workflow.of(YearMonth.of(2031, 3), WorkingCalendar.china());
    List<Message> used = new ArrayList<>();
    used.add(workflow.periodLabel());
    for (WorkflowStep step : workflow.steps()) {
      used.addAll(List.of(step.title(), step.description(), step.role().label(), step.due()));
    }
    for (Alert alert : workflow.alerts()) {
      used.add(alert.message());
      used.add(Message.of("alert.type." + alert.type()));
    }
    for (String key :
        List.of(
            "ics.calendar_name",
            "ics.summary",
            "ics.description",
            "calendar.title",
            "calendar.column.step",
            "calendar.column.working_day",
            "calendar.column.due_date",
            "calendar.column.role",
            "calendar.column.description",
            "calendar.working_day",
            "calendar.working_day.before",
            "calendar.alert",
            "calendar.note",
            "calendar.error.period")) {
      used.add(Message.of(key, "a", "b", "c", "d"));
    }
    return used;
  }

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyMessageKeyUsedExistsAndFormatsIn(Language language) {
    Messages messages = new Messages(language);
    for (Message message : messagesUsed()) {
      assertThat(messages.has(message.key())).as(language + " " + message.key()).isTrue();
      assertThat(messages.format(message)).as(message.key()).isNotBlank().doesNotContain("{");
    }
  }

  @Test
  void aDoubledQuoteInEnglishPrintsAsOneApostrophe() {
    Messages en = new Messages(Language.EN);
    assertThat(en.format("workflow.step.6.description", 15))
        .contains("general manager's office")
        .contains("working day 15");
  }

  @Test
  void theFallbackAlertNamesTheYearWithoutAThousandsSeparator() {
    Workflow workflow = Workflow.of(YearMonth.of(2031, 3), WorkingCalendar.china());
    Messages zh = new Messages(Language.ZH);
    assertThat(zh.format(workflow.alerts().get(0).message()))
        .startsWith("2031年不在内置的法定节假日安排（2024, 2025, 2026）中");
    assertThat(zh.format("alert.type.calendar_fallback")).isEqualTo("节假日安排缺失");
  }
}

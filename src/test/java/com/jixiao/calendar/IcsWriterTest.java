package com.jixiao.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.calendar.IcsReader.Component;
import com.jixiao.i18n.Messages;
import com.jixiao.model.Language;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcsWriterTest {
  private static final String STORE = "某某旗舰店";

  private final WorkingCalendar china = WorkingCalendar.china();

  private byte[] render(String period, String store, Language language) {
    Workflow workflow = Workflow.of(YearMonth.parse(period), china);
    return new IcsWriter(new Messages(language))
        .render(workflow, store)
        .getBytes(StandardCharsets.UTF_8);
  }

  private List<Component> events(byte[] ics) {
    return IcsReader.parse(ics).children("VEVENT");
  }

  @Test
  void theCalendarParsesBackToSevenAllDayEventsOnTheDueDates() {
    Component calendar = IcsReader.parse(render("2025-09", STORE, Language.ZH));
    assertThat(calendar.name()).isEqualTo("VCALENDAR");
    assertThat(calendar.text("VERSION")).isEqualTo("2.0");
    assertThat(calendar.property("PRODID")).isPresent();
    List<Component> events = calendar.children("VEVENT");
    assertThat(events).hasSize(7);
    assertThat(events)
        .extracting(e -> e.property("DTSTART").orElseThrow().value())
        .containsExactly(
            "20250829", "20251011", "20251014", "20251016", "20251017", "20251021", "20251028");
    assertThat(events)
        .extracting(e -> e.property("DTEND").orElseThrow().value())
        .containsExactly(
            "20250830", "20251012", "20251015", "20251017", "20251018", "20251022", "20251029");
    assertThat(events)
        .allSatisfy(
            e -> {
              assertThat(e.property("DTSTART").orElseThrow().params())
                  .containsEntry("VALUE", "DATE");
              assertThat(e.property("DTEND").orElseThrow().params()).containsEntry("VALUE", "DATE");
              assertThat(e.text("DTSTAMP")).isEqualTo("20250901T000000Z");
            });
  }

  @Test
  void uidsAreUniquePerStepAndStableForTheSameStoreAndPeriod() {
    List<String> first = uids(render("2025-09", STORE, Language.ZH));
    assertThat(first).hasSize(7).doesNotHaveDuplicates();
    assertThat(first.get(1)).startsWith("jixiao-2025-09-step1-").endsWith("@jixiao");
    assertThat(uids(render("2025-09", STORE, Language.EN))).isEqualTo(first);
    assertThat(uids(render("2025-09", "另一家店", Language.ZH))).doesNotContainAnyElementsOf(first);
    assertThat(uids(render("2025-10", STORE, Language.ZH))).doesNotContainAnyElementsOf(first);
  }

  private List<String> uids(byte[] ics) {
    return events(ics).stream().map(e -> e.text("UID")).toList();
  }

  @Test
  void aSecondRenderWritesTheSameBytes() throws IOException {
    byte[] first = render("2026-01", STORE, Language.ZH);
    ByteArrayOutputStream second = new ByteArrayOutputStream();
    new IcsWriter(new Messages(Language.ZH))
        .write(Workflow.of(YearMonth.of(2026, 1), WorkingCalendar.china()), STORE, second);
    assertThat(second.toByteArray()).isEqualTo(first);
  }

  @Test
  void everyLineEndsInCrlfAndLongChineseLinesAreFoldedWithinSeventyFiveOctets() {
    byte[] ics = render("2025-09", STORE, Language.ZH);
    String text = new String(ics, StandardCharsets.UTF_8);
    assertThat(text).endsWith("\r\n").doesNotContain("\r\r").doesNotContain(" \r\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\n").doesNotContain("\r");
    List<String> lines = IcsReader.physicalLines(ics); // fails on any line over 75 octets
    assertThat(lines)
        .allMatch(line -> line.getBytes(StandardCharsets.UTF_8).length <= 75)
        .anyMatch(line -> line.startsWith(" "));
  }

  @Test
  void summaryAndDescriptionAreInTheWorkbooksLanguage() {
    Component zh = events(render("2025-09", STORE, Language.ZH)).get(1);
    assertThat(zh.text("SUMMARY")).isEqualTo("绩效考核 步骤1：提交绩效考核表");
    assertThat(zh.text("DESCRIPTION"))
        .isEqualTo(
            "考核期结束后的第3个工作日，客服主管向运营总监提交“客服人员绩效考核表”。\n"
                + "负责：客服主管\n"
                + "期限：考核期结束后的第3个工作日（2025年9月考核期）");

    Component en = events(render("2025-09", STORE, Language.EN)).get(6);
    assertThat(en.text("SUMMARY"))
        .isEqualTo("Performance review step 6: Revision of the scheme complete");
    assertThat(en.text("DESCRIPTION"))
        .startsWith(
            "If the indicators or the scheme need revising and the general manager's office")
        .endsWith(
            "\nResponsible: HR department\nDue: working day 15 after the period ends (period 2025-09)");
  }

  @Test
  void commasSemicolonsAndBackslashesInTheStoreNameAreEscaped() {
    String store = "旗舰店, A;B\\C";
    Component calendar = IcsReader.parse(render("2025-09", store, Language.ZH));
    assertThat(calendar.text("X-WR-CALNAME")).isEqualTo(store + "2025年9月绩效考核流程");
  }

  @Test
  void foldingCountsOctetsAndNeverSplitsACharacter() {
    String line = "SUMMARY:" + "考".repeat(30) + "😀".repeat(20) + "a".repeat(80);
    byte[] folded = IcsWriter.fold(line).getBytes(StandardCharsets.UTF_8);
    List<String> physical = IcsReader.physicalLines(folded); // strict UTF-8 per line
    assertThat(physical).hasSizeGreaterThan(3);
    assertThat(physical.get(0).getBytes(StandardCharsets.UTF_8)).hasSize(74); // 8 + 22 × 3
    assertThat(IcsReader.unfold(physical)).containsExactly(line);
  }

  @Test
  void aLineOfExactlySeventyFiveOctetsIsNotFolded() {
    String line = "X".repeat(75);
    assertThat(IcsWriter.fold(line)).isEqualTo(line + "\r\n");
  }
}

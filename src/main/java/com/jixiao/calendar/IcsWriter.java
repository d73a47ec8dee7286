package com.jixiao.calendar;

import com.jixiao.i18n.Message;
import com.jixiao.i18n.Messages;
import com.jixiao.model.Text;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;

/**
 * Writes a {@link Workflow} as {@code workflow.ics} (RFC 5545): one all-day event per step.
 *
 * <p>Hand-written rather than with ical4j: ical4j 4.1.1 folds lines by characters, so a Chinese
 * SUMMARY comes out as one 147-octet line (the limit is 75 octets), and it stamps events with the
 * clock; the format needed here is a dozen property lines. The output depends only on its inputs:
 * UIDs come from store, period and step (importing twice updates rather than duplicates), DTSTAMP
 * from the period, so two runs write the same bytes.
 */
public final class IcsWriter {
  private static final String CRLF = "\r\n";
  private static final int MAX_LINE_OCTETS = 75;
  private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;

  private final Messages messages;

  public IcsWriter(Messages messages) {
    this.messages = messages;
  }

  /** Writes the calendar as UTF-8 bytes. */
  public void write(Workflow workflow, String store, OutputStream out) throws IOException {
    out.write(render(workflow, store).getBytes(StandardCharsets.UTF_8));
  }

  public String render(Workflow workflow, String store) {
    String storeName = Text.trim(store == null ? "" : store);
    String period = messages.format(workflow.periodLabel());
    StringBuilder ics = new StringBuilder();
    line(ics, "BEGIN:VCALENDAR");
    line(ics, "VERSION:2.0");
    line(ics, "PRODID:-//jixiao//assessment workflow//" + language());
    line(ics, "CALSCALE:GREGORIAN");
    line(ics, "METHOD:PUBLISH");
    String name = messages.format("ics.calendar_name", period, storeName).strip();
    line(ics, "X-WR-CALNAME:" + escapeText(name));
    for (WorkflowStep step : workflow.steps()) {
      event(ics, workflow.period(), storeName, period, step);
    }
    line(ics, "END:VCALENDAR");
    return ics.toString();
  }

  private void event(
      StringBuilder ics, YearMonth period, String store, String periodLabel, WorkflowStep step) {
    String summary =
        messages.format("ics.summary", String.valueOf(step.number()), text(step.title()));
    String description =
        messages.format(
            "ics.description",
            text(step.description()),
            text(step.role().label()),
            text(step.due()),
            periodLabel);
    line(ics, "BEGIN:VEVENT");
    line(ics, "UID:" + uid(period, step.number(), store));
    line(ics, "DTSTAMP:" + DATE.format(period.atDay(1)) + "T000000Z");
    line(ics, "DTSTART;VALUE=DATE:" + DATE.format(step.dueDate()));
    line(ics, "DTEND;VALUE=DATE:" + DATE.format(step.dueDate().plusDays(1)));
    line(ics, "SUMMARY:" + escapeText(summary));
    line(ics, "DESCRIPTION:" + escapeText(description));
    line(ics, "TRANSP:TRANSPARENT");
    line(ics, "END:VEVENT");
  }

  private String text(Message message) {
    return messages.format(message);
  }

  private String language() {
    return messages.language().name();
  }

  /** A UID that is the same for the same store, period and step, and differs otherwise. */
  static String uid(YearMonth period, int step, String store) {
    return "jixiao-" + period + "-step" + step + "-" + storeHash(store) + "@jixiao";
  }

  private static String storeHash(String store) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(store.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this Java runtime", e);
    }
  }

  /** RFC 5545 3.3.11: backslash, semicolon, comma and newline are escaped in TEXT values. */
  static String escapeText(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case ';' -> b.append("\\;");
        case ',' -> b.append("\\,");
        case '\n' -> b.append("\\n");
        case '\r' -> {}
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  private static void line(StringBuilder ics, String contentLine) {
    ics.append(fold(contentLine));
  }

  /**
   * RFC 5545 3.1: lines longer than 75 octets are folded with CRLF and a space; octets of UTF-8,
   * and never inside a character (a Chinese character is 3 octets, an emoji 4).
   */
  static String fold(String contentLine) {
    StringBuilder folded = new StringBuilder(contentLine.length() + 16);
    int octets = 0;
    for (int i = 0; i < contentLine.length(); ) {
      int codePoint = contentLine.codePointAt(i);
      int size = utf8Octets(codePoint);
      if (octets + size > MAX_LINE_OCTETS) {
        folded.append(CRLF).append(' ');
        octets = 1;
      }
      folded.appendCodePoint(codePoint);
      octets += size;
      i += Character.charCount(codePoint);
    }
    return folded.append(CRLF).toString();
  }

  private static int utf8Octets(int codePoint) {
    if (codePoint < 0x80) {
      return 1;
    } else if (codePoint < 0x800) {
      return 2;
    } else if (codePoint < 0x10000) {
      return 3;
    }
    return 4;
  }
}

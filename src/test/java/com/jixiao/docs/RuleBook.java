package com.jixiao.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The documents under {@code docs/} as the tests read them: one section at a time, from its {@code
 * <a id="…"></a>} anchor to the next section's anchor, with runs of whitespace made one space (so a
 * figure may sit at a line break). The rule book's worked examples are checked against the program
 * through this class, so the book cannot drift from the code.
 */
public final class RuleBook {
  /** A document in both languages: Chinese (the default) and English. */
  public enum Doc {
    RULES("docs/rules.md", "docs/rules.en.md"),
    WORKBOOK("docs/workbook.md", "docs/workbook.en.md");

    private final Path zh;
    private final Path en;

    Doc(String zh, String en) {
      this.zh = Path.of(zh);
      this.en = Path.of(en);
    }

    public Path zh() {
      return zh;
    }

    public Path en() {
      return en;
    }
  }

  private static final Pattern ANCHOR = Pattern.compile("<a id=\"([a-z0-9-]+)\"></a>");

  private RuleBook() {}

  /** The whole file as text. */
  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("reading " + file, e);
    }
  }

  /**
   * The section that starts at the anchor: up to the next anchor that follows some text (anchors
   * stacked right after one another share one section), whitespace runs made one space.
   */
  public static String section(Path file, String anchor) {
    String text = read(file);
    String tag = "<a id=\"" + anchor + "\"></a>";
    int start = text.indexOf(tag);
    assertThat(start).as("%s has the anchor %s", file, anchor).isNotNegative();
    int from = start + tag.length();
    Matcher m = ANCHOR.matcher(text);
    int end = text.length();
    int searchFrom = from;
    while (m.find(searchFrom)) {
      if (!text.substring(from, m.start()).isBlank()) {
        end = m.start();
        break;
      }
      from = m.end();
      searchFrom = m.end();
    }
    return oneLine(text.substring(start, end));
  }

  /** Every anchor id of the file, in order. */
  public static List<String> anchors(Path file) {
    Matcher m = ANCHOR.matcher(read(file));
    List<String> ids = new ArrayList<>();
    while (m.find()) {
      ids.add(m.group(1));
    }
    return ids;
  }

  static String oneLine(String text) {
    return text.replaceAll("\\s+", " ");
  }

  /** Both languages' section contains each fragment (figures written the same in both). */
  public static void assertBoth(Doc doc, String anchor, String... fragments) {
    for (String f : fragments) {
      assertThat(section(doc.zh(), anchor)).as("%s#%s", doc.zh(), anchor).contains(oneLine(f));
      assertThat(section(doc.en(), anchor)).as("%s#%s", doc.en(), anchor).contains(oneLine(f));
    }
  }

  /** The Chinese section contains {@code zh}, the English one {@code en}. */
  public static void assertEach(Doc doc, String anchor, String zh, String en) {
    assertThat(section(doc.zh(), anchor)).as("%s#%s", doc.zh(), anchor).contains(oneLine(zh));
    assertThat(section(doc.en(), anchor)).as("%s#%s", doc.en(), anchor).contains(oneLine(en));
  }

  // ---- figures as the documents write them -----------------------------------------------------

  /** An amount with thousands separators and 2 decimals: "8,563.65". */
  public static String money(BigDecimal amount) {
    DecimalFormat f = new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.UNNECESSARY);
    return f.format(amount);
  }

  /** A whole amount with thousands separators: "120,000". */
  public static String grouped(BigDecimal amount) {
    DecimalFormat f = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
    f.setRoundingMode(RoundingMode.UNNECESSARY);
    return f.format(amount);
  }

  /** A number without trailing zeros: "300", "0.9", "0". */
  public static String plain(BigDecimal n) {
    return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
  }

  /** A level change as the books write it: "+2", "0", "−1" (a true minus sign). */
  public static String signed(int n) {
    return n > 0 ? "+" + n : n < 0 ? "\u2212" + (-n) : "0";
  }

  /** A signed amount with a true minus sign: "−5", "15". */
  public static String signedPlain(BigDecimal n) {
    return n.signum() < 0 ? "\u2212" + plain(n.negate()) : plain(n);
  }
}

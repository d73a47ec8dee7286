package com.jixiao.importer;

import com.jixiao.i18n.Message;
import com.jixiao.importer.HeaderText.Unit;
import com.jixiao.importer.ImportField.ValueKind;
import com.jixiao.model.Numbers;
import com.jixiao.model.Text;
import com.jixiao.model.ValueType;
import com.jixiao.workbook.CellParser;
import com.jixiao.workbook.RawValue;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the cells of an export as back offices write them (docs/import.md#cells): numbers as text
 * with thousands separators and units ("1,234", "¥1,234.50", "12人", "1.2万"), a dash or a blank for
 * zero ("-", "--", "—"), percent text ("95.2%"), durations ("12秒", "1分30秒", "00:01:30"), and days
 * or months in their written forms ("2026-09-01", "2026/9/1 0:00", "09-01", "2026-09-01 ~
 * 2026-09-15"). A header's unit ("(万元)", "(%)", "(分)") scales plain numbers. A blank or a dash is 0
 * for a count or an amount, and "no data" for a rate or a duration (a day without ratings has no
 * satisfaction, not 0%).
 */
final class ExportValues {
  private static final Pattern CLOCK =
      Pattern.compile("(\\d{1,3}):(\\d{1,2})(?::(\\d{1,2}(?:\\.\\d+)?))?");
  private static final Pattern WORDS =
      Pattern.compile(
          "(?:(\\d+(?:\\.\\d+)?)(?:小时|时|h))?(?:(\\d+(?:\\.\\d+)?)(?:分钟|分|min|m))?"
              + "(?:(\\d+(?:\\.\\d+)?)(?:秒钟|秒|sec|s))?");
  private static final Pattern MONTH_DAY =
      Pattern.compile("(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号]?");
  private static final Pattern COMPACT_DATE = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
  private static final Pattern RANGE = Pattern.compile("\\s*(?:~|～|至|到|—|–|\\s-\\s)\\s*");
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TEN_THOUSAND = BigDecimal.valueOf(10_000);

  /** The day or month a row is about; {@code day} when the cell names one day. */
  record RowDate(YearMonth month, Optional<LocalDate> day) {}

  /** A value (null for "no data"), or what is wrong with a hint to fix it. */
  record Read(Object value, Message error, Message hint) {
    static Read ok(Object value) {
      return new Read(value, null, null);
    }

    static Read bad(String error, String shown, String hint) {
      return new Read(null, Message.of(error, shown), Message.of(hint));
    }

    boolean failed() {
      return error != null;
    }

    BigDecimal number() {
      return (BigDecimal) value;
    }
  }

  private ExportValues() {}

  /** Reads a cell; {@code month} is the month imported (the year of a date written "09-01"). */
  static Read read(RawValue raw, ValueKind kind, Unit unit, YearMonth month) {
    if (raw instanceof RawValue.Err e) {
      return Read.bad("import.value.formula_error", e.code(), "import.hint.formula_error");
    }
    return switch (kind) {
      case TEXT -> Read.ok(raw.display());
      case DATE -> date(raw, month);
      case COUNT -> count(raw, unit, true);
      case DAYS -> count(raw, unit, false);
      case MONEY -> money(raw, unit);
      case RATE -> rate(raw, unit, false);
      case SHARE -> rate(raw, unit, true);
      case DURATION -> duration(raw, unit);
    };
  }

  /** "-", "--", "—", "－", "/": the back office's way of writing nothing. */
  static boolean isDash(RawValue raw) {
    if (!(raw instanceof RawValue.Str s)) {
      return false;
    }
    String t = Text.trim(s.value()).replace("%", "");
    if (t.isEmpty()) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if ("-—–－/".indexOf(t.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  private static boolean empty(RawValue raw) {
    return raw instanceof RawValue.Blank || isDash(raw);
  }

  private static Read count(RawValue raw, Unit unit, boolean whole) {
    if (empty(raw)) {
      return Read.ok(BigDecimal.ZERO);
    }
    Optional<BigDecimal> n = number(raw, "人次笔件单个条位天");
    if (n.isEmpty()) {
      return Read.bad("import.value.not_number", raw.display(), "import.hint.count");
    }
    BigDecimal v = n.get().multiply(unit.factor());
    if (v.signum() < 0) {
      return Read.bad("import.value.negative", raw.display(), "import.hint.count");
    }
    if (whole && v.stripTrailingZeros().scale() > 0) {
      return Read.bad("import.value.not_whole", raw.display(), "import.hint.count");
    }
    return Read.ok(v.stripTrailingZeros().scale() <= 0 ? v.setScale(0) : v);
  }

  private static Read money(RawValue raw, Unit unit) {
    if (empty(raw)) {
      return Read.ok(BigDecimal.ZERO);
    }
    Optional<BigDecimal> n = number(raw, "");
    if (n.isEmpty()) {
      return Read.bad("import.value.not_number", raw.display(), "import.hint.money");
    }
    BigDecimal v = n.get().multiply(unit.factor());
    if (v.signum() < 0) {
      return Read.bad("import.value.negative", raw.display(), "import.hint.money");
    }
    return Read.ok(v);
  }

  /**
   * A number cell, or text: full-width digits, thousands separators and currency signs as in the
   * standard workbook, a unit word at the end ({@code units}), and 万 for ten thousand.
   */
  private static Optional<BigDecimal> number(RawValue raw, String units) {
    if (raw instanceof RawValue.Num n) {
      return Optional.of(n.value());
    }
    if (!(raw instanceof RawValue.Str s)) {
      return Optional.empty();
    }
    String t = Text.trim(s.value());
    BigDecimal factor = BigDecimal.ONE;
    if (t.endsWith("万元") || t.endsWith("万")) {
      t = t.substring(0, t.lastIndexOf('万'));
      factor = TEN_THOUSAND;
    } else if (!t.isEmpty() && units.indexOf(t.charAt(t.length() - 1)) >= 0) {
      t = t.substring(0, t.length() - 1);
    }
    BigDecimal f = factor;
    return Numbers.parse(t).map(v -> v.multiply(f));
  }

  /**
   * A rate: a fraction, or a percent (percent text, a percent-formatted cell, or a number under a
   * "(%)" header). A plain number above 1 looks like a percent without its sign; a share (a part of
   * a whole, such as satisfaction) is at most 100% however it is written.
   */
  private static Read rate(RawValue raw, Unit unit, boolean share) {
    if (empty(raw)) {
      return Read.ok(null);
    }
    BigDecimal v;
    boolean percent = unit == Unit.PERCENT;
    if (raw instanceof RawValue.Num n) {
      v = n.value();
      percent = percent || n.percentFormat();
      if (n.percentFormat()) {
        v = v.multiply(HUNDRED); // a percent-formatted cell holds the fraction
      }
    } else if (raw instanceof RawValue.Str s && Numbers.isPercentText(s.value())) {
      String t = Text.trim(s.value());
      Optional<BigDecimal> p = Numbers.parse(t.substring(0, t.lastIndexOf('%')));
      if (p.isEmpty()) {
        return Read.bad("import.value.not_rate", raw.display(), "import.hint.rate");
      }
      v = p.get();
      percent = true;
    } else {
      Optional<BigDecimal> p =
          raw instanceof RawValue.Str s ? Numbers.parse(s.value()) : Optional.empty();
      if (p.isEmpty()) {
        return Read.bad("import.value.not_rate", raw.display(), "import.hint.rate");
      }
      v = p.get();
    }
    BigDecimal fraction = percent ? v.divide(HUNDRED) : v;
    if (fraction.signum() < 0) {
      return Read.bad("import.value.negative", raw.display(), "import.hint.rate");
    }
    if (fraction.compareTo(BigDecimal.ONE) > 0 && (share || !percent)) {
      return Read.bad(
          percent ? "import.value.rate_above_all" : "import.value.rate_looks_percent",
          raw.display(),
          "import.hint.rate");
    }
    return Read.ok(fraction.stripTrailingZeros().scale() < 0 ? fraction.setScale(0) : fraction);
  }

  private static Read duration(RawValue raw, Unit unit) {
    if (empty(raw)) {
      return Read.ok(null);
    }
    if (raw instanceof RawValue.Num n) {
      return nonNegativeSeconds(n.value().multiply(unit.factor()), raw);
    }
    if (!(raw instanceof RawValue.Str s)) {
      return Read.bad("import.value.not_duration", raw.display(), "import.hint.duration");
    }
    String t = fold(s.value()).replace(" ", "");
    Optional<BigDecimal> plain = Numbers.parse(t);
    if (plain.isPresent()) {
      return nonNegativeSeconds(plain.get().multiply(unit.factor()), raw);
    }
    Matcher clock = CLOCK.matcher(t);
    if (clock.matches()) {
      // two parts are minutes and seconds: an average response is never hours long
      BigDecimal a = new BigDecimal(clock.group(1));
      BigDecimal b = new BigDecimal(clock.group(2));
      BigDecimal seconds =
          clock.group(3) == null
              ? a.multiply(BigDecimal.valueOf(60)).add(b)
              : a.multiply(BigDecimal.valueOf(3600))
                  .add(b.multiply(BigDecimal.valueOf(60)))
                  .add(new BigDecimal(clock.group(3)));
      return nonNegativeSeconds(seconds, raw);
    }
    Matcher words = WORDS.matcher(t);
    if (words.matches() && !t.isEmpty()) {
      BigDecimal seconds = BigDecimal.ZERO;
      int[] factor = {3600, 60, 1};
      for (int g = 1; g <= 3; g++) {
        if (words.group(g) != null) {
          BigDecimal part = new BigDecimal(words.group(g));
          seconds = seconds.add(part.multiply(BigDecimal.valueOf(factor[g - 1])));
        }
      }
      return nonNegativeSeconds(seconds, raw);
    }
    return Read.bad("import.value.not_duration", raw.display(), "import.hint.duration");
  }

  private static Read nonNegativeSeconds(BigDecimal seconds, RawValue raw) {
    if (seconds.signum() < 0) {
      return Read.bad("import.value.negative", raw.display(), "import.hint.duration");
    }
    return Read.ok(seconds);
  }

  private static Read date(RawValue raw, YearMonth month) {
    if (raw instanceof RawValue.Date d) {
      return Read.ok(new RowDate(YearMonth.from(d.value()), Optional.of(d.value())));
    }
    if (raw instanceof RawValue.Num) {
      CellParser.Result r = CellParser.parse(raw, ValueType.DATE);
      if (!r.failed()) {
        LocalDate day = (LocalDate) r.value();
        return Read.ok(new RowDate(YearMonth.from(day), Optional.of(day)));
      }
    }
    String text = raw.display();
    String[] ends = RANGE.split(Text.trim(text), 2);
    Optional<RowDate> from = oneDate(ends[0], month);
    if (ends.length == 1 || from.isEmpty()) {
      return from.map(Read::ok)
          .orElseGet(() -> Read.bad("import.value.not_date", text, "import.hint.date"));
    }
    Optional<RowDate> to = oneDate(ends[1], month);
    if (to.isEmpty()) {
      return Read.bad("import.value.not_date", text, "import.hint.date");
    }
    if (!from.get().month().equals(to.get().month())) {
      return Read.bad("import.value.two_months", text, "import.hint.two_months");
    }
    boolean oneDay = from.get().day().isPresent() && from.get().day().equals(to.get().day());
    return Read.ok(new RowDate(from.get().month(), oneDay ? from.get().day() : Optional.empty()));
  }

  /** One day or month in any written form; a day without a year is in the imported year. */
  private static Optional<RowDate> oneDate(String text, YearMonth month) {
    String t = fold(text);
    int space = t.indexOf(' ');
    String dayPart = space > 0 ? t.substring(0, space) : t; // "2026/9/1 0:00:00"
    if (dayPart.indexOf('T') == 10) {
      dayPart = dayPart.substring(0, 10);
    }
    Optional<LocalDate> day = CellParser.parseDate(dayPart);
    Matcher compact = COMPACT_DATE.matcher(dayPart);
    if (day.isEmpty() && compact.matches()) {
      day = safeDate(compact.group(1), compact.group(2), compact.group(3));
    }
    Matcher md = MONTH_DAY.matcher(dayPart);
    if (day.isEmpty() && md.matches()) {
      day = safeDate(String.valueOf(month.getYear()), md.group(1), md.group(2));
    }
    if (day.isPresent()) {
      return Optional.of(new RowDate(YearMonth.from(day.get()), day));
    }
    return CellParser.parseMonth(t).map(m -> new RowDate(m, Optional.empty()));
  }

  private static Optional<LocalDate> safeDate(String y, String m, String d) {
    try {
      return Optional.of(
          LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
    } catch (DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Full-width to half-width, spaces trimmed, lower case ("１分３０秒" → "1分30秒"). */
  private static String fold(String text) {
    StringBuilder b = new StringBuilder();
    for (char c : Text.trim(text).toCharArray()) {
      char h = c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c;
      if (!Character.isWhitespace(h) || b.length() > 0) {
        b.append(Character.toLowerCase(h));
      }
    }
    return b.toString();
  }
}

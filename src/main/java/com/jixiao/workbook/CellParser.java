package com.jixiao.workbook;

import com.jixiao.i18n.Message;
import com.jixiao.model.Numbers;
import com.jixiao.model.ValueType;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Reads a {@link RawValue} as a {@link ValueType} (docs/workbook.md#values). The result is the
 * value (null when the cell is blank and blank means "not given"), or what is wrong with a hint to
 * fix it.
 */
public final class CellParser {
  private static final Pattern MONTH =
      Pattern.compile("(\\d{4})\\s*(?:[-/.年])\\s*(\\d{1,2})\\s*(?:月(?:份)?)?");
  private static final Pattern DATE =
      Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*[日号]?");

  /** Excel serial day numbers of 1950–2100, for dates typed into a General-formatted cell. */
  private static final int SERIAL_MIN = 18264;

  private static final int SERIAL_MAX = 73051;

  /** Integers beyond this are typos; far inside int, so that reading them as an int is exact. */
  private static final BigDecimal INTEGER_LIMIT = BigDecimal.valueOf(1_000_000_000);

  /**
   * Months and dates Excel can show, with room for the workflow's deadlines after the period (a
   * period in 9999 would put them in year 10000).
   */
  private static final LocalDate FIRST_DAY = LocalDate.of(1900, 1, 1);

  private static final LocalDate LAST_DAY = LocalDate.of(9998, 12, 31);

  private CellParser() {}

  /** A parsed value, or an error. */
  public record Result(Object value, Message error, Message hint) {
    static Result ok(Object value) {
      return new Result(value, null, null);
    }

    static Result bad(Message error, Message hint) {
      return new Result(null, error, hint);
    }

    public boolean failed() {
      return error != null;
    }
  }

  public static Result parse(RawValue raw, ValueType type) {
    if (raw instanceof RawValue.Uncalculated) {
      return Result.bad(
          Message.of("error.value.uncalculated"), Message.of("hint.value.uncalculated"));
    }
    if (raw instanceof RawValue.Err e) {
      return Result.bad(
          Message.of("error.value.formula_error", e.code()), Message.of("hint.formula_error"));
    }
    if (raw instanceof RawValue.Blank) {
      return Result.ok(type.blankIsZero() ? BigDecimal.ZERO : null);
    }
    return switch (type) {
      case TEXT -> Result.ok(raw.display());
      case MONEY, DAYS -> nonNegative(number(raw));
      case COUNT -> whole(nonNegative(number(raw)), false);
      case INTEGER -> whole(number(raw), true);
      case DECIMAL -> number(raw);
      case RATE -> rate(raw);
      case SHARE -> share(rate(raw));
      case LEVEL3, LEVEL4 -> level(raw, type.maxLevel());
      case MONTH -> month(raw);
      case DATE -> date(raw);
    };
  }

  private static Result number(RawValue raw) {
    if (raw instanceof RawValue.Num n) {
      return Result.ok(n.value());
    }
    String text = raw.display();
    Optional<BigDecimal> n = raw instanceof RawValue.Str ? Numbers.parse(text) : Optional.empty();
    if (n.isPresent()) {
      return Result.ok(n.get());
    }
    return Result.bad(Message.of("error.value.not_number", text), Message.of("hint.number"));
  }

  private static Result nonNegative(Result r) {
    if (!r.failed() && ((BigDecimal) r.value()).signum() < 0) {
      return Result.bad(
          Message.of("error.value.negative", ((BigDecimal) r.value()).toPlainString()),
          Message.of("hint.non_negative"));
    }
    return r;
  }

  private static Result whole(Result r, boolean signed) {
    if (r.failed()) {
      return r;
    }
    BigDecimal v = (BigDecimal) r.value();
    if (v.stripTrailingZeros().scale() > 0) {
      return Result.bad(
          Message.of("error.value.not_whole", v.toPlainString()),
          Message.of(signed ? "hint.integer" : "hint.count"));
    }
    if (signed && v.abs().compareTo(INTEGER_LIMIT) > 0) {
      // an integer (a salary level, a level change) is read as an int: 4294967297 is not 1
      return Result.bad(
          Message.of("error.value.integer_range", v.toPlainString()), Message.of("hint.integer"));
    }
    return Result.ok(v.setScale(0));
  }

  private static Result rate(RawValue raw) {
    if (raw instanceof RawValue.Num n) {
      return rateValue(n.value(), n.percentFormat(), raw.display());
    }
    String text = raw.display();
    if (raw instanceof RawValue.Str && Numbers.isPercentText(text)) {
      Optional<BigDecimal> r = Numbers.parse(text.substring(0, text.lastIndexOf('%')));
      if (r.isPresent()) {
        return rateValue(r.get().movePointLeft(2), true, text);
      }
    }
    Optional<BigDecimal> plain =
        raw instanceof RawValue.Str ? Numbers.parse(text) : Optional.empty();
    if (plain.isPresent()) {
      return rateValue(plain.get(), false, text);
    }
    return Result.bad(Message.of("error.value.not_rate", text), Message.of("hint.rate"));
  }

  /** A part of a whole: above 100% is a typo (or a figure from the wrong column). */
  private static Result share(Result rate) {
    if (!rate.failed() && ((BigDecimal) rate.value()).compareTo(BigDecimal.ONE) > 0) {
      BigDecimal percent = ((BigDecimal) rate.value()).movePointRight(2).stripTrailingZeros();
      return Result.bad(
          Message.of("error.value.share_above_whole", percent.toPlainString() + "%"),
          Message.of("hint.value.share"));
    }
    return rate;
  }

  private static Result rateValue(BigDecimal v, boolean percent, String shown) {
    if (v.signum() < 0) {
      return Result.bad(Message.of("error.value.negative", shown), Message.of("hint.rate"));
    }
    if (!percent && v.compareTo(BigDecimal.ONE) > 0) {
      return Result.bad(
          Message.of("error.value.rate_looks_percent", shown),
          Message.of("hint.rate_percent", shown, v.movePointLeft(2).toPlainString()));
    }
    return Result.ok(v);
  }

  private static Result level(RawValue raw, int max) {
    Result r = whole(number(raw), true);
    if (r.failed()) {
      return Result.bad(r.error(), Message.of("hint.level", max));
    }
    int level = ((BigDecimal) r.value()).intValue();
    if (level < 1 || level > max) {
      return Result.bad(
          Message.of("error.value.level_range", raw.display(), max), Message.of("hint.level", max));
    }
    return r;
  }

  private static Result month(RawValue raw) {
    Optional<YearMonth> m = Optional.empty();
    if (raw instanceof RawValue.Date d) {
      m = Optional.of(YearMonth.from(d.value()));
    } else if (raw instanceof RawValue.Str s) {
      m = parseMonth(s.value());
    } else if (raw instanceof RawValue.Num n) {
      m = serial(n.value()).map(YearMonth::from);
    }
    if (m.isPresent() && !inRange(m.get().atDay(1))) {
      return yearOutOfRange(raw, m.get().getYear());
    }
    return m.map(Result::ok)
        .orElseGet(
            () ->
                Result.bad(
                    Message.of("error.value.not_month", raw.display()), Message.of("hint.month")));
  }

  private static Result date(RawValue raw) {
    Optional<LocalDate> d = Optional.empty();
    if (raw instanceof RawValue.Date dd) {
      d = Optional.of(dd.value());
    } else if (raw instanceof RawValue.Str s) {
      d = parseDate(s.value());
    } else if (raw instanceof RawValue.Num n) {
      d = serial(n.value());
    }
    if (d.isPresent() && !inRange(d.get())) {
      return yearOutOfRange(raw, d.get().getYear());
    }
    return d.map(Result::ok)
        .orElseGet(
            () ->
                Result.bad(
                    Message.of("error.value.not_date", raw.display()), Message.of("hint.date")));
  }

  private static boolean inRange(LocalDate day) {
    return !day.isBefore(FIRST_DAY) && !day.isAfter(LAST_DAY);
  }

  private static Result yearOutOfRange(RawValue raw, int year) {
    return Result.bad(
        Message.of("error.value.year_range", raw.display(), String.valueOf(year)),
        Message.of("hint.year_range"));
  }

  /** "2026-09", "2026/9", "2026.09", "2026年9月", "2026-09-01", "2026年9月1日". */
  public static Optional<YearMonth> parseMonth(String text) {
    String t = fold(text);
    Optional<LocalDate> asDate = parseDate(t);
    if (asDate.isPresent()) {
      return asDate.map(YearMonth::from);
    }
    Matcher m = MONTH.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** "2026-09-01", "2026/9/1", "2026.9.1", "2026年9月1日". */
  public static Optional<LocalDate> parseDate(String text) {
    Optional<LocalDate> iso = isoDate(text);
    if (iso.isPresent()) {
      return iso;
    }
    Matcher m = DATE.matcher(fold(text));
    if (!m.matches()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          LocalDate.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3))));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  /** The common "2026-09-01" without a regex (Quality sheets have hundreds of thousands). */
  private static Optional<LocalDate> isoDate(String t) {
    if (t.length() != 10 || t.charAt(4) != '-' || t.charAt(7) != '-') {
      return Optional.empty();
    }
    int y = digits(t, 0, 4);
    int mo = digits(t, 5, 7);
    int d = digits(t, 8, 10);
    if (y < 0 || mo < 1 || mo > 12 || d < 1 || d > YearMonth.of(y, mo).lengthOfMonth()) {
      return Optional.empty();
    }
    return Optional.of(LocalDate.of(y, mo, d));
  }

  private static int digits(String t, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = t.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private static Optional<LocalDate> serial(BigDecimal n) {
    if (n.stripTrailingZeros().scale() > 0
        || n.compareTo(BigDecimal.valueOf(SERIAL_MIN)) < 0
        || n.compareTo(BigDecimal.valueOf(SERIAL_MAX)) > 0) {
      return Optional.empty();
    }
    return Optional.of(DateUtil.getLocalDateTime(n.doubleValue()).toLocalDate());
  }

  /** Full-width digits and punctuation to half-width; trimmed. */
  private static String fold(String text) {
    StringBuilder b = new StringBuilder();
    for (char c : com.jixiao.model.Text.trim(text).toCharArray()) {
      b.append(c >= '\uFF01' && c <= '\uFF5E' ? (char) (c - 0xFEE0) : c);
    }
    return b.toString();
  }
}

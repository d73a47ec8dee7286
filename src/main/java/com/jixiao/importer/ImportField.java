package com.jixiao.importer;

import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.model.Text;
import com.jixiao.model.ValueType;
import java.util.Arrays;
import java.util.Optional;

/**
 * What a column of a back-office export can give: the agent, the day or month of the row, a figure
 * of the Monthly sheet, or a part of a rate (its numerator or denominator). Rated items (levels)
 * and the sales target are not here: they are the manager's input, never the back office's.
 *
 * <p>How several rows of one agent-month combine follows from the {@link Kind}: counts and money
 * are added up; a rate or an average is never averaged, it is worked out from its {@link
 * #numerator()} and {@link #denominator()} summed over the rows (docs/import.md#combining).
 */
public enum ImportField {
  AGENT("agent", null, Kind.AGENT, "客服（子账号）", "Agent (sub-account)"),
  DATE("date", null, Kind.DATE, "日期/月份", "Date/month"),
  SALES(Metric.SALES),
  VISITORS(Metric.VISITORS),
  INQUIRIES(Metric.INQUIRIES),
  DEALS(Metric.DEALS),
  ORDERS(Metric.ORDERS),
  REFUND_ORDERS(Metric.REFUND_ORDERS),
  DISPUTES(Metric.DISPUTES),
  SCHEDULED_DAYS(Metric.SCHEDULED_DAYS),
  ABSENT_DAYS(Metric.ABSENT_DAYS),
  LATE_COUNT(Metric.LATE_COUNT),
  ETIQUETTE_VIOLATIONS(Metric.ETIQUETTE_VIOLATIONS),
  COMPLAINTS(Metric.COMPLAINTS),
  REPORTS_ON_TIME(Metric.REPORTS_ON_TIME),
  REPORTS_QUALITY_OK(Metric.REPORTS_QUALITY_OK),
  RULE_VIOLATIONS(Metric.RULE_VIOLATIONS),
  TEAMWORK_INCIDENTS(Metric.TEAMWORK_INCIDENTS),
  RECEPTIONS(Metric.RECEPTIONS),
  GOOD_REVIEWS(Metric.GOOD_REVIEWS),
  FLAGSHIP_RATIO(Metric.FLAGSHIP_RATIO),
  SATISFACTION(Metric.SATISFACTION),
  AVG_RESPONSE_SECONDS(Metric.AVG_RESPONSE_SECONDS),
  /** The numerator of {@link #FLAGSHIP_RATIO}: sales of the flagship products. */
  FLAGSHIP_SALES("flagship_sales", null, Kind.PART, "主推单品销售额", "Flagship sales"),
  /** The numerator of {@link #SATISFACTION}: buyers who rated the service satisfied. */
  SATISFIED("satisfied", null, Kind.PART, "满意人数", "Satisfied buyers"),
  /** The denominator of {@link #SATISFACTION}: buyers who rated the service. */
  RATED("rated", null, Kind.PART, "评价人数", "Buyers who rated");

  /** How a field's values of several rows combine into one agent-month. */
  public enum Kind {
    /** Who the row is about. */
    AGENT,
    /** Which day or month the row is about. */
    DATE,
    /** A count, days or money: the rows are added up. */
    SUM,
    /** A rate or an average: worked out from its parts, never averaged. */
    RATIO,
    /** A numerator or denominator of a ratio: added up, not written to the workbook. */
    PART
  }

  private final String key;
  private final Metric metric;
  private final Kind kind;
  private final String zh;
  private final String en;

  ImportField(Metric metric) {
    this(metric.key(), metric, kindOf(metric), metric.zh(), metric.en());
  }

  ImportField(String key, Metric metric, Kind kind, String zh, String en) {
    this.key = key;
    this.metric = metric;
    this.kind = kind;
    this.zh = zh;
    this.en = en;
  }

  /**
   * A rate or an average combines as a ratio; everything else adds up. (An if, not a switch: a
   * switch here would build its lookup table from this enum's values while they are being made.)
   */
  private static Kind kindOf(Metric metric) {
    ValueType type = metric.type();
    return type == ValueType.RATE || type == ValueType.SHARE || type == ValueType.DECIMAL
        ? Kind.RATIO
        : Kind.SUM;
  }

  /** The key written in an ImportMap sheet: the Monthly column's key, or agent, date, … */
  public String key() {
    return key;
  }

  public Kind kind() {
    return kind;
  }

  /** The Monthly column this field fills; empty for the agent, the date and ratio parts. */
  public Optional<Metric> metric() {
    return Optional.ofNullable(metric);
  }

  public String label(Language language) {
    return language == Language.ZH ? zh : en;
  }

  /** What the cells hold, so they are read right. */
  public ValueKind valueKind() {
    if (this == FLAGSHIP_SALES) {
      return ValueKind.MONEY;
    }
    if (this == SATISFIED || this == RATED) {
      return ValueKind.COUNT;
    }
    if (metric == null) {
      return kind == Kind.AGENT ? ValueKind.TEXT : ValueKind.DATE;
    }
    return switch (metric.type()) {
      case MONEY -> ValueKind.MONEY;
      case DAYS -> ValueKind.DAYS;
      case RATE -> ValueKind.RATE;
      case SHARE -> ValueKind.SHARE;
      case DECIMAL -> ValueKind.DURATION;
      default -> ValueKind.COUNT;
    };
  }

  /** The field summed over the rows above a ratio's line, if it has one. */
  public Optional<ImportField> numerator() {
    return switch (this) {
      case FLAGSHIP_RATIO -> Optional.of(FLAGSHIP_SALES);
      case SATISFACTION -> Optional.of(SATISFIED);
      default -> Optional.empty();
    };
  }

  /** The field summed below a ratio's line, if it has one. */
  public Optional<ImportField> denominator() {
    return switch (this) {
      case FLAGSHIP_RATIO -> Optional.of(SALES);
      case SATISFACTION -> Optional.of(RATED);
      default -> Optional.empty();
    };
  }

  /**
   * A field by its key or either label (as written in an ImportMap sheet: "inquiries", "咨询量",
   * "Inquiries"), ignoring case, width and spaces.
   */
  public static Optional<ImportField> byKey(String key) {
    String k = Text.normalize(key);
    return Arrays.stream(values())
        .filter(
            f ->
                Text.normalize(f.key).equals(k)
                    || Text.normalize(f.zh).equals(k)
                    || Text.normalize(f.en).equals(k))
        .findFirst();
  }

  /** The field's name as a message, in the language it is shown in. */
  public static com.jixiao.i18n.Message label(ImportField field) {
    return com.jixiao.i18n.Message.of("import.field." + field.key);
  }

  /** What a cell of a field holds. */
  public enum ValueKind {
    TEXT,
    DATE,
    COUNT,
    DAYS,
    MONEY,
    /** A fraction or a percent (0.955, 95.5%); above 100% only when written as a percent. */
    RATE,
    /** A rate that is a part of a whole (satisfaction): at most 100%. */
    SHARE,
    /** A duration in seconds: 12, 12秒, 1分30秒, 00:01:30. */
    DURATION
  }
}

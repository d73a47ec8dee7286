package com.jixiao.render;

import com.jixiao.i18n.Message;
import com.jixiao.model.Metric;
import com.jixiao.model.MonthlyStats;
import com.jixiao.rules.Item;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * The input an item was scored on, short enough for a table cell ("完成率 92.0%", "评级 2/3"): display
 * only, the score and its explanation come from the assessment. Keys {@code metric.<item>}.
 */
final class ItemInputs {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private ItemInputs() {}

  static Message of(Item item, MonthlyStats s, Optional<MonthlyStats> previous, int findings) {
    String key = "metric." + item.key();
    return switch (item) {
      case SALES_COMPLETION ->
          Message.of(key, percent(s.get(Metric.SALES), s.get(Metric.SALES_TARGET)));
      case SALES_GROWTH ->
          previous
              .filter(p -> p.get(Metric.SALES).signum() > 0)
              .map(p -> Message.of(key, growth(s.get(Metric.SALES), p.get(Metric.SALES))))
              .orElse(Message.of("metric.sales_growth.none"));
      case CONVERSION -> Message.of(key, percent(s.get(Metric.DEALS), s.get(Metric.VISITORS)));
      case FLAGSHIP -> Message.of(key, percent(s.get(Metric.FLAGSHIP_RATIO), BigDecimal.ONE));
      case REFUND_RATE ->
          Message.of(key, percent(s.get(Metric.REFUND_ORDERS), s.get(Metric.ORDERS)));
      case INQUIRIES -> Message.of(key, count(s, Metric.INQUIRIES));
      case DISPUTES -> Message.of(key, count(s, Metric.DISPUTES));
      case PERSONAL_SHARE -> Message.of(key, count(s, Metric.ORDERS));
      case PRODUCT_KNOWLEDGE -> level(s, Metric.PRODUCT_KNOWLEDGE, 3);
      case GUIDANCE -> level(s, Metric.GUIDANCE, 4);
      case COMMUNICATION -> level(s, Metric.COMMUNICATION, 3);
      case ADAPTABILITY -> level(s, Metric.ADAPTABILITY, 3);
      case RESPONSIBILITY -> level(s, Metric.RESPONSIBILITY, 4);
      case ATTENDANCE -> Message.of(key, count(s, Metric.LATE_COUNT), count(s, Metric.ABSENT_DAYS));
      case ETIQUETTE -> Message.of(key, count(s, Metric.ETIQUETTE_VIOLATIONS));
      case SERVICE_ATTITUDE ->
          Message.of(key, count(s, Metric.COMPLAINTS), String.valueOf(findings));
      case REPORTS ->
          Message.of(key, count(s, Metric.REPORTS_ON_TIME), count(s, Metric.REPORTS_QUALITY_OK));
      case TEAM_RULES -> Message.of(key, count(s, Metric.RULE_VIOLATIONS));
      case TEAMWORK -> Message.of(key, count(s, Metric.TEAMWORK_INCIDENTS));
    };
  }

  private static Message level(MonthlyStats s, Metric metric, int max) {
    return s.level(metric)
        .map(l -> Message.of("metric.level", String.valueOf(l), String.valueOf(max)))
        .orElse(Message.of("metric.not_rated"));
  }

  private static String count(MonthlyStats s, Metric metric) {
    return s.get(metric).stripTrailingZeros().toPlainString();
  }

  /** One decimal, rounded down so 94.99% never shows as the threshold 95.0%. */
  static String percent(BigDecimal num, BigDecimal den) {
    if (den.signum() == 0) {
      return "0.0%";
    }
    BigDecimal p = num.divide(den, MathContext.DECIMAL128).multiply(HUNDRED);
    return p.setScale(1, RoundingMode.FLOOR).toPlainString() + "%";
  }

  private static String growth(BigDecimal sales, BigDecimal previous) {
    BigDecimal g = sales.divide(previous, MathContext.DECIMAL128).subtract(BigDecimal.ONE);
    String p = percent(g, BigDecimal.ONE);
    return g.signum() > 0 ? "+" + p : p.replace('-', '\u2212');
  }
}

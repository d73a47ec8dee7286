package com.jixiao.assess;

import com.jixiao.model.Metric;
import com.jixiao.model.MonthlyStats;
import com.jixiao.rules.Item;
import com.jixiao.rules.Param;
import com.jixiao.rules.Parameters;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * An agent's achievement on an item whose rule scores a ratio (docs/rules.md#items): the ratio the
 * item's bands are read on, exactly, so that the extra reward for exceeding an item ({@code
 * rules.ExceedRule}) and the item's score compare the same number.
 */
public final class Achievement {
  private Achievement() {}

  /**
   * The achievement on the item, or empty when the item has none: not a ratio item, no sales target
   * (sales completion), or no previous month's sales (sales growth).
   */
  public static Optional<Ratio> of(
      Item item, MonthlyStats stats, Optional<MonthlyStats> previous, Parameters params) {
    return switch (item) {
      case SALES_COMPLETION -> salesCompletion(stats);
      case SALES_GROWTH -> salesGrowth(stats, previous);
      case CONVERSION -> Optional.of(conversion(stats));
      case FLAGSHIP -> Optional.of(flagship(stats));
      case INQUIRIES -> Optional.of(inquiries(stats, params));
      default -> Optional.empty();
    };
  }

  /** Item 1: sales / sales_target; empty without a target above 0. */
  static Optional<Ratio> salesCompletion(MonthlyStats stats) {
    BigDecimal target = stats.get(Metric.SALES_TARGET);
    return target.signum() > 0
        ? Optional.of(new Ratio(stats.get(Metric.SALES), target))
        : Optional.empty();
  }

  /** Item 2: sales / previous month's sales − 1; empty without previous sales. */
  static Optional<Ratio> salesGrowth(MonthlyStats stats, Optional<MonthlyStats> previous) {
    BigDecimal before = previous.map(p -> p.get(Metric.SALES)).orElse(BigDecimal.ZERO);
    return before.signum() > 0
        ? Optional.of(new Ratio(stats.get(Metric.SALES).subtract(before), before))
        : Optional.empty();
  }

  /** Item 3: deals / visitors (0 without visitors). */
  static Ratio conversion(MonthlyStats stats) {
    return new Ratio(stats.get(Metric.DEALS), stats.get(Metric.VISITORS));
  }

  /** Item 4: the flagship ratio. */
  static Ratio flagship(MonthlyStats stats) {
    return Ratio.of(stats.get(Metric.FLAGSHIP_RATIO));
  }

  /** Item 6: inquiries / {@code inquiries.standard}. */
  static Ratio inquiries(MonthlyStats stats, Parameters params) {
    return new Ratio(stats.get(Metric.INQUIRIES), params.number(Param.INQUIRIES_STANDARD));
  }
}

package com.jixiao.report;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The figures of an agent's month that a {@link ReportComparison} compares, in the order a reader
 * meets them: the score and its consequences, then the money.
 */
public enum Figure {
  /** The month's total score. */
  TOTAL("total"),
  /** The total's band: a change of band is a change of its place in the bands, best first. */
  BAND("band"),
  /** The band's performance-pay coefficient. */
  COEFFICIENT("coefficient"),
  /** Rank of the total among all assessed agents. */
  RANK("rank"),
  /** Rank on sales among presales agents (absent: not ranked). */
  SALES_RANK("sales_rank"),
  /** Rank on inquiry conversion (absent: not ranked). */
  CONVERSION_RANK("conversion_rank"),
  /** Tier class (absent: no classes). */
  TIER("tier"),
  /** The rankings' reward, as payroll adds it. */
  REWARD("rewards"),
  /** The rankings' penalty, as payroll deducts it (a positive amount). */
  PENALTY("penalties"),
  /** Points counted for the pool. */
  POINTS("points"),
  /** Payout from the points pool. */
  POINTS_PAYOUT("points_bonus"),
  /** Commission on sales. */
  COMMISSION("commission"),
  /** Performance wage × coefficient. */
  PERFORMANCE_PAY("performance_pay"),
  /** Gross pay: what the payroll costs for the agent. */
  GROSS_PAY("gross_pay");

  private final String key;

  Figure(String key) {
    this.key = key;
  }

  /** The figure's column key, as the output sheets name it ("col." + key is its header). */
  public String key() {
    return key;
  }

  /** True for amounts of money (shown in the workbook's currency). */
  public boolean isMoney() {
    return switch (this) {
      case REWARD, PENALTY, POINTS_PAYOUT, COMMISSION, PERFORMANCE_PAY, GROSS_PAY -> true;
      default -> false;
    };
  }

  /**
   * The figure as a number (a rank as its number), or empty: BAND and TIER are not numbers (their
   * difference is not a number either), and an agent may not be ranked.
   */
  public Optional<BigDecimal> amount(AgentFigures f) {
    return switch (this) {
      case TOTAL -> Optional.of(f.total());
      case BAND, TIER -> Optional.empty();
      case COEFFICIENT -> Optional.of(f.band().coefficient());
      case RANK -> Optional.of(BigDecimal.valueOf(f.rank()));
      case SALES_RANK -> f.salesRank().map(BigDecimal::valueOf);
      case CONVERSION_RANK -> f.conversionRank().map(BigDecimal::valueOf);
      case REWARD -> Optional.of(f.reward());
      case PENALTY -> Optional.of(f.penalty());
      case POINTS -> Optional.of(f.points());
      case POINTS_PAYOUT -> Optional.of(f.pointsPayout());
      case COMMISSION -> Optional.of(f.commission());
      case PERFORMANCE_PAY -> Optional.of(f.performancePay());
      case GROSS_PAY -> Optional.of(f.grossPay());
    };
  }
}

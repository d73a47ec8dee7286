package com.jixiao.rules;

import java.util.List;
import java.util.Optional;

/**
 * Every named default of the rules that the Parameters / 参数 sheet may override, with its key and
 * the default as it would be written in the sheet. This is the one place defaults live.
 */
public enum Param {
  /** docs/rules.md#item-sales-growth (**reading**: the seed sets no cap on the growth bonus). */
  SALES_GROWTH_MAX_BONUS("sales_growth.max_bonus", Kind.INTEGER, "4"),
  /** docs/rules.md#item-inquiries: the monthly inquiries standard. */
  INQUIRIES_STANDARD("inquiries.standard", Kind.NUMBER, "450"),
  /**
   * docs/rules.md#item-personal-share: at or above this share of store orders the item scores in
   * full.
   */
  PERSONAL_SHARE_LOW("personal_share.low", Kind.RATE, "10%"),
  /** docs/rules.md#item-personal-share: below this share the item scores 0. */
  PERSONAL_SHARE_ZERO("personal_share.zero", Kind.RATE, "5%"),
  /** docs/rules.md#total: the total is scaled to this many points; "none" keeps the raw sum. */
  SCORE_SCALE_TO("score.scale_to", Kind.NUMBER_OR_NONE, "100"),
  /** docs/rules.md#quality: inspections required per attended day. */
  QA_PER_DAY("qa.per_day", Kind.NUMBER, "3"),
  /** docs/rules.md#rewards: rewards for sales ranks 1, 2, 3. */
  REWARDS_SALES_TOP("rewards.sales_top", Kind.MONEY_LIST, "300,200,100"),
  /** docs/rules.md#rewards: rewards for inquiry-conversion ranks 1, 2, … */
  REWARDS_CONVERSION_TOP("rewards.conversion_top", Kind.MONEY_LIST, "200"),
  /** docs/rules.md#rewards: penalty for the lowest sales. */
  PENALTIES_SALES_BOTTOM("penalties.sales_bottom", Kind.MONEY, "50"),
  /** docs/rules.md#rewards: penalty for the lowest inquiry conversion. */
  PENALTIES_CONVERSION_BOTTOM("penalties.conversion_bottom", Kind.MONEY, "50"),
  /** docs/rules.md#tiers: the share of agents in 尖子班 and in 提升班. */
  TIERS_SHARE("tiers.share", Kind.RATE, "20%"),
  /** docs/rules.md#staffing: daily receptions above this suggest adding staff. */
  STAFFING_CONSIDER("staffing.consider", Kind.NUMBER, "150"),
  /** docs/rules.md#staffing: daily receptions above this require adding staff. */
  STAFFING_MUST("staffing.must", Kind.NUMBER, "200"),
  /** docs/rules.md#commission: marginal (分段累进) or whole. */
  COMMISSION_MODE("commission.mode", Kind.CHOICE, "marginal"),
  /** docs/rules.md#points: points per good review. */
  POINTS_PER_GOOD_REVIEW("points.per_good_review", Kind.NUMBER, "1"),
  /** docs/rules.md#points: points for a presales agent who met the sales target. */
  POINTS_TARGET_MET("points.target_met", Kind.NUMBER, "10"),
  /** docs/rules.md#annual: the month (1–12) whose run adds the annual sheet. */
  ANNUAL_MONTH("annual.month", Kind.INTEGER, "12"),
  /** docs/rules.md#guardrail: deductions above this share of gross pay are flagged. */
  PAYROLL_MAX_DEDUCTION_SHARE("payroll.max_deduction_share", Kind.RATE, "20%"),
  /** docs/rules.md#guardrail: the local minimum wage; blank or "none" for no check. */
  PAYROLL_MINIMUM_WAGE("payroll.minimum_wage", Kind.MONEY_OR_NONE, "none"),
  /** {@link ExceedRule}: from this achievement on, an extra reward; none = off. */
  EXCEED_SALES_COMPLETION_THRESHOLD("exceed.sales_completion.threshold", Kind.RATE_OR_NONE, "none"),
  /** {@link ExceedRule}: the fixed part of the extra reward. */
  EXCEED_SALES_COMPLETION_AMOUNT("exceed.sales_completion.amount", Kind.MONEY, "0"),
  /** {@link ExceedRule}: the part of the extra reward that is a share of performance pay. */
  EXCEED_SALES_COMPLETION_SHARE("exceed.sales_completion.share", Kind.RATE, "0%"),
  /** {@link ExceedRule}: the most the extra reward for the item can be; none = no cap. */
  EXCEED_SALES_COMPLETION_CAP("exceed.sales_completion.cap", Kind.MONEY_OR_NONE, "none"),
  /** {@link ExceedRule}: from this achievement on, an extra reward; none = off. */
  EXCEED_SALES_GROWTH_THRESHOLD("exceed.sales_growth.threshold", Kind.RATE_OR_NONE, "none"),
  /** {@link ExceedRule}: the fixed part of the extra reward. */
  EXCEED_SALES_GROWTH_AMOUNT("exceed.sales_growth.amount", Kind.MONEY, "0"),
  /** {@link ExceedRule}: the part of the extra reward that is a share of performance pay. */
  EXCEED_SALES_GROWTH_SHARE("exceed.sales_growth.share", Kind.RATE, "0%"),
  /** {@link ExceedRule}: the most the extra reward for the item can be; none = no cap. */
  EXCEED_SALES_GROWTH_CAP("exceed.sales_growth.cap", Kind.MONEY_OR_NONE, "none"),
  /** {@link ExceedRule}: from this achievement on, an extra reward; none = off. */
  EXCEED_CONVERSION_THRESHOLD("exceed.conversion.threshold", Kind.RATE_OR_NONE, "none"),
  /** {@link ExceedRule}: the fixed part of the extra reward. */
  EXCEED_CONVERSION_AMOUNT("exceed.conversion.amount", Kind.MONEY, "0"),
  /** {@link ExceedRule}: the part of the extra reward that is a share of performance pay. */
  EXCEED_CONVERSION_SHARE("exceed.conversion.share", Kind.RATE, "0%"),
  /** {@link ExceedRule}: the most the extra reward for the item can be; none = no cap. */
  EXCEED_CONVERSION_CAP("exceed.conversion.cap", Kind.MONEY_OR_NONE, "none"),
  /** {@link ExceedRule}: from this achievement on, an extra reward; none = off. */
  EXCEED_FLAGSHIP_THRESHOLD("exceed.flagship.threshold", Kind.RATE_OR_NONE, "none"),
  /** {@link ExceedRule}: the fixed part of the extra reward. */
  EXCEED_FLAGSHIP_AMOUNT("exceed.flagship.amount", Kind.MONEY, "0"),
  /** {@link ExceedRule}: the part of the extra reward that is a share of performance pay. */
  EXCEED_FLAGSHIP_SHARE("exceed.flagship.share", Kind.RATE, "0%"),
  /** {@link ExceedRule}: the most the extra reward for the item can be; none = no cap. */
  EXCEED_FLAGSHIP_CAP("exceed.flagship.cap", Kind.MONEY_OR_NONE, "none"),
  /** {@link ExceedRule}: from this achievement on, an extra reward; none = off. */
  EXCEED_INQUIRIES_THRESHOLD("exceed.inquiries.threshold", Kind.RATE_OR_NONE, "none"),
  /** {@link ExceedRule}: the fixed part of the extra reward. */
  EXCEED_INQUIRIES_AMOUNT("exceed.inquiries.amount", Kind.MONEY, "0"),
  /** {@link ExceedRule}: the part of the extra reward that is a share of performance pay. */
  EXCEED_INQUIRIES_SHARE("exceed.inquiries.share", Kind.RATE, "0%"),
  /** {@link ExceedRule}: the most the extra reward for the item can be; none = no cap. */
  EXCEED_INQUIRIES_CAP("exceed.inquiries.cap", Kind.MONEY_OR_NONE, "none");

  /** How a parameter's value is written and read. */
  public enum Kind {
    INTEGER,
    NUMBER,
    NUMBER_OR_NONE,
    RATE,
    /** A rate, or "none" (blank) for "not set". */
    RATE_OR_NONE,
    MONEY,
    MONEY_OR_NONE,
    MONEY_LIST,
    CHOICE
  }

  private final String key;
  private final Kind kind;
  private final String defaultText;

  Param(String key, Kind kind, String defaultText) {
    this.key = key;
    this.kind = kind;
    this.defaultText = defaultText;
  }

  public String key() {
    return key;
  }

  public Kind kind() {
    return kind;
  }

  public String defaultText() {
    return defaultText;
  }

  /**
   * The bundle key of the parameter's description in the template's instructions: one text for each
   * part of the extra-reward rule, which names the item ({0}).
   */
  public String descriptionKey() {
    return exceedItem().isPresent()
        ? "param.exceed." + key.substring(key.lastIndexOf('.') + 1)
        : "param." + key;
  }

  /** The item of a parameter of the extra reward for exceeding an item ({@link ExceedRule}). */
  public Optional<Item> exceedItem() {
    if (!key.startsWith(ExceedRule.PREFIX)) {
      return Optional.empty();
    }
    return Item.parse(key.substring(ExceedRule.PREFIX.length(), key.lastIndexOf('.')));
  }

  /** The allowed words of a CHOICE parameter. */
  public List<String> choices() {
    return this == COMMISSION_MODE ? List.of("marginal", "whole") : List.of();
  }
}

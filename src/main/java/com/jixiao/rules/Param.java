package com.jixiao.rules;

/**
 * Every named default of the spec that the Parameters / 参数 sheet may override, with the spec's key
 * and the default as it would be written in the sheet. This is the one place defaults live.
 */
public enum Param {
  /** SPEC 3 item 2 (**reading**: the seed sets no cap on the growth bonus). */
  SALES_GROWTH_MAX_BONUS("sales_growth.max_bonus", Kind.INTEGER, "4"),
  /** SPEC 3 item 6: the monthly inquiries standard. */
  INQUIRIES_STANDARD("inquiries.standard", Kind.NUMBER, "450"),
  /** SPEC 3 item 8: at or above this share of store orders the item scores in full. */
  PERSONAL_SHARE_LOW("personal_share.low", Kind.RATE, "10%"),
  /** SPEC 3 item 8: below this share the item scores 0. */
  PERSONAL_SHARE_ZERO("personal_share.zero", Kind.RATE, "5%"),
  /** SPEC 3 Total: the total is scaled to this many points; "none" keeps the raw sum. */
  SCORE_SCALE_TO("score.scale_to", Kind.NUMBER_OR_NONE, "100"),
  /** SPEC 4: inspections required per attended day. */
  QA_PER_DAY("qa.per_day", Kind.NUMBER, "3"),
  /** SPEC 5: rewards for sales ranks 1, 2, 3. */
  REWARDS_SALES_TOP("rewards.sales_top", Kind.MONEY_LIST, "300,200,100"),
  /** SPEC 5: rewards for inquiry-conversion ranks 1, 2, … */
  REWARDS_CONVERSION_TOP("rewards.conversion_top", Kind.MONEY_LIST, "200"),
  /** SPEC 5: penalty for the lowest sales. */
  PENALTIES_SALES_BOTTOM("penalties.sales_bottom", Kind.MONEY, "50"),
  /** SPEC 5: penalty for the lowest inquiry conversion. */
  PENALTIES_CONVERSION_BOTTOM("penalties.conversion_bottom", Kind.MONEY, "50"),
  /** SPEC 5 tier classes: the share of agents in 尖子班 and in 提升班. */
  TIERS_SHARE("tiers.share", Kind.RATE, "20%"),
  /** SPEC 5 staffing: daily receptions above this suggest adding staff. */
  STAFFING_CONSIDER("staffing.consider", Kind.NUMBER, "150"),
  /** SPEC 5 staffing: daily receptions above this require adding staff. */
  STAFFING_MUST("staffing.must", Kind.NUMBER, "200"),
  /** SPEC 5.1: marginal (分段累进) or whole. */
  COMMISSION_MODE("commission.mode", Kind.CHOICE, "marginal"),
  /** SPEC 5.1: points per good review. */
  POINTS_PER_GOOD_REVIEW("points.per_good_review", Kind.NUMBER, "1"),
  /** SPEC 5.1: points for a presales agent who met the sales target. */
  POINTS_TARGET_MET("points.target_met", Kind.NUMBER, "10"),
  /** SPEC 5.2 Annual: the month (1–12) whose run adds the annual sheet. */
  ANNUAL_MONTH("annual.month", Kind.INTEGER, "12"),
  /** Issue 4 wage-law guardrail: deductions above this share of gross pay are flagged. */
  PAYROLL_MAX_DEDUCTION_SHARE("payroll.max_deduction_share", Kind.RATE, "20%"),
  /** Issue 4 wage-law guardrail: the local minimum wage; blank or "none" for no check. */
  PAYROLL_MINIMUM_WAGE("payroll.minimum_wage", Kind.MONEY_OR_NONE, "none");

  /** How a parameter's value is written and read. */
  public enum Kind {
    INTEGER,
    NUMBER,
    NUMBER_OR_NONE,
    RATE,
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

  /** The allowed words of a CHOICE parameter. */
  public java.util.List<String> choices() {
    return this == COMMISSION_MODE ? java.util.List.of("marginal", "whole") : java.util.List.of();
  }
}

package com.jixiao.money;

import com.jixiao.assess.Ratio;
import com.jixiao.i18n.Message;
import com.jixiao.rules.ExceedRule;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One extra reward for exceeding an item ({@link ExceedRule}): the agent's achievement that reached
 * the rule's threshold, the reward as the rule works it out, {@code round2(amount + share ×
 * performance pay)}, and what is paid: that, or the cap if it is lower.
 */
public record ExceedReward(
    ExceedRule rule,
    Ratio achievement,
    BigDecimal performancePay,
    BigDecimal uncapped,
    BigDecimal amount) {

  /** The reward of an achievement at or above the rule's threshold. */
  static ExceedReward of(ExceedRule rule, Ratio achievement, BigDecimal performancePay) {
    BigDecimal uncapped = Money.round(rule.amount().add(rule.share().multiply(performancePay)));
    BigDecimal paid = rule.cap().map(c -> uncapped.min(Money.round(c))).orElse(uncapped);
    return new ExceedReward(rule, achievement, performancePay, uncapped, paid);
  }

  public boolean capped() {
    return amount.compareTo(uncapped) < 0;
  }

  /**
   * Why, for the Payroll comment and the scorecard: "销售额完成率 125.0% ≥ 120%：200 + 10% × 1800.00 =
   * 380.00，封顶 300".
   */
  public Message why() {
    String calculation =
        rule.amount().signum() == 0
            ? shareOfPay()
            : rule.share().signum() == 0
                ? plain(rule.amount())
                : plain(rule.amount()) + " + " + shareOfPay();
    String reached = percent(achievement.decimal(8, RoundingMode.FLOOR));
    String threshold = plain(rule.threshold().movePointRight(2)) + "%";
    return capped()
        ? Message.of(
            "exceed.why.capped",
            rule.item(),
            reached,
            threshold,
            calculation,
            uncapped.toPlainString(),
            amount.toPlainString())
        : Message.of(
            "exceed.why", rule.item(), reached, threshold, calculation, amount.toPlainString());
  }

  /** The achievement that was reached, for the scorecard: "销售额完成率 125.0% ≥ 120%". */
  public Message reached() {
    return Message.of(
        "exceed.reached",
        rule.item(),
        percent(achievement.decimal(8, RoundingMode.FLOOR)),
        plain(rule.threshold().movePointRight(2)) + "%");
  }

  private String shareOfPay() {
    return plain(rule.share().movePointRight(2)) + "% × " + performancePay.toPlainString();
  }

  /**
   * A fraction as a percent, rounded down so that an achievement just below a threshold never shows
   * as the threshold: one decimal when that is exact ("125.0%"), else two ("119.99%").
   */
  static String percent(BigDecimal fraction) {
    BigDecimal p = fraction.movePointRight(2);
    int scale = Math.max(1, Math.min(2, p.stripTrailingZeros().scale()));
    return p.setScale(scale, RoundingMode.FLOOR).toPlainString() + "%";
  }

  private static String plain(BigDecimal n) {
    return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
  }
}

package com.jixiao.money;

import com.jixiao.assess.Alert;
import com.jixiao.assess.Severity;
import com.jixiao.i18n.Message;
import com.jixiao.rules.Param;
import com.jixiao.rules.Parameters;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The wage-law guardrail (beyond the sources; docs/rules.md#guardrail): Chinese wage rules are
 * commonly read as "a month's deductions may not exceed 20% of the wage" and "pay may not fall
 * below the local minimum wage". Both only raise an alert for HR; pay is never changed behind their
 * back.
 */
final class WageGuardrail {
  private WageGuardrail() {}

  static List<Alert> check(List<PayrollLine> lines, Parameters params) {
    BigDecimal maxShare = params.number(Param.PAYROLL_MAX_DEDUCTION_SHARE);
    Optional<BigDecimal> minimumWage = params.optional(Param.PAYROLL_MINIMUM_WAGE);
    List<Alert> alerts = new ArrayList<>();
    for (PayrollLine line : lines) {
      String subject = line.agent().id() + " " + line.agent().name();
      BigDecimal base = line.grossBeforePenalties();
      // exactly the share is allowed; only more than it is flagged
      if (line.penalties().signum() > 0
          && line.penalties().compareTo(base.multiply(maxShare)) > 0) {
        alerts.add(
            new Alert(
                Severity.WARNING,
                "deduction_over_share",
                subject,
                Message.of(
                    "alert.deduction_over_share",
                    line.penalties().toPlainString(),
                    base.toPlainString(),
                    percent(maxShare))));
      }
      if (minimumWage.isPresent() && line.grossPay().compareTo(minimumWage.get()) < 0) {
        alerts.add(
            new Alert(
                Severity.WARNING,
                "below_minimum_wage",
                subject,
                Message.of(
                    "alert.below_minimum_wage",
                    line.grossPay().toPlainString(),
                    Money.round(minimumWage.get()).toPlainString())));
      }
    }
    return alerts;
  }

  private static String percent(BigDecimal fraction) {
    return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
  }
}

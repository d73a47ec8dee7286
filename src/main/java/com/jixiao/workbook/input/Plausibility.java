package com.jixiao.workbook.input;

import com.jixiao.assess.Alert;
import com.jixiao.assess.Severity;
import com.jixiao.i18n.Message;
import java.math.BigDecimal;
import org.apache.poi.ss.util.CellReference;

/**
 * Money figures beyond any plausible shop: a cell holding 10^15 as a month's sales is a typo or a
 * figure pasted from another column, and would otherwise become a ¥40-trillion commission on a
 * payslip without a word. Such a figure raises a severe alert naming the cell and the agent; the
 * month is still assessed as written (a shop may truly be large), and HR sees the alert in the
 * Alerts sheet and on the team summary before anyone is paid.
 *
 * <p>The limits are an order of magnitude or more above the largest real figures, so a real shop
 * never sees the alert:
 */
final class Plausibility {
  /**
   * A month's sales (or target) of one agent: ¥100 million. A customer-service agent of the largest
   * Tmall or JD stores handles a few million yuan a month.
   */
  static final BigDecimal AGENT_MONTH = new BigDecimal("100000000");

  /** A month's level wage or performance wage: ¥1 million, far beyond any customer-service pay. */
  static final BigDecimal MONTHLY_WAGE = new BigDecimal("1000000");

  /**
   * A store's revenue in a month (and its target, its previous month): ¥10 billion, about what the
   * very largest single stores take in their best month (Double 11).
   */
  static final BigDecimal STORE_MONTH = new BigDecimal("10000000000");

  private Plausibility() {}

  /** Whether {@code value} is given and above {@code limit}. */
  static boolean exceeds(BigDecimal value, BigDecimal limit) {
    return value != null && value.compareTo(limit) > 0;
  }

  /**
   * Adds an alert when {@code value} is above {@code limit}: {@code label} in {@code sheet} at the
   * 0-based {@code row} and {@code column}, about {@code subject} (an agent, or the sheet).
   */
  static void check(
      ReadContext ctx,
      String sheet,
      int row,
      int column,
      String label,
      BigDecimal value,
      BigDecimal limit,
      String subject) {
    if (!exceeds(value, limit)) {
      return;
    }
    String cell = sheet + "!" + new CellReference(row, column).formatAsString(false);
    ctx.alerts()
        .add(
            new Alert(
                Severity.SEVERE,
                "implausible_money",
                subject,
                Message.of("alert.implausible_money", cell, label, value, limit)));
  }
}

package com.jixiao.render;

import com.jixiao.money.Money;
import com.jixiao.money.PointsPool;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Amounts as the PDFs show them, in the workbook's currency format as the Payroll sheet shows it:
 * "¥1,234.50", "−¥50.00", "USD 1,234.50".
 *
 * @param sign what amounts are written after ({@link Money#sign(String)})
 */
record MoneyText(String sign) {

  static MoneyText of(String currency) {
    return new MoneyText(Money.sign(currency));
  }

  /** An amount in cents, thousands separated. */
  String amount(BigDecimal amount) {
    return format(amount, 2);
  }

  /** An amount that is deducted (a penalty): "−¥50.00", or "¥0.00" when there is none. */
  String deduction(BigDecimal amount) {
    return amount(amount.negate());
  }

  /** The value of one point, with the four decimals of the Summary sheet. */
  String pointValue(BigDecimal value) {
    return format(value, PointsPool.POINT_VALUE_SCALE);
  }

  private String format(BigDecimal amount, int decimals) {
    BigDecimal rounded = amount.setScale(decimals, RoundingMode.HALF_UP);
    String minus = rounded.signum() < 0 ? "−" : "";
    return minus + sign + String.format(Locale.ROOT, "%,." + decimals + "f", rounded.abs());
  }
}

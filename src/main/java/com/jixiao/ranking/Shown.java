package com.jixiao.ranking;

import com.jixiao.assess.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;

/** Numbers as alert sentences show them, preformatted so the text does not depend on the locale. */
final class Shown {
  private Shown() {}

  /** An amount without trailing zeros: "300", "50.5". */
  static String text(BigDecimal amount) {
    return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
  }

  /** A ratio as a percent with one decimal, rounded down so 99.96% never shows as 100.0%. */
  static String percent(Ratio r) {
    return r.decimal(6, RoundingMode.FLOOR)
            .multiply(BigDecimal.valueOf(100))
            .setScale(1, RoundingMode.FLOOR)
            .toPlainString()
        + "%";
  }

  /** A ratio with one decimal, half up ("152.3"); whole numbers without decimals ("150"). */
  static String number(Ratio r) {
    BigDecimal d = r.decimal(1, RoundingMode.HALF_UP);
    return d.stripTrailingZeros().scale() <= 0 ? d.setScale(0).toPlainString() : d.toPlainString();
  }
}

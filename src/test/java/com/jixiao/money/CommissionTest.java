package com.jixiao.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.model.CommissionTier;
import com.jixiao.money.Commission.Mode;
import com.jixiao.rules.RuleSet;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommissionTest {
  private static BigDecimal on(Mode mode, String sales) {
    return new Commission(RuleSet.defaultCommission(), mode).on(new BigDecimal(sales));
  }

  @ParameterizedTest(name = "marginal: sales {0} earn {1}")
  @CsvSource({
    "0, 0.00",
    "49999.99, 500.00", // 499.9999 rounded half up
    "50000, 500.00", // the first tier in full, nothing yet at 2%
    "50000.01, 500.00", // + 0.01 × 2% = 0.0002
    "50050, 501.00",
    "99999.99, 1500.00", // 500 + 999.9998
    "100000, 1500.00",
    "100000.50, 1500.02", // 1500 + 0.015, half up
    "149999.99, 3000.00", // 500 + 1000 + 1499.9997
    "150000, 3000.00",
    "150000.01, 3000.00",
    "200000, 5000.00", // 3000 + 50000 × 4%
  })
  void marginalCommissionPaysEachTiersRateOnThePartOfSalesInsideIt(String sales, String expected) {
    assertThat(on(Mode.MARGINAL, sales)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "whole: sales {0} earn {1}")
  @CsvSource({
    "0, 0.00",
    "49999.99, 500.00",
    "50000, 1000.00", // exactly 50,000 reaches the 2% tier
    "99999.99, 2000.00", // 1999.9998
    "100000, 3000.00",
    "149999.99, 4500.00", // 4499.9997
    "150000, 6000.00",
    "200000, 8000.00",
  })
  void wholeCommissionPaysTheHighestTierReachedOnAllSales(String sales, String expected) {
    assertThat(on(Mode.WHOLE, sales)).isEqualTo(expected);
  }

  @Test
  void customTiersReplaceTheDefaultsAndSalesBelowTheFirstTierEarnNothing() {
    List<CommissionTier> tiers =
        List.of(
            new CommissionTier(new BigDecimal("10000"), new BigDecimal("0.05")),
            new CommissionTier(new BigDecimal("20000"), new BigDecimal("0.10")));
    Commission marginal = new Commission(tiers, Mode.MARGINAL);
    Commission whole = new Commission(tiers, Mode.WHOLE);
    assertThat(marginal.on(new BigDecimal("9999.99"))).isEqualTo("0.00");
    assertThat(whole.on(new BigDecimal("9999.99"))).isEqualTo("0.00");
    assertThat(marginal.on(new BigDecimal("25000"))).isEqualTo("1000.00"); // 500 + 500
    assertThat(whole.on(new BigDecimal("25000"))).isEqualTo("2500.00");
  }

  @Test
  void thePartsExplainTheMarginalCommission() {
    Commission c = new Commission(RuleSet.defaultCommission(), Mode.MARGINAL);
    assertThat(c.parts(new BigDecimal("120000")))
        .extracting(Commission.Part::base)
        .containsExactly(new BigDecimal("50000"), new BigDecimal("50000"), new BigDecimal("20000"));
  }

  @Test
  void theModeIsReadFromTheParameterWord() {
    assertThat(Mode.of("whole")).isEqualTo(Mode.WHOLE);
    assertThat(Mode.of("marginal")).isEqualTo(Mode.MARGINAL);
  }
}

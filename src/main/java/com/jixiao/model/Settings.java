package com.jixiao.model;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Optional;

/** Settings / 设置 (docs/workbook.md#sheet-settings). Optional amounts are empty when not given. */
public record Settings(
    String store,
    YearMonth period,
    Language language,
    String currency,
    Optional<BigDecimal> storeRevenue,
    Optional<BigDecimal> storeRevenueTarget,
    Optional<BigDecimal> storeRevenuePrevious,
    BigDecimal pointsPoolRate,
    Optional<BigDecimal> storeOrders) {

  public static final BigDecimal DEFAULT_POINTS_POOL_RATE = new BigDecimal("0.005");
}

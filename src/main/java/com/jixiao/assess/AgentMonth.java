package com.jixiao.assess;

import com.jixiao.model.MonthlyStats;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the item rules need to know about one agent's month: the period's stats, the previous
 * month's stats if any (sales_growth), the quality inspections (service_attitude) and the store's
 * orders (personal_share: Settings store_orders, else the sum of all agents' orders).
 */
public record AgentMonth(
    MonthlyStats stats,
    Optional<MonthlyStats> previous,
    QualitySummary quality,
    BigDecimal storeOrders) {}

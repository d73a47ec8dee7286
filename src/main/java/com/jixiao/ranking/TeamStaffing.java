package com.jixiao.ranking;

import com.jixiao.assess.Ratio;
import java.math.BigDecimal;

/**
 * A team's staffing in the period (docs/rules.md#staffing, source 0): agents assessed, the sum of
 * their daily receptions, and the suggested headcount ⌈Σ daily receptions / staffing.consider⌉.
 */
public record TeamStaffing(String team, int agents, Ratio dailyReceptions, BigDecimal suggested) {}

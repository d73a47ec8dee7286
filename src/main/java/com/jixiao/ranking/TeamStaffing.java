package com.jixiao.ranking;

import com.jixiao.assess.Ratio;
import java.math.BigDecimal;

/**
 * A team's staffing in the period (SPEC 5, seed 000): agents assessed, the sum of their daily
 * receptions, and the suggested headcount ⌈Σ daily receptions / staffing.consider⌉.
 */
public record TeamStaffing(String team, int agents, Ratio dailyReceptions, BigDecimal suggested) {}

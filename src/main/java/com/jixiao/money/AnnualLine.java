package com.jixiao.money;

import com.jixiao.model.Agent;
import com.jixiao.model.Band;
import java.math.BigDecimal;

/**
 * One agent's annual review (source 4's 考核结果的运用): the mean of the year's monthly totals, its band
 * (coefficient, level change, action) and the suggested new salary level. {@code clamped} is true
 * when the band's change would have gone past the lowest or highest level that exists.
 */
public record AnnualLine(
    Agent agent,
    int months,
    BigDecimal annualScore,
    Band band,
    int salaryLevel,
    int newLevel,
    boolean clamped) {}

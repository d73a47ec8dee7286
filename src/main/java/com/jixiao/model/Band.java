package com.jixiao.model;

import java.math.BigDecimal;

/** A score band of source 4's 考核结果的运用 (docs/rules.md#bands): a total at or above minScore. */
public record Band(BigDecimal minScore, BigDecimal coefficient, int levelChange, String action) {}

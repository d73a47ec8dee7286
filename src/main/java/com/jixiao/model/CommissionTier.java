package com.jixiao.model;

import java.math.BigDecimal;

/** A row of Commission / 提成阶梯: from this sales amount on, this rate. */
public record CommissionTier(BigDecimal from, BigDecimal rate) {}

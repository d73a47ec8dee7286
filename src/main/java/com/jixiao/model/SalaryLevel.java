package com.jixiao.model;

import java.math.BigDecimal;

/** A row of SalaryLevels / 薪资级别. */
public record SalaryLevel(int level, BigDecimal levelWage, BigDecimal performanceWage) {}

package com.jixiao.model;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A row of Points / 积分记录; points may be negative. */
public record PointsEntry(LocalDate date, String agentId, BigDecimal points, String reason) {}

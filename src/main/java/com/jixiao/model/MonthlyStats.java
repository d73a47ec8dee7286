package com.jixiao.model;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * One agent's numbers for one month (a row of Monthly / 月度数据). Counts, days and money are never
 * absent (blank reads as 0); levels, rates and shown-only values may be absent ("not rated").
 */
public record MonthlyStats(String agentId, YearMonth month, Map<Metric, BigDecimal> values) {
  public MonthlyStats {
    EnumMap<Metric, BigDecimal> copy = new EnumMap<>(Metric.class);
    copy.putAll(values);
    values = Collections.unmodifiableMap(copy);
  }

  /** The value, or 0 when absent. */
  public BigDecimal get(Metric metric) {
    return values.getOrDefault(metric, BigDecimal.ZERO);
  }

  public Optional<BigDecimal> find(Metric metric) {
    return Optional.ofNullable(values.get(metric));
  }

  /** A level 1–3 or 1–4, if rated. */
  public Optional<Integer> level(Metric metric) {
    return find(metric).map(BigDecimal::intValueExact);
  }
}

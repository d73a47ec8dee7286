package com.jixiao.money;

import com.jixiao.model.Settings;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The month's points pool (source 1's 奖金池, docs/rules.md#points-pool): {@code round2(store_revenue
 * × points_pool_rate)}, or 0 when the store both missed its target and did worse than the previous
 * month (不仅没达标还倒退: "the staff get nothing either"). The pool is split over the counted points in
 * cents by the largest-remainder method, so the payouts add up to the pool exactly.
 */
public record PointsPool(
    BigDecimal pool,
    Status status,
    BigDecimal totalPoints,
    Optional<BigDecimal> pointValue,
    Map<String, BigDecimal> payouts) {

  /** Why the pool is what it is. */
  public enum Status {
    /** round2(store_revenue × rate). */
    FROM_REVENUE,
    /** 0: revenue below the target and below the previous month's. */
    MISSED_AND_DECLINED,
    /** 0: no store_revenue in Settings. */
    NO_REVENUE
  }

  /** Point value shown with this many decimals (a point may be worth less than a cent). */
  public static final int POINT_VALUE_SCALE = 4;

  public PointsPool {
    payouts = Map.copyOf(payouts);
  }

  public static PointsPool of(Settings settings, List<AgentPoints> points) {
    Status status = status(settings);
    BigDecimal pool =
        status == Status.FROM_REVENUE
            ? Money.round(settings.storeRevenue().orElseThrow().multiply(settings.pointsPoolRate()))
            : Money.ZERO;
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    points.forEach(p -> weights.put(p.agentId(), p.counted()));
    BigDecimal total = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    Optional<BigDecimal> value =
        total.signum() == 0
            ? Optional.empty()
            : Optional.of(pool.divide(total, POINT_VALUE_SCALE, RoundingMode.HALF_UP));
    return new PointsPool(pool, status, total, value, LargestRemainder.split(pool, weights));
  }

  /**
   * Missing target or previous revenue makes that test false (docs/rules.md#points-pool), so only a
   * store that is below both loses the pool; below only one of them keeps it.
   */
  static Status status(Settings settings) {
    if (settings.storeRevenue().isEmpty()) {
      return Status.NO_REVENUE;
    }
    BigDecimal revenue = settings.storeRevenue().get();
    boolean missed = settings.storeRevenueTarget().map(t -> revenue.compareTo(t) < 0).orElse(false);
    boolean declined =
        settings.storeRevenuePrevious().map(p -> revenue.compareTo(p) < 0).orElse(false);
    return missed && declined ? Status.MISSED_AND_DECLINED : Status.FROM_REVENUE;
  }

  public BigDecimal payout(String agentId) {
    return payouts.getOrDefault(agentId, Money.ZERO);
  }

  /** The sum of the payouts: the pool, or 0 when nobody has points. */
  public BigDecimal paidOut() {
    return Money.sum(payouts.values());
  }
}

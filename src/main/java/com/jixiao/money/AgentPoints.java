package com.jixiao.money;

import com.jixiao.assess.AgentScore;
import com.jixiao.model.Metric;
import com.jixiao.model.MonthlyStats;
import com.jixiao.model.PointsEntry;
import com.jixiao.model.Role;
import com.jixiao.rules.Param;
import com.jixiao.rules.Parameters;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * An agent's points of the month (source 1's 积分制, docs/rules.md#points): the period's Points rows,
 * the good reviews' points and the target-met points; {@link #counted()} is their sum, or 0 if that
 * is negative (a negative balance is not carried over, and takes nothing from the others).
 */
public record AgentPoints(
    String agentId, BigDecimal fromRows, BigDecimal fromReviews, BigDecimal fromTarget) {

  public BigDecimal sum() {
    return fromRows.add(fromReviews).add(fromTarget);
  }

  public BigDecimal counted() {
    return sum().max(BigDecimal.ZERO);
  }

  /**
   * The points of each assessed agent: Points rows dated in the period, {@code
   * points.per_good_review} per good review, and {@code points.target_met} for a presales agent
   * whose sales reached a sales target above 0 (a target of 0 is "no target", not a target met).
   */
  public static List<AgentPoints> of(
      YearMonth period, List<AgentScore> scores, List<PointsEntry> rows, Parameters params) {
    return scores.stream().map(s -> of(period, s, rows, params)).toList();
  }

  private static AgentPoints of(
      YearMonth period, AgentScore score, List<PointsEntry> rows, Parameters params) {
    String id = score.agent().id();
    BigDecimal fromRows =
        rows.stream()
            .filter(e -> e.agentId().equals(id) && YearMonth.from(e.date()).equals(period))
            .map(PointsEntry::points)
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    MonthlyStats stats = score.stats();
    BigDecimal reviews =
        stats.get(Metric.GOOD_REVIEWS).multiply(params.number(Param.POINTS_PER_GOOD_REVIEW));
    BigDecimal target = stats.get(Metric.SALES_TARGET);
    boolean met =
        score.agent().role() == Role.PRESALES
            && target.signum() > 0
            && stats.get(Metric.SALES).compareTo(target) >= 0;
    BigDecimal fromTarget = met ? params.number(Param.POINTS_TARGET_MET) : BigDecimal.ZERO;
    return new AgentPoints(id, fromRows, reviews, fromTarget);
  }
}

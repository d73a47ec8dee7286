package com.jixiao.ranking;

import com.jixiao.assess.AgentScore;
import com.jixiao.assess.CompetitionRanks;
import com.jixiao.assess.MonthResult;
import com.jixiao.assess.Ratio;
import com.jixiao.model.Metric;
import com.jixiao.model.Role;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One month's two rankings (docs/rules.md#rankings, source 0): sales, and inquiry conversion
 * (deals/inquiries), both among presales agents only (leads and aftersales agents are not ranked:
 * **reading** of "Sales rankings cover presales agents only", applied to both rankings). Agents
 * with inquiries = 0 are not ranked on conversion. Competition ranks, 1 = best.
 *
 * <p>The bottom of a ranking is the agents with its worst rank, but only in a group of at least 2
 * and never an agent who is also rank 1 (all tied: nobody is at the bottom). The same bottom is
 * used for the monthly penalty and for the three-months-at-the-bottom streak.
 */
record MonthRanking(
    YearMonth month,
    Map<String, Integer> salesRank,
    Map<String, Integer> conversionRank,
    Map<String, Ratio> conversion,
    Set<String> salesBottom,
    Set<String> conversionBottom) {

  /** The bottoms are worked out once: every agent asks whether they are at one. */
  MonthRanking(
      YearMonth month,
      Map<String, Integer> salesRank,
      Map<String, Integer> conversionRank,
      Map<String, Ratio> conversion) {
    this(month, salesRank, conversionRank, conversion, bottom(salesRank), bottom(conversionRank));
  }

  static MonthRanking of(MonthResult result) {
    List<AgentScore> presales =
        result.scores().stream().filter(s -> s.agent().role() == Role.PRESALES).toList();
    List<BigDecimal> sales = presales.stream().map(s -> s.stats().get(Metric.SALES)).toList();
    Map<String, Integer> salesRank = ranks(presales, sales, Comparator.reverseOrder());

    List<AgentScore> converting =
        presales.stream().filter(s -> s.stats().get(Metric.INQUIRIES).signum() > 0).toList();
    List<Ratio> ratios = converting.stream().map(MonthRanking::conversionOf).toList();
    Map<String, Integer> conversionRank = ranks(converting, ratios, Comparator.reverseOrder());
    Map<String, Ratio> conversion = new LinkedHashMap<>();
    for (int i = 0; i < converting.size(); i++) {
      conversion.put(converting.get(i).agent().id(), ratios.get(i));
    }
    return new MonthRanking(result.period(), salesRank, conversionRank, conversion);
  }

  /** Inquiry conversion: deals / inquiries (docs/rules.md#rankings). */
  static Ratio conversionOf(AgentScore s) {
    return new Ratio(s.stats().get(Metric.DEALS), s.stats().get(Metric.INQUIRIES));
  }

  private static <T> Map<String, Integer> ranks(
      List<AgentScore> agents, List<T> values, Comparator<? super T> betterFirst) {
    List<Integer> ranks = CompetitionRanks.of(values, betterFirst);
    Map<String, Integer> byAgent = new LinkedHashMap<>();
    for (int i = 0; i < agents.size(); i++) {
      byAgent.put(agents.get(i).agent().id(), ranks.get(i));
    }
    return byAgent;
  }

  /** The agents with the worst rank, in a group of ≥ 2, never rank 1. */
  private static Set<String> bottom(Map<String, Integer> ranks) {
    Set<String> bottom = new LinkedHashSet<>();
    if (ranks.size() < 2) {
      return bottom;
    }
    int worst = ranks.values().stream().max(Integer::compare).orElse(1);
    if (worst == 1) {
      return bottom;
    }
    ranks.forEach(
        (id, rank) -> {
          if (rank == worst) {
            bottom.add(id);
          }
        });
    return bottom;
  }

  /** At the bottom of either ranking this month. */
  boolean atBottom(String agentId) {
    return salesBottom().contains(agentId) || conversionBottom().contains(agentId);
  }
}

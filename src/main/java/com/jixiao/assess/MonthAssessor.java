package com.jixiao.assess;

import com.jixiao.i18n.Message;
import com.jixiao.model.Agent;
import com.jixiao.model.Metric;
import com.jixiao.model.MonthlyStats;
import com.jixiao.model.Role;
import com.jixiao.rules.Item;
import com.jixiao.rules.WeightTable;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Assesses the period of one workbook (docs/rules.md#conventions and #total): every agent with a
 * Monthly row in the period, in the Agents sheet's order, scored, then ranked on the total
 * (competition ranking 1, 2, 2, 4).
 */
public final class MonthAssessor {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private MonthAssessor() {}

  public static MonthResult assess(MonthInput input) {
    return assess(input, input.settings().period());
  }

  /**
   * Assesses any month of the workbook the way the period is assessed: the agents with a Monthly
   * row in that month, with that month's previous month and quality records. Settings store_orders
   * is the period's figure, so an earlier month's store orders are always the sum of that month's
   * orders. Earlier months are history (quarter-to-date tiers, streaks, the annual score); their
   * alerts are about that month only.
   */
  public static MonthResult assess(MonthInput input, YearMonth period) {
    return assess(input, period, true);
  }

  /**
   * As {@link #assess(MonthInput, YearMonth)}; {@code explain} false leaves out the items'
   * explanations ({@link MonthResult#NOT_KEPT}), which no output shows for a month of the history:
   * making the sentences was a tenth of assessing it.
   */
  static MonthResult assess(MonthInput input, YearMonth period, boolean explain) {
    Map<String, MonthlyStats> current = rowsOf(input.monthly(), period);
    Map<String, MonthlyStats> previous = rowsOf(input.monthly(), period.minusMonths(1));
    Map<String, QualitySummary> quality = QualityCounter.count(input.quality(), period);
    BigDecimal storeOrders =
        period.equals(input.settings().period())
            ? input.settings().storeOrders().orElseGet(() -> sumOrders(current))
            : sumOrders(current);
    MonthlyScorer scorer = new MonthlyScorer(input.rules(), explain);

    List<AgentScore> scores = new ArrayList<>();
    List<Alert> alerts = new ArrayList<>();
    for (Agent agent : input.agents()) {
      MonthlyStats stats = current.get(agent.id());
      if (stats == null) {
        continue;
      }
      AgentMonth month =
          new AgentMonth(
              stats,
              Optional.ofNullable(previous.get(agent.id())),
              quality.getOrDefault(agent.id(), QualitySummary.NONE),
              storeOrders);
      scores.add(scorer.score(agent, month));
      noPreviousMonth(input, agent, month, period).ifPresent(alerts::add);
    }
    alerts.addAll(weightAlerts(input.rules().weights(), scores));
    return new MonthResult(period, ranked(scores), alerts);
  }

  /** Competition ranks (1, 2, 2, 4) of totals, best first, in the given order. */
  static List<Integer> competitionRanks(List<BigDecimal> totals) {
    return CompetitionRanks.of(totals, Comparator.reverseOrder());
  }

  private static List<AgentScore> ranked(List<AgentScore> scores) {
    List<Integer> ranks = competitionRanks(scores.stream().map(AgentScore::total).toList());
    List<AgentScore> result = new ArrayList<>();
    for (int i = 0; i < scores.size(); i++) {
      result.add(scores.get(i).withRank(ranks.get(i)));
    }
    return result;
  }

  private static Map<String, MonthlyStats> rowsOf(List<MonthlyStats> rows, YearMonth month) {
    Map<String, MonthlyStats> byAgent = new HashMap<>();
    for (MonthlyStats s : rows) {
      if (s.month().equals(month)) {
        byAgent.put(s.agentId(), s);
      }
    }
    return byAgent;
  }

  /**
   * The store_orders default (docs/rules.md#item-personal-share): the sum of all agents' orders in
   * the period.
   */
  private static BigDecimal sumOrders(Map<String, MonthlyStats> rows) {
    return rows.values().stream()
        .map(s -> s.get(Metric.ORDERS))
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  /** docs/rules.md#item-sales-growth: no previous month (or previous sales 0) scores 8, "noted". */
  private static Optional<Alert> noPreviousMonth(
      MonthInput input, Agent agent, AgentMonth month, YearMonth period) {
    boolean growthAssessed =
        input.rules().weights().weight(agent.role(), Item.SALES_GROWTH).isPresent();
    if (!growthAssessed || !ItemRules.lacksPreviousSales(month)) {
      return Optional.empty();
    }
    return Optional.of(
        new Alert(
            Severity.INFO,
            "no_previous_month",
            agent.id() + " " + agent.name(),
            Message.of("alert.no_previous_month", period.minusMonths(1).toString())));
  }

  /**
   * A role whose weights were changed (Rules sheet) and no longer add up to 100. The default 105
   * (55 for aftersales) is scaled to 100 by design and not warned about.
   */
  private static List<Alert> weightAlerts(WeightTable weights, List<AgentScore> scores) {
    WeightTable defaults = WeightTable.defaults();
    Set<Role> roles = new LinkedHashSet<>();
    scores.stream()
        .map(s -> s.agent().role())
        .sorted(Comparator.naturalOrder())
        .forEach(roles::add);
    List<Alert> alerts = new ArrayList<>();
    for (Role role : roles) {
      BigDecimal total = weights.total(role);
      if (!sameWeights(weights.forRole(role), defaults.forRole(role))
          && total.compareTo(HUNDRED) != 0) {
        alerts.add(
            new Alert(
                Severity.WARNING,
                "weights_not_100",
                role.key(),
                Message.of(
                    "alert.weights_not_100",
                    Message.of("alert.role." + role.key()),
                    Figures.number(total))));
      }
    }
    return alerts;
  }

  /** Same items with numerically equal weights (a workbook's 5.0 equals the default 5). */
  private static boolean sameWeights(Map<Item, BigDecimal> a, Map<Item, BigDecimal> b) {
    if (!a.keySet().equals(b.keySet())) {
      return false;
    }
    return a.entrySet().stream().allMatch(e -> e.getValue().compareTo(b.get(e.getKey())) == 0);
  }
}

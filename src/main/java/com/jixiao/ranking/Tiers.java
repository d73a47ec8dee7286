package com.jixiao.ranking;

import com.jixiao.assess.AgentScore;
import com.jixiao.assess.CompetitionRanks;
import com.jixiao.assess.History;
import com.jixiao.assess.Ratio;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Tier classes at a month (docs/rules.md#tiers, source 1's 分班机制): every agent assessed in the
 * month, ranked on the quarter-to-date score (the mean of their monthly totals in the month's
 * quarter up to the month). k = max(1, round-half-up(n × tiers.share)); no classes when n &lt; 3.
 * An agent ranked k or better is 尖子班; an agent whose whole tie group lies in the last k places is
 * 提升班; a tie group that straddles either boundary goes to the better class. Provisional unless the
 * month ends a quarter.
 *
 * @param means each agent's quarter-to-date mean, in the month's agent order
 * @param months how many monthly totals each mean is made of
 */
public record Tiers(
    YearMonth month,
    int n,
    int k,
    Map<String, Ratio> means,
    Map<String, Integer> months,
    Map<String, TierClass> classes) {

  public Tiers {
    means = Collections.unmodifiableMap(new LinkedHashMap<>(means));
    months = Map.copyOf(months);
    classes = Map.copyOf(classes);
  }

  /** No tier classes below this many agents (docs/rules.md#tiers). */
  static final int MIN_AGENTS = 3;

  static Tiers at(YearMonth month, History history, BigDecimal share) {
    List<AgentScore> assessed = history.month(month).map(r -> r.scores()).orElse(List.of());
    Map<String, Ratio> means = new LinkedHashMap<>();
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (AgentScore s : assessed) {
      String id = s.agent().id();
      BigDecimal sum = BigDecimal.ZERO;
      int count = 0;
      for (YearMonth m = quarterStart(month); !m.isAfter(month); m = m.plusMonths(1)) {
        var score = history.score(id, m);
        if (score.isPresent()) {
          sum = sum.add(score.get().total());
          count++;
        }
      }
      means.put(id, new Ratio(sum, BigDecimal.valueOf(count)));
      counts.put(id, count);
    }
    return classify(month, means, counts, share);
  }

  /**
   * The classes of the given means (agent order kept), by the boundary rules of
   * docs/rules.md#tiers.
   */
  static Tiers classify(
      YearMonth month, Map<String, Ratio> means, Map<String, Integer> months, BigDecimal share) {
    int n = means.size();
    if (n < MIN_AGENTS) {
      return new Tiers(month, n, 0, means, months, Map.of());
    }
    int k =
        Math.max(
            1,
            BigDecimal.valueOf(n)
                .multiply(share)
                .setScale(0, RoundingMode.HALF_UP)
                .intValueExact());
    List<String> ids = new ArrayList<>(means.keySet());
    List<Integer> ranks =
        CompetitionRanks.of(ids.stream().map(means::get).toList(), Comparator.reverseOrder());
    Map<String, TierClass> classes = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      int rank = ranks.get(i);
      TierClass c;
      if (rank <= k) {
        c = TierClass.ELITE; // the tie group starts in the top k
      } else if (rank > n - k) {
        c = TierClass.IMPROVEMENT; // the whole tie group is in the last k places
      } else {
        c = TierClass.STANDARD;
      }
      classes.put(ids.get(i), c);
    }
    return new Tiers(month, n, k, means, months, classes);
  }

  /** Whether the classes are final: the month ends a quarter (March, June, September, December). */
  public boolean provisional() {
    return month.getMonthValue() % 3 != 0;
  }

  public Optional<TierClass> classOf(String agentId) {
    return Optional.ofNullable(classes.get(agentId));
  }

  /** The first month of the month's quarter. */
  static YearMonth quarterStart(YearMonth month) {
    return YearMonth.of(month.getYear(), (month.getMonthValue() - 1) / 3 * 3 + 1);
  }

  /** The last month of the previous quarter. */
  static YearMonth previousQuarterEnd(YearMonth month) {
    return quarterStart(month).minusMonths(1);
  }
}

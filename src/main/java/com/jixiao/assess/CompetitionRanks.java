package com.jixiao.assess;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Competition ranking (SPEC 5: 1, 2, 2, 4): an agent's rank is one more than the number of agents
 * strictly better. Equal values share a rank; the next rank skips as many places as were shared.
 */
public final class CompetitionRanks {
  private CompetitionRanks() {}

  /**
   * The rank of each value, in the given order; {@code betterFirst} sorts the best value first (a
   * negative comparison means "better").
   */
  public static <T> List<Integer> of(List<T> values, Comparator<? super T> betterFirst) {
    List<Integer> ranks = new ArrayList<>();
    for (T v : values) {
      int better = (int) values.stream().filter(o -> betterFirst.compare(o, v) < 0).count();
      ranks.add(better + 1);
    }
    return ranks;
  }
}

package com.jixiao.assess;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Competition ranking (1, 2, 2, 4; docs/rules.md#rankings): an agent's rank is one more than the
 * number of agents strictly better. Equal values share a rank; the next rank skips as many places
 * as were shared.
 */
public final class CompetitionRanks {
  private CompetitionRanks() {}

  /**
   * The rank of each value, in the given order; {@code betterFirst} sorts the best value first (a
   * negative comparison means "better").
   */
  public static <T> List<Integer> of(List<T> values, Comparator<? super T> betterFirst) {
    // sorted best first, each value's rank is one more than the place of the first value equal
    // to it: the number strictly better. O(n log n), as a month of 10,000 agents needs.
    Integer[] order = new Integer[values.size()];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> betterFirst.compare(values.get(a), values.get(b)));
    Integer[] ranks = new Integer[values.size()];
    int firstOfTie = 0;
    for (int place = 0; place < order.length; place++) {
      if (place > 0
          && betterFirst.compare(values.get(order[place - 1]), values.get(order[place])) != 0) {
        firstOfTie = place;
      }
      ranks[order[place]] = firstOfTie + 1;
    }
    return new ArrayList<>(Arrays.asList(ranks));
  }
}

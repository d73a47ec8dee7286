package com.jixiao.render;

import java.util.BitSet;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The characters of a run's pages, gathered from several threads at once: each thread adds to a set
 * of its own, and {@link #all()} joins them once every page is done (after the tasks' futures were
 * awaited, which makes the threads' writes visible).
 */
final class PageCharacters {
  private final List<BitSet> sets = new CopyOnWriteArrayList<>();
  private final ThreadLocal<BitSet> mine =
      ThreadLocal.withInitial(
          () -> {
            BitSet set = new BitSet();
            sets.add(set);
            return set;
          });

  /** Adds the characters of {@code page}; returns the page. */
  String add(String page) {
    BitSet set = mine.get();
    page.codePoints().forEach(set::set);
    return page;
  }

  /** Every character added so far. */
  BitSet all() {
    BitSet all = new BitSet();
    sets.forEach(all::or);
    return all;
  }
}

package com.jixiao.money;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The salary levels that exist, lowest first. "升2级" moves two rungs up this ladder, so a gap in the
 * numbering (1, 2, 4) is skipped; a move past either end stops at that end (docs/rules.md#annual:
 * the new level is clamped to the levels that exist).
 */
final class SalaryLadder {
  private final List<Integer> levels;

  SalaryLadder(Collection<Integer> levels) {
    this.levels = new ArrayList<>(levels);
    this.levels.sort(null);
  }

  /** The level {@code change} rungs away, clamped to the ladder. */
  int clamp(int level, int change) {
    int index = indexOf(level) + change;
    return levels.get(Math.max(0, Math.min(levels.size() - 1, index)));
  }

  /** Whether the change stays on the ladder (else {@link #clamp} stopped at an end). */
  boolean reaches(int level, int change) {
    int index = indexOf(level) + change;
    return index >= 0 && index < levels.size();
  }

  private int indexOf(int level) {
    int i = levels.indexOf(level);
    if (i < 0) {
      // the reader rejects an agent whose level is not in SalaryLevels
      throw new IllegalStateException("salary level " + level + " is not in " + levels);
    }
    return i;
  }
}

package com.jixiao.report.whatif;

import com.jixiao.model.Band;
import com.jixiao.report.TeamComparison;
import com.jixiao.report.TeamFigures;
import com.jixiao.rules.ParamText;
import java.util.List;

/**
 * A band as the what-if names it, in symbols that read the same in both languages: "≥90 ×0.9"; the
 * lowest band, which takes every total below the band above it, "<50 ×0.4".
 */
public final class BandText {
  private BandText() {}

  /** The band at {@code place} (0 = best) of {@code bands}. */
  public static String of(List<Band> bands, int place) {
    Band b = bands.get(place);
    String coefficient = "×" + ParamText.plain(b.coefficient());
    if (place < bands.size() - 1) {
      return "≥" + ParamText.plain(b.minScore()) + " " + coefficient;
    }
    return place > 0
        ? "<" + ParamText.plain(bands.get(place - 1).minScore()) + " " + coefficient
        : coefficient;
  }

  /** The band at a place in two reports: "≥90 ×0.9", or "≥90 ×0.9 → ≥92 ×0.9" when it changed. */
  public static String atPlace(TeamComparison team, int place) {
    String before = of(team.before(), place);
    String after = of(team.after(), place);
    if (before.equals(after) || after.isEmpty()) {
      return before;
    }
    return before.isEmpty() ? after : before + " → " + after;
  }

  private static String of(TeamFigures figures, int place) {
    List<Band> bands = figures.bands().stream().map(TeamFigures.BandCount::band).toList();
    return place < bands.size() ? of(bands, place) : "";
  }
}

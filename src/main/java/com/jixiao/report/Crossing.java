package com.jixiao.report;

/**
 * An agent crossing a line a manager must not miss, from one report to the other: into or out of a
 * band whose action suggests dismissal, the improvement class (提升班), the elimination-risk alert
 * (末位淘汰) or the three-months-at-the-bottom alert (降级或辞退).
 */
public record Crossing(Line line, Direction direction) {

  /** The lines, each a consequence the rules attach to a month (docs: rankings and bands). */
  public enum Line {
    /** The total's band suggests dismissal (the default band below 50: 建议辞退). */
    DISMISSAL_BAND("dismissal_band"),
    /** 提升班: the bottom tier class. */
    IMPROVEMENT_TIER("improvement_tier"),
    /** 末位淘汰风险: improvement class at the end of this quarter and the previous one. */
    ELIMINATION_RISK("elimination_risk"),
    /** 连续三月垫底: lowest sales or conversion three months running. */
    BOTTOM_THREE_MONTHS("bottom_three_months");

    private final String key;

    Line(String key) {
      this.key = key;
    }

    /** Message key suffix of the line's name. */
    public String key() {
      return key;
    }
  }

  /** Over the line in the second report and not in the first, or the reverse. */
  public enum Direction {
    INTO,
    OUT_OF
  }
}

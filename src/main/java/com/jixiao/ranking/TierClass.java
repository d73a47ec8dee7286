package com.jixiao.ranking;

/** The three classes of source 1's 分班机制, best first. */
public enum TierClass {
  /** 尖子班: the top share. */
  ELITE("elite"),
  /** 普通班: the rest. */
  STANDARD("standard"),
  /** 提升班: the bottom share, to be retrained. */
  IMPROVEMENT("improvement");

  private final String key;

  TierClass(String key) {
    this.key = key;
  }

  /** Message key of the class's name. */
  public String labelKey() {
    return "tier." + key;
  }
}

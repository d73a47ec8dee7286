package com.jixiao.rules;

import com.jixiao.model.Language;

/** The three groups of source 4's items: 工作绩效, 工作能力, 工作态度. */
public enum Group {
  PERFORMANCE("performance", "工作绩效", "Performance"),
  ABILITY("ability", "工作能力", "Ability"),
  ATTITUDE("attitude", "工作态度", "Attitude");

  private final String key;
  private final String zh;
  private final String en;

  Group(String key, String zh, String en) {
    this.key = key;
    this.zh = zh;
    this.en = en;
  }

  public String key() {
    return key;
  }

  public String label(Language language) {
    return language == Language.ZH ? zh : en;
  }
}

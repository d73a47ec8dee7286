package com.jixiao.assess;

import com.jixiao.model.Language;

/** How urgent an alert is. */
public enum Severity {
  INFO("提示", "info"),
  WARNING("警告", "warning"),
  SEVERE("严重", "severe");

  private final String zh;
  private final String en;

  Severity(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  public String label(Language language) {
    return language == Language.ZH ? zh : en;
  }
}

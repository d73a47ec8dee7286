package com.jixiao.model;

import java.util.List;
import java.util.Optional;

/** An agent's role (岗位). Aftersales agents are not assessed on the sales items by default. */
public enum Role {
  PRESALES("presales", "售前", "Presales", List.of("售前客服", "销售客服", "售前销售", "sales", "pre-sales")),
  AFTERSALES("aftersales", "售后", "Aftersales", List.of("售后客服", "after-sales", "service")),
  LEAD("lead", "组长", "Lead", List.of("客服主管", "主管", "teamlead", "team lead", "supervisor"));

  private final String key;
  private final String zh;
  private final String en;
  private final List<String> aliases;

  Role(String key, String zh, String en, List<String> aliases) {
    this.key = key;
    this.zh = zh;
    this.en = en;
    this.aliases = aliases;
  }

  public String key() {
    return key;
  }

  public String label(Language language) {
    return language == Language.ZH ? zh : en;
  }

  public static Optional<Role> parse(String text) {
    String t = Text.normalize(text);
    for (Role r : values()) {
      if (t.equals(Text.normalize(r.key))
          || t.equals(Text.normalize(r.zh))
          || t.equals(Text.normalize(r.en))) {
        return Optional.of(r);
      }
      for (String a : r.aliases) {
        if (t.equals(Text.normalize(a))) {
          return Optional.of(r);
        }
      }
    }
    return Optional.empty();
  }
}

package com.jixiao.ranking;

import com.jixiao.model.Agent;

/** The subject of an alert about an agent: "KF001 张三", as every alert names agents. */
public final class Subjects {
  private Subjects() {}

  public static String of(Agent agent) {
    return agent.id() + " " + agent.name();
  }
}

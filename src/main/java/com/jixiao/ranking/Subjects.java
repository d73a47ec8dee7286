package com.jixiao.ranking;

import com.jixiao.assess.Alert;
import com.jixiao.model.Agent;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The subject of an alert about an agent: "KF001 张三", as every alert names agents. */
public final class Subjects {
  private Subjects() {}

  public static String of(Agent agent) {
    return agent.id() + " " + agent.name();
  }

  /**
   * The distinct types of the alerts about the agent, in the alerts' order: the agent's flags on
   * the Ranking sheet and the scorecard.
   */
  public static List<String> alertTypesAbout(Agent agent, List<Alert> alerts) {
    String subject = of(agent);
    Set<String> types = new LinkedHashSet<>();
    for (Alert a : alerts) {
      if (a.subject().equals(subject)) {
        types.add(a.type());
      }
    }
    return List.copyOf(types);
  }
}

package com.jixiao.assess;

import java.time.YearMonth;
import java.util.List;

/** The assessment of one period: the agents' scores in agent order, and the alerts. */
public record MonthResult(YearMonth period, List<AgentScore> scores, List<Alert> alerts) {
  public MonthResult {
    scores = List.copyOf(scores);
    alerts = List.copyOf(alerts);
  }
}

package com.jixiao.assess;

import com.jixiao.i18n.Message;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/** The assessment of one period: the agents' scores in agent order, and the alerts. */
public record MonthResult(YearMonth period, List<AgentScore> scores, List<Alert> alerts) {
  public MonthResult {
    scores = List.copyOf(scores);
    alerts = List.copyOf(alerts);
  }

  /** Stands in for the explanations of months before the period, which no output shows. */
  public static final Message NOT_KEPT = Message.of("explain.not_kept");

  /**
   * The same scores without the items' explanations: what the history keeps of the months before
   * the period, so that a year of thousands of agents does not keep a sentence per item.
   */
  public MonthResult withoutExplanations() {
    List<AgentScore> slim = new ArrayList<>(scores.size());
    for (AgentScore s : scores) {
      List<ItemScore> items = new ArrayList<>(s.items().size());
      for (ItemScore i : s.items()) {
        items.add(new ItemScore(i.item(), i.weight(), i.score(), NOT_KEPT));
      }
      slim.add(
          new AgentScore(s.agent(), s.stats(), items, s.groups(), s.total(), s.band(), s.rank()));
    }
    return new MonthResult(period, slim, alerts);
  }
}

package com.jixiao.report;

import com.jixiao.i18n.Message;
import com.jixiao.model.Agent;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * An agent whose figures differ between two month reports, or who is in only one of them: the
 * figures on each side (empty on the side the agent is missing from), which figures changed, the
 * lines crossed, and the causes the caller knows of (a rule change, an accepted objection …): the
 * comparison itself never knows why a figure changed.
 */
public record AgentChange(
    String agentId,
    Optional<AgentFigures> before,
    Optional<AgentFigures> after,
    Set<Figure> changed,
    List<Crossing> crossings,
    List<Message> causes) {

  public AgentChange {
    changed = Set.copyOf(changed);
    crossings = List.copyOf(crossings);
    causes = List.copyOf(causes);
  }

  /** The agent as the later report has them (name, team), else as the earlier. */
  public Agent agent() {
    return after.or(() -> before).orElseThrow().agent();
  }

  public boolean onlyBefore() {
    return after.isEmpty();
  }

  public boolean onlyAfter() {
    return before.isEmpty();
  }

  /**
   * after − before of a numeric figure, when both sides have it (a rank difference of −2 is two
   * places better).
   */
  public Optional<BigDecimal> difference(Figure figure) {
    Optional<BigDecimal> a = after.flatMap(figure::amount);
    Optional<BigDecimal> b = before.flatMap(figure::amount);
    return a.isPresent() && b.isPresent()
        ? Optional.of(a.get().subtract(b.get()))
        : Optional.empty();
  }

  /** The change of gross pay; a side the agent is missing from counts as 0. */
  public BigDecimal payDifference() {
    BigDecimal a = after.map(AgentFigures::grossPay).orElse(BigDecimal.ZERO);
    BigDecimal b = before.map(AgentFigures::grossPay).orElse(BigDecimal.ZERO);
    return a.subtract(b);
  }

  /** The same change with more causes after those it has. */
  public AgentChange withCauses(List<Message> more) {
    List<Message> all = new ArrayList<>(causes);
    all.addAll(more);
    return new AgentChange(agentId, before, after, changed, crossings, all);
  }
}

package com.jixiao.confirm;

import com.jixiao.assess.AgentScore;
import com.jixiao.assess.Alert;
import com.jixiao.assess.ItemScore;
import com.jixiao.assess.MonthAssessor;
import com.jixiao.assess.MonthInput;
import com.jixiao.assess.Severity;
import com.jixiao.i18n.Message;
import com.jixiao.model.Agent;
import com.jixiao.model.Confirmation;
import com.jixiao.model.Contested;
import com.jixiao.model.MonthlyStats;
import com.jixiao.model.Objection;
import com.jixiao.model.Objection.Decision;
import com.jixiao.model.QaRecord;
import com.jixiao.rules.Item;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Works out the month's second pass from the Confirmations rows: applies the accepted objections
 * ({@link Corrections}), measures each objection's effect on its agent's total, finds the item
 * scores that moved, and raises the alerts of the 7th-working-day deadline. Pure: "today" comes in
 * as {@code asOf}.
 *
 * <p>The effects are measured by assessing the period again with and without objections. Only the
 * period and its previous month take part (sales growth needs the previous month), so each extra
 * assessment costs a fraction of the whole month's.
 */
public final class SecondPassAssessor {
  private SecondPassAssessor() {}

  /** The input the report is assessed on (accepted objections applied) and the second pass. */
  public record Outcome(MonthInput corrected, SecondPass secondPass) {}

  public static Outcome assess(MonthInput original, LocalDate deadline, Optional<LocalDate> asOf) {
    List<Confirmation> rows = original.confirmations().rows();
    List<Confirmation> accepted = withDecision(rows, Decision.ACCEPTED);
    MonthInput corrected = Corrections.apply(original, accepted);
    if (!original.confirmations().recorded()) {
      return new Outcome(corrected, SecondPass.none(original, deadline));
    }
    MonthInput period = periodOnly(original);
    Map<String, AgentScore> first = scores(period);
    Map<String, AgentScore> last = accepted.isEmpty() ? first : scores(periodOnly(corrected));

    Map<Integer, Attributed> effects = new HashMap<>();
    Map<String, List<Confirmation>> byAgent = new LinkedHashMap<>();
    for (Confirmation c : rows) {
      if (c.objection().isPresent()) {
        byAgent.computeIfAbsent(c.agentId(), id -> new ArrayList<>()).add(c);
      }
    }
    byAgent.forEach((id, own) -> effects.putAll(effectsOf(period, accepted, id, own)));

    List<ObjectionOutcome> outcomes = new ArrayList<>();
    Map<String, Agent> agents = new HashMap<>();
    original.agents().forEach(a -> agents.put(a.id(), a));
    for (Confirmation c : rows) {
      c.objection().ifPresent(o -> outcomes.add(outcome(c, o, agents, original, last, effects)));
    }
    List<AgentResponse> responses = Responses.of(original, rows, last, deadline, asOf);
    SecondPass pass =
        new SecondPass(
            true,
            original,
            deadline,
            asOf,
            responses,
            outcomes,
            corrections(first, last, effects, outcomes),
            alerts(outcomes, responses, deadline, asOf));
    return new Outcome(corrected, pass);
  }

  private static List<Confirmation> withDecision(List<Confirmation> rows, Decision decision) {
    return rows.stream()
        .filter(c -> c.objection().map(o -> o.decision() == decision).orElse(false))
        .toList();
  }

  /** The period and its previous month of Monthly rows, the period's QA records. */
  private static MonthInput periodOnly(MonthInput input) {
    YearMonth period = input.settings().period();
    List<MonthlyStats> monthly =
        input.monthly().stream()
            .filter(m -> m.month().equals(period) || m.month().equals(period.minusMonths(1)))
            .toList();
    List<QaRecord> quality =
        input.quality().stream().filter(q -> YearMonth.from(q.date()).equals(period)).toList();
    return input.withCorrected(monthly, quality);
  }

  private static Map<String, AgentScore> scores(MonthInput input) {
    Map<String, AgentScore> byId = new HashMap<>();
    MonthAssessor.assess(input).scores().forEach(s -> byId.put(s.agent().id(), s));
    return byId;
  }

  /** What one objection did: the totals around it and the items whose score it moved. */
  private record Attributed(
      BigDecimal before, BigDecimal after, Optional<BigDecimal> ifAccepted, List<Item> items) {}

  /**
   * The agent's accepted objections applied one by one over everyone else's accepted ones; each
   * pending one alone over all accepted ones.
   */
  private static Map<Integer, Attributed> effectsOf(
      MonthInput period, List<Confirmation> accepted, String agentId, List<Confirmation> own) {
    Map<Integer, Attributed> effects = new HashMap<>();
    List<Confirmation> state = new ArrayList<>();
    accepted.stream().filter(c -> !c.agentId().equals(agentId)).forEach(state::add);
    AgentScore before = scores(Corrections.apply(period, state)).get(agentId);
    for (Confirmation c : own) {
      Objection o = c.objection().orElseThrow();
      if (o.decision() != Decision.ACCEPTED || before == null) {
        continue;
      }
      state.add(c);
      AgentScore after = scores(Corrections.apply(period, state)).get(agentId);
      effects.put(
          o.number(),
          new Attributed(before.total(), after.total(), Optional.empty(), moved(before, after)));
      before = after;
    }
    for (Confirmation c : own) {
      Objection o = c.objection().orElseThrow();
      if (o.decision() != Decision.PENDING || before == null) {
        continue;
      }
      List<Confirmation> withIt = new ArrayList<>(accepted);
      withIt.add(c);
      AgentScore ifAccepted = scores(Corrections.apply(period, withIt)).get(agentId);
      effects.put(
          o.number(),
          new Attributed(
              before.total(), before.total(), Optional.of(ifAccepted.total()), List.of()));
    }
    return effects;
  }

  private static List<Item> moved(AgentScore before, AgentScore after) {
    List<Item> items = new ArrayList<>();
    for (ItemScore s : after.items()) {
      BigDecimal was = before.item(s.item()).map(ItemScore::score).orElse(null);
      if (was == null || was.compareTo(s.score()) != 0) {
        items.add(s.item());
      }
    }
    return items;
  }

  private static ObjectionOutcome outcome(
      Confirmation c,
      Objection o,
      Map<String, Agent> agents,
      MonthInput original,
      Map<String, AgentScore> last,
      Map<Integer, Attributed> effects) {
    BigDecimal total = last.get(c.agentId()).total();
    Attributed e = effects.get(o.number());
    BigDecimal before = e == null ? total : e.before();
    BigDecimal after = e == null ? total : e.after();
    return new ObjectionOutcome(
        agents.get(c.agentId()),
        c,
        was(original, c.agentId(), o.contested()),
        before,
        after,
        e == null ? Optional.empty() : e.ifAccepted());
  }

  /** The contested value as the workbook has it. */
  private static Optional<BigDecimal> was(MonthInput input, String agentId, Contested contested) {
    if (!(contested instanceof Contested.MonthlyField f)) {
      return Optional.empty();
    }
    YearMonth period = input.settings().period();
    return input.monthly().stream()
        .filter(m -> m.agentId().equals(agentId) && m.month().equals(period))
        .findFirst()
        .flatMap(m -> m.find(f.metric()));
  }

  /**
   * Every item score that differs between the first pass and the corrected month, with the agent's
   * accepted objections that moved it.
   */
  private static Map<String, Map<Item, ItemCorrection>> corrections(
      Map<String, AgentScore> first,
      Map<String, AgentScore> last,
      Map<Integer, Attributed> effects,
      List<ObjectionOutcome> outcomes) {
    Map<String, Map<Item, ItemCorrection>> result = new HashMap<>();
    last.forEach(
        (id, now) -> {
          AgentScore was = first.get(id);
          if (was == null) {
            return;
          }
          for (Item item : moved(was, now)) {
            BigDecimal before = was.item(item).map(ItemScore::score).orElseThrow();
            BigDecimal after = now.item(item).map(ItemScore::score).orElseThrow();
            List<Integer> numbers = new ArrayList<>();
            List<String> deciders = new ArrayList<>();
            for (ObjectionOutcome o : outcomes) {
              Attributed e = effects.get(o.objection().number());
              if (o.agent().id().equals(id) && e != null && e.items().contains(item)) {
                numbers.add(o.objection().number());
                if (!deciders.contains(o.objection().decidedBy())) {
                  deciders.add(o.objection().decidedBy());
                }
              }
            }
            result
                .computeIfAbsent(id, k -> new EnumMap<>(Item.class))
                .put(item, new ItemCorrection(item, before, after, numbers, deciders));
          }
        });
    return result;
  }

  private static List<Alert> alerts(
      List<ObjectionOutcome> outcomes,
      List<AgentResponse> responses,
      LocalDate deadline,
      Optional<LocalDate> asOf) {
    boolean past = asOf.map(d -> d.isAfter(deadline)).orElse(false);
    List<Alert> alerts = new ArrayList<>();
    for (ObjectionOutcome o : outcomes) {
      if (o.objection().decision() != Decision.PENDING) {
        continue;
      }
      String number = String.valueOf(o.objection().number());
      alerts.add(
          past
              ? new Alert(
                  Severity.SEVERE,
                  "objection_overdue",
                  subject(o.agent()),
                  Message.of(
                      "confirm.alert.objection_overdue",
                      number,
                      deadline.toString(),
                      asOf.orElseThrow().toString()))
              : new Alert(
                  Severity.WARNING,
                  "objection_pending",
                  subject(o.agent()),
                  Message.of("confirm.alert.objection_pending", number, deadline.toString())));
    }
    if (past) {
      responses.stream()
          .filter(r -> r.status() == AgentResponse.Status.NO_RESPONSE)
          .sorted(Comparator.comparing(r -> r.agent().id()))
          .forEach(
              r ->
                  alerts.add(
                      new Alert(
                          Severity.WARNING,
                          "not_confirmed",
                          subject(r.agent()),
                          Message.of(
                              "confirm.alert.not_confirmed",
                              deadline.toString(),
                              asOf.orElseThrow().toString()))));
    }
    return alerts;
  }

  /** As every alert names an agent: "KF001 张三". */
  static String subject(Agent agent) {
    return agent.id() + " " + agent.name();
  }
}

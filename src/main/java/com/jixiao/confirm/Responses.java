package com.jixiao.confirm;

import com.jixiao.assess.AgentScore;
import com.jixiao.assess.MonthInput;
import com.jixiao.confirm.AgentResponse.Status;
import com.jixiao.model.Agent;
import com.jixiao.model.Confirmation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Each assessed agent's response (source 4: confirmation is done by the 7th working day): objected
 * if any row of theirs objects, else confirmed if one confirms, else no response. The date is their
 * first response; late when after the deadline, or when there is none and the deadline has passed.
 */
final class Responses {
  private Responses() {}

  static List<AgentResponse> of(
      MonthInput input,
      List<Confirmation> rows,
      Map<String, AgentScore> assessed,
      LocalDate deadline,
      Optional<LocalDate> asOf) {
    Map<String, List<Confirmation>> byAgent = new HashMap<>();
    rows.forEach(c -> byAgent.computeIfAbsent(c.agentId(), id -> new ArrayList<>()).add(c));
    boolean past = asOf.map(d -> d.isAfter(deadline)).orElse(false);
    List<AgentResponse> responses = new ArrayList<>();
    for (Agent agent : input.agents()) {
      if (!assessed.containsKey(agent.id())) {
        continue;
      }
      List<Confirmation> own = byAgent.getOrDefault(agent.id(), List.of());
      Optional<LocalDate> first = own.stream().map(Confirmation::date).min(LocalDate::compareTo);
      Status status =
          own.stream().anyMatch(c -> c.response() == Confirmation.Response.OBJECTED)
              ? Status.OBJECTED
              : own.isEmpty() ? Status.NO_RESPONSE : Status.CONFIRMED;
      boolean late = first.map(d -> d.isAfter(deadline)).orElse(past);
      responses.add(new AgentResponse(agent, status, first, late));
    }
    return responses;
  }
}

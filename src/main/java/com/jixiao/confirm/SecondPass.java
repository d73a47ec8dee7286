package com.jixiao.confirm;

import com.jixiao.assess.Alert;
import com.jixiao.assess.MonthInput;
import com.jixiao.rules.Item;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The month's second pass (source 4's 考核实施程序, docs/rules.md#second-pass): every assessed agent's
 * response, every objection with its effect on the total, the item scores the accepted objections
 * changed, and the alerts for the manager. {@code original} is the input as the workbook has it;
 * the report is assessed on the input with the accepted objections applied. {@code asOf} is the day
 * the run counts as today for the deadline (empty: unknown, nothing is overdue).
 */
public record SecondPass(
    boolean recorded,
    MonthInput original,
    LocalDate deadline,
    Optional<LocalDate> asOf,
    List<AgentResponse> responses,
    List<ObjectionOutcome> objections,
    Map<String, Map<Item, ItemCorrection>> corrections,
    List<Alert> alerts) {

  public SecondPass {
    responses = List.copyOf(responses);
    objections = List.copyOf(objections);
    corrections = Map.copyOf(corrections);
    alerts = List.copyOf(alerts);
  }

  /** The item's correction for the agent, if an accepted objection changed its score. */
  /** No Confirmations sheet: nothing recorded, nothing corrected, no alerts. */
  public static SecondPass none(MonthInput input, LocalDate deadline) {
    return new SecondPass(
        false, input, deadline, Optional.empty(), List.of(), List.of(), Map.of(), List.of());
  }

  public Optional<ItemCorrection> correction(String agentId, Item item) {
    return Optional.ofNullable(corrections.getOrDefault(agentId, Map.of()).get(item));
  }

  /** Whether the deadline had passed on {@link #asOf}. */
  public boolean pastDeadline() {
    return asOf.map(d -> d.isAfter(deadline)).orElse(false);
  }
}

package com.jixiao.confirm;

import com.jixiao.model.Agent;
import com.jixiao.model.Confirmation;
import com.jixiao.model.Objection;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * An objection and what it does to the agent's total. Accepted: {@code before} → {@code after}, the
 * agent's earlier accepted objections (sheet order) already applied, so an agent's steps add up to
 * their final total. Rejected: both are the final total (nothing changes). Pending: both are the
 * final total and {@code ifAccepted} is the total the decision would give. {@code was} is the
 * contested value as the workbook has it (empty for a blank Monthly cell).
 */
public record ObjectionOutcome(
    Agent agent,
    Confirmation row,
    Optional<BigDecimal> was,
    BigDecimal before,
    BigDecimal after,
    Optional<BigDecimal> ifAccepted) {

  public Objection objection() {
    return row.objection().orElseThrow();
  }
}

package com.jixiao.confirm;

import com.jixiao.model.Agent;
import java.time.LocalDate;
import java.util.Optional;

/**
 * Where one assessed agent stands in the confirmation round: confirmed, objected or no response,
 * the date of their first response, and whether it was (or still is) late: answered after the 7th
 * working day, or not answered when that day has passed.
 */
public record AgentResponse(Agent agent, Status status, Optional<LocalDate> date, boolean late) {

  /** The agent's answer so far. */
  public enum Status {
    CONFIRMED,
    OBJECTED,
    NO_RESPONSE
  }
}

package com.jixiao.importer;

import com.jixiao.model.Agent;
import java.util.List;

/**
 * An agent of the workbook as the import matches them: the agent ID, the name, and the platform
 * sub-accounts written in the Agents sheet's account column (none, one, or several for an agent who
 * serves in more than one shop).
 */
public record RosterAgent(String id, String name, List<String> accounts, boolean active) {
  public RosterAgent {
    accounts = List.copyOf(accounts);
  }

  /** An active agent. */
  public RosterAgent(String id, String name, List<String> accounts) {
    this(id, name, accounts, true);
  }

  /** The agent as the import matches them. */
  public static RosterAgent of(Agent agent) {
    return new RosterAgent(agent.id(), agent.name(), agent.accounts(), agent.active());
  }
}

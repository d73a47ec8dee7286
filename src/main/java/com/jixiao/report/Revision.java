package com.jixiao.report;

import java.util.Optional;

/**
 * Which version of a month's results a report is: 1 for the first run, one more for each run after
 * an earlier version (run --previous, the hot folder's earlier result of the same store and period,
 * a final month reopened). {@code fingerprint} identifies what the run was made from (its run
 * record; empty until the run knows it); {@code earlier} is the version it was compared with, and
 * {@code changes} what differs from it and why; {@code reopened} the reason a final month was
 * opened again.
 */
public record Revision(
    int version,
    String fingerprint,
    Optional<Earlier> earlier,
    Optional<String> reopened,
    Optional<ReportComparison> changes) {

  public static final Revision FIRST =
      new Revision(1, "", Optional.empty(), Optional.empty(), Optional.empty());

  /** The earlier version by number, fingerprint (empty if unknown) and file name. */
  public record Earlier(int version, String fingerprint, String file) {}

  /** The first 12 hex digits: enough to tell runs apart by eye, short enough for a footer. */
  public String shortFingerprint() {
    return fingerprint.length() > 12 ? fingerprint.substring(0, 12) : fingerprint;
  }

  /** Whether the agent's results differ from the earlier version's. */
  public boolean changed(String agentId) {
    return changes
        .map(c -> c.agents().stream().anyMatch(a -> a.agentId().equals(agentId)))
        .orElse(false);
  }

  /** The agent's change from the earlier version, if any. */
  public Optional<AgentChange> change(String agentId) {
    return changes.flatMap(
        c -> c.agents().stream().filter(a -> a.agentId().equals(agentId)).findFirst());
  }
}

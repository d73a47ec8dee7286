package com.jixiao.render;

import java.util.List;

/**
 * What the what-if template ({@code whatif.ftlx}) sees as {@code model}, every value formatted in
 * the workbook's language: the change in words, the totals, the team month by month, the bands and
 * tier classes of the last month replayed, the agents whose pay changes most, the crossings, and
 * notes. Lists are cut to fit one page; {@code moreAgents} / {@code moreCrossings} say how many
 * were left out (all are in whatif.xlsx).
 */
public record WhatIfPage(
    String store,
    String workbook,
    String months,
    String generatedOn,
    List<String> changes,
    String costBefore,
    String costAfter,
    String costChange,
    int bandChanges,
    int crossingCount,
    List<TeamRow> team,
    TeamRow teamTotal,
    String lastMonth,
    List<CountRow> counts,
    List<AgentRow> agents,
    int moreAgents,
    List<CrossingRow> crossings,
    int moreCrossings,
    List<String> notes) {

  public WhatIfPage {
    changes = List.copyOf(changes);
    team = List.copyOf(team);
    counts = List.copyOf(counts);
    agents = List.copyOf(agents);
    crossings = List.copyOf(crossings);
    notes = List.copyOf(notes);
  }

  /** A month (or the total) of the team: payroll cost, pool paid out, mean and spread of totals. */
  public record TeamRow(
      String month,
      String agents,
      String costBefore,
      String costAfter,
      String costChange,
      String poolBefore,
      String poolAfter,
      String meanBefore,
      String meanAfter,
      String sdBefore,
      String sdAfter,
      int bandChanges,
      int crossings) {}

  /** Agents in a band or tier class, current and changed rules. */
  public record CountRow(String kind, String name, int before, int after, String change) {}

  /** An agent whose pay changes: total, band and gross pay before and after. */
  public record AgentRow(
      String month,
      String agentId,
      String name,
      String totalBefore,
      String totalAfter,
      String bandBefore,
      String bandAfter,
      String payBefore,
      String payAfter,
      String payChange,
      String crossings) {}

  /** A line crossed. */
  public record CrossingRow(String month, String agentId, String name, String crossing) {}
}

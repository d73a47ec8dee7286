package com.jixiao.importer;

import java.util.List;

/**
 * An agent of the workbook as the import matches them: the agent ID, the name, and the platform
 * sub-accounts written in the Agents sheet's account column (none, one, or several for an agent who
 * serves in more than one shop).
 */
public record RosterAgent(String id, String name, List<String> accounts) {
  public RosterAgent {
    accounts = List.copyOf(accounts);
  }

  /**
   * The accounts written in one cell, separated by commas, semicolons, 、 or line breaks (not by the
   * colon, which is part of a sub-account: 悦享家居旗舰店:小王).
   */
  public static List<String> accountsOf(String cell) {
    if (cell == null) {
      return List.of();
    }
    return java.util.Arrays.stream(cell.split("[,，;；、\\n\\r]+"))
        .map(com.jixiao.model.Text::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}

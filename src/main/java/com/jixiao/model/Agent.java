package com.jixiao.model;

import java.util.Arrays;
import java.util.List;

/**
 * A row of Agents / 客服名单. Email fields are empty strings when not given. {@code accounts} are the
 * platform sub-accounts the agent serves under (旺旺子账号, "悦享家居旗舰店:小王"), by which {@code jixiao
 * import} finds the agent in a back-office export; none when not given.
 */
public record Agent(
    String id,
    String name,
    String team,
    Role role,
    int salaryLevel,
    String email,
    String managerEmail,
    boolean active,
    List<String> accounts) {
  public Agent {
    accounts = List.copyOf(accounts);
  }

  /** An agent without sub-accounts. */
  public Agent(
      String id,
      String name,
      String team,
      Role role,
      int salaryLevel,
      String email,
      String managerEmail,
      boolean active) {
    this(id, name, team, role, salaryLevel, email, managerEmail, active, List.of());
  }

  /**
   * The sub-accounts written in one cell, separated by commas, semicolons, 、 or line breaks (never
   * by the colon, which is part of a sub-account: 悦享家居旗舰店:小王).
   */
  public static List<String> accountsOf(String cell) {
    if (cell == null) {
      return List.of();
    }
    return Arrays.stream(cell.split("[,，;；、\\n\\r]+"))
        .map(Text::trim)
        .filter(s -> !s.isEmpty())
        .toList();
  }
}

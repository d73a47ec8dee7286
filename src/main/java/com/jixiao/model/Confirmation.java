package com.jixiao.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A row of Confirmations / 确认与申诉: an agent's response to the month's results (source 4's 考核实施程序:
 * results are sent to each agent to confirm; an objection is re-confirmed by the customer service
 * manager by the 7th working day). {@code row} is the row's number in the sheet (1-based, as Excel
 * shows it); an objection row carries its {@link Objection}.
 */
public record Confirmation(
    int row, String agentId, Response response, LocalDate date, Optional<Objection> objection) {

  /** What the agent answered. */
  public enum Response {
    /** 已确认: the agent accepts the results. */
    CONFIRMED("confirmed", "已确认", List.of("确认", "无异议", "ok", "yes")),
    /** 有异议: the agent contests one input of the results. */
    OBJECTED("objected", "有异议", List.of("异议", "申诉", "objection", "disputed"));

    private final String key;
    private final String zh;
    private final List<String> aliases;

    Response(String key, String zh, List<String> aliases) {
      this.key = key;
      this.zh = zh;
      this.aliases = aliases;
    }

    /** The word a workbook writes: 已确认 / 有异议, or confirmed / objected. */
    public String word(Language language) {
      return language == Language.ZH ? zh : key;
    }

    /** Reads the key, the Chinese word or an alias, case- and space-insensitive. */
    public static Optional<Response> parse(String text) {
      return Words.parse(values(), text, r -> r.key, r -> r.zh, r -> r.aliases);
    }
  }
}

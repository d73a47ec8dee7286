package com.jixiao.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * An agent's objection (异议) and the manager's decision on it. {@code number} counts the objections
 * of the Confirmations sheet from 1 in sheet order ("objection #2"). {@code decidedBy} is empty
 * while pending.
 */
public record Objection(
    int number,
    Contested contested,
    String reason,
    Decision decision,
    String decidedBy,
    Optional<LocalDate> decidedOn,
    String note) {

  /** The manager's decision (处理结果). */
  public enum Decision {
    /** 通过: the claimed value replaces the contested input for the run. */
    ACCEPTED("accepted", "通过", List.of("同意", "采纳", "接受", "accept", "approved")),
    /** 驳回: nothing changes; the objection is listed. */
    REJECTED("rejected", "驳回", List.of("不通过", "拒绝", "reject", "denied")),
    /** Blank (or 待处理): awaits the manager, due by the 7th working day. */
    PENDING("pending", "待处理", List.of("待定", "处理中", "未处理"));

    private final String key;
    private final String zh;
    private final List<String> aliases;

    Decision(String key, String zh, List<String> aliases) {
      this.key = key;
      this.zh = zh;
      this.aliases = aliases;
    }

    /** The word a workbook writes: 通过 / 驳回 / 待处理, or accepted / rejected / pending. */
    public String word(Language language) {
      return language == Language.ZH ? zh : key;
    }

    /** Reads the key, the Chinese word or an alias, case- and space-insensitive. */
    public static Optional<Decision> parse(String text) {
      return Words.parse(values(), text, d -> d.key, d -> d.zh, d -> d.aliases);
    }
  }
}

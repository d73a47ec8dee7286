package com.jixiao.model;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Quality-inspection items of source 3 (docs/rules.md#quality): fatal F1–F5, non-fatal N1–N6, and a
 * pass.
 */
public enum QaCode {
  F1("服务态度差", "Poor service attitude", Kind.FATAL),
  F2("未回复", "No reply", Kind.FATAL),
  F3("提供错误信息", "Wrong information given", Kind.FATAL),
  F4("未做跟进", "No follow-up", Kind.FATAL),
  F5("虚假操作", "False operation", Kind.FATAL),
  N1("使用服务禁语", "Forbidden phrases used", Kind.NON_FATAL),
  N2("欠缺耐心", "Lack of patience", Kind.NON_FATAL),
  N3("推诿不回答", "Evasive, no answer", Kind.NON_FATAL),
  N4("未给明确答案", "No clear answer", Kind.NON_FATAL),
  N5("多个问题只回答部分", "Answered only some questions", Kind.NON_FATAL),
  N6("对话未结束发送结束语", "Closing phrase before the end", Kind.NON_FATAL),
  OK("合格", "Passed", Kind.PASS);

  /** Whether a finding is fatal, non-fatal, or a passed inspection. */
  public enum Kind {
    FATAL,
    NON_FATAL,
    PASS
  }

  private final String zh;
  private final String en;
  private final Kind kind;

  QaCode(String zh, String en, Kind kind) {
    this.zh = zh;
    this.en = en;
    this.kind = kind;
  }

  public String zh() {
    return zh;
  }

  public String label(Language language) {
    return language == Language.ZH ? zh : en;
  }

  public Kind kind() {
    return kind;
  }

  private static final Map<String, QaCode> BY_NAME = new HashMap<>();

  static {
    for (QaCode c : values()) {
      BY_NAME.put(Text.normalize(c.name()), c);
      BY_NAME.put(Text.normalize(c.zh), c);
      BY_NAME.put(Text.normalize(c.en), c);
    }
  }

  /** Reads a code ("f1", "N2") or its Chinese or English name, case-insensitive. */
  public static Optional<QaCode> parse(String text) {
    return Optional.ofNullable(BY_NAME.get(Text.normalize(text)));
  }
}

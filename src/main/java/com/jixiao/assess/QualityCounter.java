package com.jixiao.assess;

import com.jixiao.model.QaCode;
import com.jixiao.model.QaRecord;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts each agent's quality inspections in the period (docs/rules.md#quality, source 3): every
 * row is an inspection; F-codes are fatal; the 3rd and later occurrence of the same non-fatal code
 * escalates to fatal (第三次犯同样的错误升级为致命错误); the other non-fatal rows stay non-fatal.
 *
 * <p>Which occurrence is "the 3rd" depends on the order (date, then input order), but how many
 * escalate does not: of n rows with one code, n − 2 escalate. Only the counts are reported.
 */
public final class QualityCounter {
  private QualityCounter() {}

  /**
   * Per agent id with at least one inspection in the period; other agents have {@link
   * QualitySummary#NONE}.
   */
  public static Map<String, QualitySummary> count(List<QaRecord> records, YearMonth period) {
    Map<String, Map<QaCode, Integer>> byAgent = new LinkedHashMap<>();
    for (QaRecord r : records) {
      if (YearMonth.from(r.date()).equals(period)) {
        byAgent
            .computeIfAbsent(r.agentId(), id -> new EnumMap<>(QaCode.class))
            .merge(r.code(), 1, Integer::sum);
      }
    }
    Map<String, QualitySummary> result = new LinkedHashMap<>();
    byAgent.forEach((agent, codes) -> result.put(agent, summarize(codes)));
    return result;
  }

  private static QualitySummary summarize(Map<QaCode, Integer> codes) {
    int inspections = 0;
    int fatal = 0;
    int nonFatal = 0;
    int escalated = 0;
    for (Map.Entry<QaCode, Integer> e : codes.entrySet()) {
      int n = e.getValue();
      inspections += n;
      switch (e.getKey().kind()) {
        case FATAL -> fatal += n;
        case NON_FATAL -> {
          int up = Math.max(0, n - 2);
          escalated += up;
          nonFatal += n - up;
        }
        case PASS -> {}
      }
    }
    return new QualitySummary(inspections, fatal + escalated, nonFatal, escalated);
  }
}

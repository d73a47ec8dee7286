package com.jixiao.assess;

import com.jixiao.model.QaCode;
import com.jixiao.model.QaRecord;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One finding (an F or N code) of an agent's quality inspections in a month, and whether it counts
 * as fatal: an F code, or the 3rd and later occurrence of the same non-fatal code
 * (docs/rules.md#quality, source 3: 第三次犯同样的错误升级为致命错误). Occurrences are counted in date order, then
 * input order, as {@link QualityCounter} reads them.
 */
public record QaFinding(QaRecord record, boolean escalated) {

  public boolean fatal() {
    return escalated || record.code().kind() == QaCode.Kind.FATAL;
  }

  /** The agent's findings in the month, in date order (passed inspections are left out). */
  public static List<QaFinding> of(List<QaRecord> records, String agentId, YearMonth month) {
    List<QaRecord> rows =
        records.stream()
            .filter(r -> r.agentId().equals(agentId) && YearMonth.from(r.date()).equals(month))
            .filter(r -> r.code().kind() != QaCode.Kind.PASS)
            .sorted(Comparator.comparing(QaRecord::date))
            .toList();
    Map<QaCode, Integer> seen = new EnumMap<>(QaCode.class);
    List<QaFinding> findings = new ArrayList<>();
    for (QaRecord r : rows) {
      int n = seen.merge(r.code(), 1, Integer::sum);
      findings.add(new QaFinding(r, r.code().kind() == QaCode.Kind.NON_FATAL && n >= 3));
    }
    return findings;
  }
}

package com.jixiao.confirm;

import com.jixiao.assess.MonthInput;
import com.jixiao.model.Confirmation;
import com.jixiao.model.Contested;
import com.jixiao.model.Metric;
import com.jixiao.model.MonthlyStats;
import com.jixiao.model.QaCode;
import com.jixiao.model.QaRecord;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies objections to a month's input, for one run only (the workbook is never changed): a
 * Monthly figure of the period takes the claimed value; a QA record of the period is voided (it
 * stays an inspection and counts as passed, so the inspector's coverage does not drop) or recoded.
 * The reader has checked that every contested row and record exists.
 */
final class Corrections {
  private Corrections() {}

  /** The input with the objections of {@code rows} applied, in order. */
  static MonthInput apply(MonthInput input, List<Confirmation> rows) {
    if (rows.isEmpty()) {
      return input;
    }
    YearMonth period = input.settings().period();
    Map<String, Map<Metric, BigDecimal>> fields = new HashMap<>();
    List<Confirmation> inspections = new ArrayList<>();
    for (Confirmation c : rows) {
      Contested contested = c.objection().orElseThrow().contested();
      if (contested instanceof Contested.MonthlyField f) {
        fields
            .computeIfAbsent(c.agentId(), id -> new EnumMap<>(Metric.class))
            .put(f.metric(), f.claimed());
      } else {
        inspections.add(c);
      }
    }
    return input.withCorrected(
        monthly(input.monthly(), period, fields), quality(input.quality(), inspections));
  }

  private static List<MonthlyStats> monthly(
      List<MonthlyStats> rows, YearMonth period, Map<String, Map<Metric, BigDecimal>> fields) {
    if (fields.isEmpty()) {
      return rows;
    }
    List<MonthlyStats> result = new ArrayList<>(rows.size());
    for (MonthlyStats s : rows) {
      Map<Metric, BigDecimal> changed = fields.get(s.agentId());
      if (changed == null || !s.month().equals(period)) {
        result.add(s);
        continue;
      }
      Map<Metric, BigDecimal> values = new EnumMap<>(Metric.class);
      values.putAll(s.values());
      values.putAll(changed);
      result.add(new MonthlyStats(s.agentId(), s.month(), values));
    }
    return result;
  }

  /** Each inspection objection takes the first record of its agent, date and code still left. */
  private static List<QaRecord> quality(List<QaRecord> records, List<Confirmation> objections) {
    if (objections.isEmpty()) {
      return records;
    }
    List<QaRecord> result = new ArrayList<>(records);
    boolean[] taken = new boolean[result.size()];
    for (Confirmation c : objections) {
      Contested.Inspection i = (Contested.Inspection) c.objection().orElseThrow().contested();
      for (int k = 0; k < result.size(); k++) {
        QaRecord r = result.get(k);
        if (!taken[k]
            && r.agentId().equals(c.agentId())
            && r.date().equals(i.date())
            && r.code() == i.code()) {
          taken[k] = true;
          QaCode now = i.recodeTo().orElse(QaCode.OK);
          result.set(k, new QaRecord(r.date(), r.agentId(), now, r.note(), r.inspector()));
          break;
        }
      }
    }
    return result;
  }
}

package com.jixiao.report.whatif;

import com.jixiao.assess.History;
import com.jixiao.assess.MonthAssessor;
import com.jixiao.assess.MonthInput;
import com.jixiao.model.Settings;
import com.jixiao.money.MonthMoney.AnnualWhen;
import com.jixiao.report.MonthReport;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Months of a workbook's history assessed as if each were the period, under one set of rules: the
 * month's own Monthly, Quality and Points rows, its own history before it (previous month, quarter
 * to date, streaks).
 *
 * <p>Settings' store figures (store_revenue, its target and previous month, store_orders) are the
 * Settings period's. Another month has none: its store orders are the sum of its agents' orders (as
 * every run assesses earlier months), and it has no points pool (0 under both rules; the what-if
 * notes it), rather than a pool worked out from another month's revenue.
 *
 * <p>Every month is assessed once: the history of the latest month holds the earlier ones.
 */
final class MonthReplay {
  private MonthReplay() {}

  /** The reports of the months (oldest first), each as if it were the period. */
  static Map<YearMonth, MonthReport> reports(MonthInput workbook, List<YearMonth> months) {
    MonthInput input = MonthReport.corrected(workbook); // as the run assesses it
    YearMonth latest = months.stream().max(YearMonth::compareTo).orElseThrow();
    MonthInput top = asPeriod(input, latest);
    History full = History.of(top, MonthAssessor.assess(top));
    Map<YearMonth, MonthReport> reports = new LinkedHashMap<>();
    for (YearMonth m : months.stream().sorted().toList()) {
      if (full.month(m).isEmpty()) {
        throw new IllegalArgumentException("replaying " + m + ": the workbook has no rows then");
      }
      History history = m.equals(latest) ? full : full.upTo(m);
      reports.put(
          m, MonthReport.of(asPeriod(input, m), List.of(), AnnualWhen.IN_ANNUAL_MONTH, history));
    }
    return reports;
  }

  /** True when the month has a store revenue of its own: it is the Settings period. */
  static boolean hasStoreFigures(MonthInput input, YearMonth month) {
    return month.equals(input.settings().period());
  }

  /** The input with {@code month} as its period; other months lose the period's store figures. */
  static MonthInput asPeriod(MonthInput input, YearMonth month) {
    if (hasStoreFigures(input, month)) {
      return input;
    }
    Settings s = input.settings();
    Settings settings =
        new Settings(
            s.store(),
            month,
            s.language(),
            s.currency(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            s.pointsPoolRate(),
            Optional.empty());
    return input.withSettings(settings);
  }
}

package com.jixiao.cli;

import com.jixiao.i18n.Message;
import com.jixiao.model.ValueType;
import com.jixiao.workbook.CellParser;
import com.jixiao.workbook.InputError;
import com.jixiao.workbook.RawValue;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The months of {@code whatif --months}: "2026-07..2026-09" (both included), or one month; each
 * written as a workbook's month cell may be ("2026-07", "2026年7月"). Every month must have Monthly
 * rows in the workbook and none may be after its period.
 */
final class MonthRange {
  /** More months than this is a typo, not a quarter or a year. */
  static final int MAX_MONTHS = 36;

  private MonthRange() {}

  /** The months, or the problems (as the where of the problem: "--months"). */
  record Parsed(List<YearMonth> months, List<InputError> errors) {}

  static Parsed parse(String text, YearMonth period, Set<YearMonth> withRows) {
    List<InputError> errors = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return check(List.of(period), period, withRows, errors);
    }
    String[] ends = text.trim().split("\\s*(\\.\\.|~|～|至|到)\\s*", -1);
    Optional<YearMonth> from = month(ends[0]);
    Optional<YearMonth> to = ends.length == 2 ? month(ends[1]) : from;
    if (ends.length > 2 || from.isEmpty() || to.isEmpty()) {
      errors.add(error(Message.of("whatif.error.months", text), Message.of("whatif.hint.months")));
      return new Parsed(List.of(), errors);
    }
    if (to.get().isBefore(from.get())) {
      errors.add(
          error(Message.of("whatif.error.months_order", text), Message.of("whatif.hint.months")));
      return new Parsed(List.of(), errors);
    }
    List<YearMonth> months = new ArrayList<>();
    for (YearMonth m = from.get(); !m.isAfter(to.get()); m = m.plusMonths(1)) {
      months.add(m);
      if (months.size() > MAX_MONTHS) {
        errors.add(
            error(
                Message.of("whatif.error.months_many", text, MAX_MONTHS),
                Message.of("whatif.hint.months")));
        return new Parsed(List.of(), errors);
      }
    }
    return check(months, period, withRows, errors);
  }

  private static Parsed check(
      List<YearMonth> months, YearMonth period, Set<YearMonth> withRows, List<InputError> errors) {
    for (YearMonth m : months) {
      if (m.isAfter(period)) {
        errors.add(
            error(
                Message.of("whatif.error.month_after", m.toString(), period.toString()),
                Message.of("whatif.hint.month_after")));
      } else if (!withRows.contains(m)) {
        errors.add(
            error(
                Message.of("whatif.error.month_no_rows", m.toString()),
                Message.of("whatif.hint.month_no_rows", range(withRows))));
      }
    }
    return new Parsed(errors.isEmpty() ? months : List.of(), errors);
  }

  private static Optional<YearMonth> month(String text) {
    CellParser.Result r = CellParser.parse(new RawValue.Str(text.trim()), ValueType.MONTH);
    return r.failed() || r.value() == null ? Optional.empty() : Optional.of((YearMonth) r.value());
  }

  private static String range(Set<YearMonth> months) {
    if (months.isEmpty()) {
      return "–";
    }
    YearMonth first = months.stream().min(YearMonth::compareTo).orElseThrow();
    YearMonth last = months.stream().max(YearMonth::compareTo).orElseThrow();
    return first + ".." + last;
  }

  private static InputError error(Message what, Message hint) {
    return new InputError("--months", "", 0, 0, 0, what, hint);
  }
}

package com.jixiao.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.i18n.Messages;
import com.jixiao.model.Language;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code whatif --months}: a range of months of the workbook, both ends included. */
class MonthRangeTest {
  private static final YearMonth PERIOD = YearMonth.of(2026, 9);

  /** The workbook has rows from 2025-10 to 2026-09. */
  private static final Set<YearMonth> ROWS = rows();

  private static Set<YearMonth> rows() {
    Set<YearMonth> months = new TreeSet<>();
    for (YearMonth m = YearMonth.of(2025, 10); !m.isAfter(PERIOD); m = m.plusMonths(1)) {
      months.add(m);
    }
    return months;
  }

  @ParameterizedTest(name = "\"{0}\" → {1} … {2}")
  @CsvSource({
    "2026-07..2026-09, 2026-07, 2026-09, 3",
    "2026年7月至2026年9月, 2026-07, 2026-09, 3",
    "2026-07 ~ 2026-08, 2026-07, 2026-08, 2",
    "2026-08, 2026-08, 2026-08, 1",
    "2025-10..2026-09, 2025-10, 2026-09, 12"
  })
  @DisplayName("a range or one month")
  void ranges(String text, String first, String last, int count) {
    MonthRange.Parsed p = MonthRange.parse(text, PERIOD, ROWS);
    assertThat(p.errors()).isEmpty();
    assertThat(p.months()).hasSize(count);
    assertThat(p.months().get(0)).isEqualTo(YearMonth.parse(first));
    assertThat(p.months().get(count - 1)).isEqualTo(YearMonth.parse(last));
  }

  @Test
  @DisplayName("no --months: the workbook's period")
  void defaultIsThePeriod() {
    assertThat(MonthRange.parse(null, PERIOD, ROWS).months()).containsExactly(PERIOD);
  }

  @ParameterizedTest(name = "\"{0}\"")
  @CsvSource({
    "2026-09..2026-07, 月份范围“2026-09..2026-07”的结束早于开始",
    "2026-13, 无法识别的月份范围“2026-13”",
    "July, 无法识别的月份范围“July”",
    "2026-01..2026-02..2026-03, 无法识别的月份范围“2026-01..2026-02..2026-03”",
    "2026-08..2026-10, 2026-10 晚于工作簿的考核月份 2026-09",
    "2025-09..2025-10, 月度数据表没有 2025-09 的数据",
    "2020-01..2026-09, 月份范围“2020-01..2026-09”超过 36 个月"
  })
  @DisplayName("what cannot be replayed is a problem with a fix")
  void problems(String text, String message) {
    MonthRange.Parsed p = MonthRange.parse(text, PERIOD, ROWS);
    assertThat(p.months()).isEmpty();
    Messages m = new Messages(Language.ZH);
    List<String> what = p.errors().stream().map(e -> m.format(e.what())).toList();
    assertThat(what).contains(message);
    assertThat(p.errors()).allMatch(e -> e.where().equals("--months"));
  }
}

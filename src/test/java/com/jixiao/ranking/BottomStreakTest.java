package com.jixiao.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.assess.Alert;
import com.jixiao.model.Metric;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Three months at the bottom, docs/rules.md#bottom-streak (source 0: 连续三个月…都是最低的，就降一级工资或辞退). */
class BottomStreakTest {
  private static final YearMonth SEP = YearMonth.of(2026, 9);

  private static List<String> types(RankingResult r, String subject) {
    return r.alerts().stream().filter(a -> a.subject().equals(subject)).map(Alert::type).toList();
  }

  /** A and B each month; B has the lower sales in the months given. */
  private static Team bLowestIn(YearMonth... months) {
    Team t = new Team().presales("A", "B");
    for (YearMonth m = SEP.minusMonths(3); !m.isAfter(SEP); m = m.plusMonths(1)) {
      boolean low = List.of(months).contains(m);
      t.row("A", m).row("B", m, Metric.SALES, low ? "50000" : "100000");
    }
    return t;
  }

  @Test
  void exactlyThreeMonthsAtTheBottomIsASevereAlert() {
    RankingResult r = bLowestIn(SEP.minusMonths(2), SEP.minusMonths(1), SEP).rank();
    assertThat(types(r, "B 名B")).contains("bottom_three_months");
    Alert a =
        r.alerts().stream().filter(x -> x.type().equals("bottom_three_months")).findFirst().get();
    assertThat(a.severity()).isEqualTo(com.jixiao.assess.Severity.SEVERE);
  }

  @Test
  void twoMonthsAtTheBottomIsNoAlert() {
    RankingResult r = bLowestIn(SEP.minusMonths(1), SEP).rank();
    assertThat(types(r, "B 名B")).doesNotContain("bottom_three_months", "history_missing");
  }

  @Test
  void aMonthAtTheBottomOfEitherRankingContinuesTheStreak() {
    Team t = new Team().presales("A", "B");
    t.row("A", SEP.minusMonths(2)).row("B", SEP.minusMonths(2), Metric.SALES, "1");
    t.row("A", SEP.minusMonths(1)).row("B", SEP.minusMonths(1), Metric.DEALS, "1");
    t.row("A", SEP).row("B", SEP, Metric.SALES, "1", Metric.DEALS, "1");
    RankingResult r = t.rank();
    assertThat(types(r, "B 名B")).contains("bottom_three_months");
  }

  @Test
  void aMissingEarlierMonthIsSaidInsteadOfGuessed() {
    Team t = new Team().presales("A", "B");
    t.row("A", SEP.minusMonths(1)).row("B", SEP.minusMonths(1), Metric.SALES, "1");
    t.row("A", SEP).row("B", SEP, Metric.SALES, "1");
    RankingResult r = t.rank();
    assertThat(types(r, "B 名B")).containsExactly("history_missing");
    assertThat(r.alerts().get(0).message().args()).contains("2026-07");
  }
}

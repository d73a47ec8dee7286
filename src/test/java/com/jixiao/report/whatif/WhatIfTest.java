package com.jixiao.report.whatif;

import static com.jixiao.report.ReportFixtures.A;
import static com.jixiao.report.ReportFixtures.B;
import static com.jixiao.report.ReportFixtures.C;
import static com.jixiao.report.ReportFixtures.PERIOD;
import static com.jixiao.report.ReportFixtures.input;
import static com.jixiao.report.ReportFixtures.month;
import static com.jixiao.report.ReportFixtures.withBands;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.assess.MonthInput;
import com.jixiao.i18n.Messages;
import com.jixiao.model.Band;
import com.jixiao.model.Language;
import com.jixiao.report.Figure;
import com.jixiao.report.MonthReport;
import com.jixiao.report.ReportComparison;
import com.jixiao.report.TeamFigures;
import com.jixiao.rules.RuleSet;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A what-if on hand-made months: A, B (presales) and C (aftersales) perfect in October and
 * November; in December A is late 4 times (96.19). The store's revenue (pool 500) is December's.
 */
class WhatIfTest {
  private static final YearMonth NOV = PERIOD.minusMonths(1);
  private static final YearMonth OCT = PERIOD.minusMonths(2);

  private static final MonthInput INPUT =
      input(
          RuleSet.defaults(),
          List.of(A, B, C),
          List.of(
              month("KF001", OCT, 0),
              month("KF002", OCT, 0),
              month("KF003", OCT, 0),
              month("KF001", NOV, 0),
              month("KF002", NOV, 0),
              month("KF003", NOV, 4),
              month("KF001", PERIOD, 4),
              month("KF002", PERIOD, 0),
              month("KF003", PERIOD, 0)));

  /** The 90 line at 97: a total of 96.19 (A in December) falls to × 0.8. */
  private static final RuleSet STRICTER = withBands(stricterBands());

  private static List<Band> stricterBands() {
    List<Band> bands = new ArrayList<>(RuleSet.defaultBands());
    Band b = bands.get(1);
    bands.set(1, new Band(new BigDecimal("97"), b.coefficient(), b.levelChange(), b.action()));
    return bands;
  }

  @Test
  @DisplayName(
      "each month is compared under both rules; a month without the store's revenue has"
          + " no pool, and a note says so")
  void monthsAreComparedOneByOne() {
    WhatIf w = WhatIf.of(INPUT, Scenario.of(INPUT).withRules(STRICTER), List.of(NOV, PERIOD));
    assertThat(w.months()).extracting(WhatIf.MonthChange::month).containsExactly(NOV, PERIOD);
    // November: C (aftersales, 51 of 55 → 92.73) drops to × 0.8: 1,000 × 0.9 → 0.8: −100
    ReportComparison nov = w.months().get(0).comparison();
    assertThat(nov.agents()).extracting(c -> c.agentId()).containsExactly("KF003");
    assertThat(nov.agents().get(0).before().orElseThrow().total()).isEqualByComparingTo("92.73");
    assertThat(nov.team().payrollCostDifference()).isEqualByComparingTo("-100.00");
    assertThat(nov.team().after().pool()).isEqualByComparingTo("0");
    assertThat(w.months().get(0).notes()).hasSize(1);
    assertThat(new Messages(Language.ZH).format(w.months().get(0).notes().get(0)))
        .startsWith("2026-11：设置中的店铺营业额属于考核月份 2026-12");
    // December: A (level 3) 2,000 × 0.9 → 0.8: −200; the pool of 500 is December's
    ReportComparison dec = w.months().get(1).comparison();
    assertThat(dec.agents()).extracting(c -> c.agentId()).containsExactly("KF001");
    assertThat(dec.team().before().pool()).isEqualByComparingTo("500.00");
    assertThat(w.months().get(1).notes()).isEmpty();
    assertThat(w.payrollCostDifference()).isEqualByComparingTo("-300.00");
    assertThat(w.totalBefore(TeamFigures::pool)).isEqualByComparingTo("500.00");
    assertThat(w.bandChanges()).isEqualTo(2);
    assertThat(new Messages(Language.EN).format(w.changes().get(0)))
        .isEqualTo("Band 2: ≥90 ×0.9 → ≥97 ×0.9");
    assertThat(w.changes()).hasSize(1);
    assertThat(nov.causes()).isEqualTo(w.changes());
  }

  @Test
  @DisplayName("a replayed month is the month a run with that period gives, without the revenue")
  void aReplayedMonthIsThatMonthAsThePeriod() {
    Map<YearMonth, MonthReport> replayed = MonthReplay.reports(INPUT, List.of(OCT, NOV, PERIOD));
    MonthReport direct = MonthReport.of(MonthReplay.asPeriod(INPUT, NOV), List.of());
    assertThat(direct.input().settings().period()).isEqualTo(NOV);
    assertThat(direct.input().settings().storeRevenue()).isEmpty();
    ReportComparison same = ReportComparison.compare(direct, replayed.get(NOV));
    assertThat(same.unchanged()).isTrue();
    assertThat(same.team().before()).isEqualTo(same.team().after());
    assertThat(replayed.get(PERIOD).input()).isSameAs(INPUT);
  }

  @Test
  @DisplayName("the current rules as the scenario: no change in any month, no words")
  void identity() {
    WhatIf w = WhatIf.of(INPUT, Scenario.of(INPUT), List.of(OCT, NOV, PERIOD));
    assertThat(w.unchanged()).isTrue();
    assertThat(w.changes()).isEmpty();
    assertThat(w.payrollCostDifference()).isEqualByComparingTo("0");
    assertThat(w.crossings()).isEmpty();
    assertThat(w.months().get(2).comparison().changing(Figure.BAND)).isEmpty();
  }

  @Test
  @DisplayName("a month without rows cannot be replayed (the command checks this first)")
  void monthWithoutRows() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> MonthReplay.reports(INPUT, List.of(PERIOD.minusMonths(5), PERIOD)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package com.jixiao.report;

import static com.jixiao.report.ReportFixtures.C;
import static com.jixiao.report.ReportFixtures.PERIOD;
import static com.jixiao.report.ReportFixtures.band;
import static com.jixiao.report.ReportFixtures.month;
import static com.jixiao.report.ReportFixtures.perfect;
import static com.jixiao.report.ReportFixtures.report;
import static com.jixiao.report.ReportFixtures.withBands;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.i18n.Message;
import com.jixiao.ranking.TierClass;
import com.jixiao.rules.RuleSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The comparison of two month reports, on three agents whose perfect month scores 100.00 (A and B
 * presales on levels 3 and 2, C aftersales on level 1; pool 500 split over A's and B's 10 points
 * for meeting the target).
 */
class ReportComparisonTest {
  private static final MonthReport ALL_PERFECT =
      report(List.of(perfect("KF001"), perfect("KF002"), perfect("KF003")));

  /** A late 4 times: attendance scores 0, total 101 × 100 / 105 = 96.19. */
  private static final MonthReport A_LATE =
      report(List.of(month("KF001", PERIOD, 4), perfect("KF002"), perfect("KF003")));

  @Test
  @DisplayName("the same month twice: no agent changes, every team difference is 0")
  void identicalReportsShowNoChanges() {
    ReportComparison c =
        ReportComparison.compare(ALL_PERFECT, report(ALL_PERFECT.input().monthly()));
    assertThat(c.unchanged()).isTrue();
    assertThat(c.agents()).isEmpty();
    assertThat(c.team().payrollCostDifference()).isEqualByComparingTo("0");
    assertThat(c.team().bandRows()).allMatch(r -> r.difference() == 0);
    assertThat(c.period()).isEqualTo(PERIOD);
  }

  @Test
  @DisplayName(
      "an agent who drops from 100.00 to 96.19 changes total, band, coefficient, rank, tier"
          + " and pay; the others' figures do not change")
  void oneAgentsLowerTotal() {
    ReportComparison c = ReportComparison.compare(ALL_PERFECT, A_LATE);
    assertThat(c.agents()).extracting(AgentChange::agentId).containsExactly("KF001");
    AgentChange a = c.agents().get(0);
    // all three tied at 100.00 (rank 1, 1, 1); then A alone at 96.19 is rank 3
    // tiers: n = 3, k = max(1, round(0.6)) = 1; tied at rank 1 all are 尖子班; then A's rank 3 is
    // in the last k places: 提升班
    assertThat(a.changed())
        .containsExactlyInAnyOrder(
            Figure.TOTAL,
            Figure.BAND,
            Figure.COEFFICIENT,
            Figure.RANK,
            Figure.TIER,
            Figure.PERFORMANCE_PAY,
            Figure.GROSS_PAY);
    assertThat(a.difference(Figure.TOTAL)).contains(new BigDecimal("-3.81"));
    assertThat(a.difference(Figure.COEFFICIENT))
        .hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("-0.3"));
    assertThat(a.difference(Figure.RANK))
        .hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("2"));
    assertThat(a.difference(Figure.TIER)).isEmpty();
    assertThat(a.before().orElseThrow().tier()).contains(TierClass.ELITE);
    assertThat(a.after().orElseThrow().tier()).contains(TierClass.IMPROVEMENT);
    // gross pay: 5,000 + 2,000 × 1.2 + commission 50,000 × 1% + 50,000 × 2% (1,500) + rewards
    // (sales rank 1 300 + conversion rank 1 200, tied with B) + pool 500 × 10/20 = 9,650;
    // with coefficient 0.9: 5,000 + 1,800 + 1,500 + 500 + 250 = 9,050
    assertThat(a.before().orElseThrow().grossPay()).isEqualByComparingTo("9650.00");
    assertThat(a.after().orElseThrow().grossPay()).isEqualByComparingTo("9050.00");
    assertThat(a.payDifference()).isEqualByComparingTo("-600.00");
    assertThat(a.crossings())
        .containsExactly(new Crossing(Crossing.Line.IMPROVEMENT_TIER, Crossing.Direction.INTO));
    assertThat(c.team().payrollCostDifference()).isEqualByComparingTo("-600.00");
    assertThat(c.changing(Figure.BAND)).hasSize(1);
  }

  @Test
  @DisplayName("team level: agents per band and per tier class before and after, and the spread")
  void teamFigures() {
    TeamComparison t = ReportComparison.compare(ALL_PERFECT, A_LATE).team();
    // default bands best first: ≥100, 90–100, 80–90, 60–80, 50–60, below 50
    assertThat(t.before().bands())
        .extracting(TeamFigures.BandCount::agents)
        .containsExactly(3, 0, 0, 0, 0, 0);
    assertThat(t.after().bands())
        .extracting(TeamFigures.BandCount::agents)
        .containsExactly(2, 1, 0, 0, 0, 0);
    assertThat(t.bandRows())
        .extracting(TeamComparison.BandRow::difference)
        .containsExactly(-1, 1, 0, 0, 0, 0);
    assertThat(t.before().tiers())
        .containsEntry(TierClass.ELITE, 3)
        .containsEntry(TierClass.IMPROVEMENT, 0);
    assertThat(t.after().tiers())
        .containsEntry(TierClass.ELITE, 2)
        .containsEntry(TierClass.IMPROVEMENT, 1);
    assertThat(t.tierDifference(TierClass.IMPROVEMENT)).isEqualTo(1);
    // 96.19, 100, 100: mean 296.19 / 3 = 98.73; deviations −2.54, 1.27, 1.27; squares 6.4516 +
    // 1.6129 + 1.6129 = 9.6774; / (3 − 1) = 4.8387; √ = 2.19970…
    Spread s = t.after().totals();
    assertThat(s.mean()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("98.73"));
    assertThat(s.standardDeviation()).contains(new BigDecimal("2.1997"));
    assertThat(s.min()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("96.19"));
    assertThat(s.max()).hasValueSatisfying(m -> assertThat(m).isEqualByComparingTo("100"));
    assertThat(t.before().totals().standardDeviation()).contains(new BigDecimal("0.0000"));
    // the pool of 500 is paid out in full both times
    assertThat(t.after().pool()).isEqualByComparingTo("500.00");
    assertThat(t.difference(TeamFigures::poolPaidOut)).isEqualByComparingTo("0");
  }

  @Test
  @DisplayName("moving the 90 line to 92 changes nobody at 96.19: the band keeps its place")
  void aLineNobodyCrossesChangesNobody() {
    RuleSet moved =
        withBands(
            List.of(
                band("100", "1.2", "promote2"),
                band("92", "0.9", "promote1"),
                band("80", "0.8", "review"),
                band("60", "0.7", "keep"),
                band("50", "0.6", "demote"),
                band("-1000000", "0.4", "dismiss")));
    MonthReport after = report(moved, A_LATE.input().monthly());
    ReportComparison c = ReportComparison.compare(A_LATE, after);
    assertThat(c.unchanged()).isTrue();
    assertThat(c.team().bandRows().get(1).before().orElseThrow().band().minScore())
        .isEqualByComparingTo("90");
    assertThat(c.team().bandRows().get(1).after().orElseThrow().band().minScore())
        .isEqualByComparingTo("92");
  }

  @Test
  @DisplayName(
      "raising every line so that 96.19 is below the lowest: A crosses into the dismissal"
          + " band, everyone's coefficient falls one place")
  void crossingIntoTheDismissalBand() {
    RuleSet strict =
        withBands(
            List.of(
                band("101", "1.2", "promote2"),
                band("100", "0.9", "promote1"),
                band("99", "0.8", "review"),
                band("98", "0.7", "keep"),
                band("97", "0.6", "demote"),
                band("-1000000", "0.4", "建议辞退")));
    ReportComparison c = ReportComparison.compare(A_LATE, report(strict, A_LATE.input().monthly()));
    assertThat(c.agents())
        .extracting(AgentChange::agentId)
        .containsExactly("KF001", "KF002", "KF003");
    AgentChange a = c.agents().get(0);
    assertThat(a.crossings())
        .containsExactly(new Crossing(Crossing.Line.DISMISSAL_BAND, Crossing.Direction.INTO));
    // performance pay: A 2,000 × 0.9 → × 0.4 (−1,000); B 1,500 × 1.2 → × 0.9 (−450); C 1,000 ×
    // 1.2 → × 0.9 (−300)
    assertThat(a.difference(Figure.PERFORMANCE_PAY)).contains(new BigDecimal("-1000.00"));
    assertThat(c.agents().get(1).payDifference()).isEqualByComparingTo("-450");
    assertThat(c.agents().get(2).payDifference()).isEqualByComparingTo("-300");
    assertThat(c.team().payrollCostDifference()).isEqualByComparingTo("-1750.00");
    assertThat(c.crossings()).extracting(AgentChange::agentId).containsExactly("KF001");
    assertThat(c.byPayChange())
        .extracting(AgentChange::agentId)
        .containsExactly("KF001", "KF002", "KF003");
    assertThat(c.team().after().bands())
        .extracting(TeamFigures.BandCount::agents)
        .containsExactly(0, 2, 0, 0, 0, 1);
  }

  @Test
  @DisplayName(
      "improvement class at the end of last quarter and now: A crosses into elimination" + " risk")
  void crossingIntoEliminationRisk() {
    // September (last quarter's end): A late 4 times, 96.19 below B and C: 提升班
    var september =
        List.of(
            month("KF001", PERIOD.minusMonths(3), 4),
            month("KF002", PERIOD.minusMonths(3), 0),
            month("KF003", PERIOD.minusMonths(3), 0));
    MonthReport before =
        report(concat(september, List.of(perfect("KF001"), perfect("KF002"), perfect("KF003"))));
    MonthReport after =
        report(
            concat(
                september, List.of(month("KF001", PERIOD, 4), perfect("KF002"), perfect("KF003"))));
    AgentChange a = ReportComparison.compare(before, after).agents().get(0);
    assertThat(a.agentId()).isEqualTo("KF001");
    assertThat(a.crossings())
        .containsExactly(
            new Crossing(Crossing.Line.IMPROVEMENT_TIER, Crossing.Direction.INTO),
            new Crossing(Crossing.Line.ELIMINATION_RISK, Crossing.Direction.INTO));
    // and back: the reverse comparison crosses out of both
    AgentChange back = ReportComparison.compare(after, before).agents().get(0);
    assertThat(back.crossings())
        .extracting(Crossing::direction)
        .containsOnly(Crossing.Direction.OUT_OF);
  }

  @Test
  @DisplayName(
      "an agent in only one report is listed with every figure changed; the pay"
          + " difference counts the missing side as 0")
  void agentsInOnlyOneReport() {
    MonthReport withoutC = report(List.of(perfect("KF001"), perfect("KF002")));
    ReportComparison c = ReportComparison.compare(ALL_PERFECT, withoutC);
    AgentChange gone =
        c.agents().stream().filter(x -> x.agentId().equals("KF003")).findFirst().orElseThrow();
    assertThat(gone.onlyBefore()).isTrue();
    assertThat(gone.changed()).containsExactlyInAnyOrder(Figure.values());
    // C: 3,000 + 1,000 × 1.2 + commission 1,500 (on the same 100,000 sales) + no points
    assertThat(gone.payDifference()).isEqualByComparingTo("-5700.00");
    assertThat(gone.difference(Figure.TOTAL)).isEmpty();
    assertThat(gone.agent()).isEqualTo(C);
    // with two agents there are no tier classes: A and B lose 尖子班
    assertThat(c.team().after().withoutTier()).isEqualTo(2);
    assertThat(c.agents())
        .extracting(AgentChange::agentId)
        .containsExactly("KF001", "KF002", "KF003");
    ReportComparison back = ReportComparison.compare(withoutC, ALL_PERFECT);
    assertThat(back.agents().get(2).onlyAfter()).isTrue();
  }

  @Test
  @DisplayName("causes are the caller's: for everyone, and per agent, never guessed")
  void causesAreAttachedByTheCaller() {
    Message rule = Message.of("whatif.change.weight", "转化率", "5", "10", "售前");
    Message objection = Message.of("objection.accepted", 1);
    ReportComparison c =
        ReportComparison.compare(ALL_PERFECT, A_LATE)
            .withCauses(List.of(rule))
            .withAgentCauses(Map.of("KF001", List.of(objection), "KF999", List.of(objection)));
    assertThat(c.causes()).containsExactly(rule);
    assertThat(c.agents().get(0).causes()).containsExactly(objection);
    assertThat(ReportComparison.compare(ALL_PERFECT, A_LATE).agents().get(0).causes()).isEmpty();
  }

  @Test
  @DisplayName("the largest change of pay comes first, whichever its sign")
  void sortedByPayChange() {
    MonthReport bLate =
        report(List.of(perfect("KF001"), month("KF002", PERIOD, 4), perfect("KF003")));
    // A: +600 (9,050 → 9,650); B: 4,000 + 1,500 × 1.2 … → × 0.9: −450
    ReportComparison c = ReportComparison.compare(A_LATE, bLate);
    assertThat(c.byPayChange()).extracting(AgentChange::agentId).containsExactly("KF001", "KF002");
    assertThat(c.byPayChange().get(0).payDifference()).isEqualByComparingTo("600");
    assertThat(c.byPayChange().get(1).payDifference()).isEqualByComparingTo("-450");
    assertThat(ReportComparison.compare(ALL_PERFECT, A_LATE).agents().get(0).after())
        .map(AgentFigures::coefficient)
        .hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("0.9"));
    assertThat(Optional.of(c.team().payrollCostDifference()))
        .hasValueSatisfying(x -> assertThat(x).isEqualByComparingTo("150"));
  }

  private static <T> List<T> concat(List<T> a, List<T> b) {
    List<T> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }
}

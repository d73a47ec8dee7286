package com.jixiao.ranking;

import static com.jixiao.ranking.Team.n;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.model.Metric;
import com.jixiao.model.Role;
import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Monthly rewards and penalties (docs/rules.md#rewards), source 0. */
class RewardsAndPenaltiesTest {

  private static BigDecimal amount(String s) {
    return n(s);
  }

  @Test
  void twoAgentsTiedAtRankOneBothGet300AndTheNextIsRankThreeWith100() {
    RankingResult r =
        new Team()
            .presales("A", "B", "C", "D")
            .row("A", Metric.SALES, "90000", Metric.DEALS, "20")
            .row("B", Metric.SALES, "90000", Metric.DEALS, "20")
            .row("C", Metric.SALES, "80000", Metric.DEALS, "20")
            .row("D", Metric.SALES, "70000", Metric.DEALS, "20")
            .rank();
    assertThat(r.agent("A").orElseThrow().salesRank()).contains(1);
    assertThat(r.agent("B").orElseThrow().salesRank()).contains(1);
    assertThat(r.agent("C").orElseThrow().salesRank()).contains(3);
    // conversion: all tied at rank 1, each gets the 200; nobody is lowest
    assertThat(r.reward("A")).isEqualByComparingTo(amount("500"));
    assertThat(r.reward("B")).isEqualByComparingTo(amount("500"));
    assertThat(r.reward("C")).isEqualByComparingTo(amount("300"));
    assertThat(r.reward("D")).isEqualByComparingTo(amount("200"));
    assertThat(r.penalty("D")).isEqualByComparingTo(amount("50"));
    assertThat(r.penalty("A")).isZero();
  }

  @Test
  void agentsTiedAtTheBottomAllPayThePenalty() {
    RankingResult r =
        new Team()
            .presales("A", "B", "C")
            .row("A", Metric.SALES, "90000", Metric.DEALS, "30")
            .row("B", Metric.SALES, "50000", Metric.DEALS, "10")
            .row("C", Metric.SALES, "50000", Metric.DEALS, "10")
            .rank();
    assertThat(r.penalty("B")).isEqualByComparingTo(amount("100"));
    assertThat(r.penalty("C")).isEqualByComparingTo(amount("100"));
    assertThat(r.agent("C").orElseThrow().salesRank()).contains(2);
    // rank 2 of sales earns the 200 even at the bottom of a group of three
    assertThat(r.reward("C")).isEqualByComparingTo(amount("200"));
  }

  @Test
  void aGroupOfOneGetsTheRank1RewardAndNoPenalty() {
    RankingResult r = new Team().presales("A").row("A").rank();
    assertThat(r.reward("A")).isEqualByComparingTo(amount("500"));
    assertThat(r.penalty("A")).isZero();
  }

  @Test
  void aGroupOfTwoAllTiedHasNoPenaltyBecauseNobodyBelowRank1IsPenalized() {
    RankingResult r = new Team().presales("A", "B").row("A").row("B").rank();
    assertThat(r.penalty("A")).isZero();
    assertThat(r.penalty("B")).isZero();
    assertThat(r.reward("B")).isEqualByComparingTo(amount("500"));
  }

  @Test
  void agentsWithoutInquiriesAreNotRankedOnConversionAndOnlyPresalesAreRanked() {
    RankingResult r =
        new Team()
            .presales("A", "B")
            .agent("L", Role.LEAD, "一组")
            .agent("S", Role.AFTERSALES, "一组")
            .row("A", Metric.INQUIRIES, "0")
            .row("B", Metric.SALES, "10")
            .row("L", Metric.SALES, "999999")
            .row("S")
            .rank();
    assertThat(r.agent("A").orElseThrow().conversionRank()).isEmpty();
    assertThat(r.agent("B").orElseThrow().conversionRank()).contains(1);
    assertThat(r.agent("L").orElseThrow().salesRank()).isEmpty();
    assertThat(r.agent("S").orElseThrow().salesRank()).isEqualTo(Optional.empty());
    assertThat(r.reward("L")).isZero();
    // B alone in the conversion group: its reward, no conversion penalty; lowest sales: 50
    assertThat(r.reward("B")).isEqualByComparingTo(amount("400"));
    assertThat(r.penalty("B")).isEqualByComparingTo(amount("50"));
  }

  @Test
  void equalConversionsWrittenDifferentlyAreAnExactTie() {
    RankingResult r =
        new Team()
            .presales("A", "B", "C")
            .row("A", Metric.DEALS, "3", Metric.INQUIRIES, "200")
            .row("B", Metric.DEALS, "6", Metric.INQUIRIES, "400")
            .row("C", Metric.DEALS, "2", Metric.INQUIRIES, "300")
            .rank();
    assertThat(r.agent("A").orElseThrow().conversionRank()).contains(1);
    assertThat(r.agent("B").orElseThrow().conversionRank()).contains(1);
    assertThat(r.agent("C").orElseThrow().conversionRank()).contains(3);
  }

  @Test
  void amountsComeFromTheParameters() {
    RankingResult r =
        new Team()
            .param(com.jixiao.rules.Param.REWARDS_SALES_TOP, "500,300,100")
            .param(com.jixiao.rules.Param.REWARDS_CONVERSION_TOP, "0")
            .param(com.jixiao.rules.Param.PENALTIES_SALES_BOTTOM, "80")
            .presales("A", "B")
            .row("A", Metric.SALES, "2")
            .row("B", Metric.SALES, "1")
            .rank();
    assertThat(r.reward("A")).isEqualByComparingTo(amount("500"));
    assertThat(r.reward("B")).isEqualByComparingTo(amount("300"));
    assertThat(r.penalty("B")).isEqualByComparingTo(amount("80"));
    assertThat(r.reward("nobody")).isZero();
  }
}

package com.jixiao.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.assess.Alert;
import com.jixiao.assess.Ratio;
import com.jixiao.assess.Severity;
import com.jixiao.model.Metric;
import com.jixiao.model.Role;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Tier classes, docs/rules.md#tiers (source 1's 分班机制), and elimination risk,
 * docs/rules.md#elimination (末位淘汰制).
 */
class TiersTest {
  private static final YearMonth SEP = YearMonth.of(2026, 9);
  private static final BigDecimal SHARE = new BigDecimal("0.2");

  /** Classes of the given means, as a string "E E S I" in the given order. */
  private static String classes(BigDecimal share, String... means) {
    Map<String, Ratio> m = new LinkedHashMap<>();
    Map<String, Integer> months = new LinkedHashMap<>();
    for (int i = 0; i < means.length; i++) {
      m.put("a" + i, Ratio.of(new BigDecimal(means[i])));
      months.put("a" + i, 1);
    }
    Tiers t = Tiers.classify(SEP, m, months, share);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < means.length; i++) {
      out.add(t.classOf("a" + i).map(c -> c.name().substring(0, 1)).orElse("-"));
    }
    return String.join(" ", out);
  }

  @ParameterizedTest(name = "n = {0}: k = {1}")
  @CsvSource({"2, 0", "3, 1", "5, 1", "10, 2", "13, 3"})
  void kIsTwentyPercentRoundedHalfUpAtLeastOneAndNoTiersBelowThree(int n, int k) {
    Map<String, Ratio> m = new LinkedHashMap<>();
    for (int i = 0; i < n; i++) {
      m.put("a" + i, Ratio.of(BigDecimal.valueOf(100 - i)));
    }
    Tiers t = Tiers.classify(SEP, m, Map.of(), SHARE);
    assertThat(t.k()).isEqualTo(k);
    long elite = t.classes().values().stream().filter(c -> c == TierClass.ELITE).count();
    long improvement =
        t.classes().values().stream().filter(c -> c == TierClass.IMPROVEMENT).count();
    assertThat(elite).isEqualTo(k);
    assertThat(improvement).isEqualTo(k);
    assertThat(t.classes()).hasSize(n < 3 ? 0 : n);
  }

  @Test
  void halfAnAgentRoundsUp() {
    // 10% of 15 = 1.5 → 2 in each class
    String[] means = new String[15];
    for (int i = 0; i < 15; i++) {
      means[i] = String.valueOf(100 - i);
    }
    assertThat(classes(new BigDecimal("0.1"), means)).isEqualTo("E E S S S S S S S S S S S I I");
  }

  @Test
  void aTieGroupStraddlingTheTopBoundaryIsAllElite() {
    assertThat(classes(SHARE, "90", "90", "80", "70", "60")).isEqualTo("E E S S I");
  }

  @Test
  void aTieGroupStraddlingTheBottomBoundaryIsAllStandard() {
    assertThat(classes(SHARE, "90", "80", "70", "60", "60")).isEqualTo("E S S S S");
  }

  @Test
  void aTieGroupInsideTheBottomIsAllImprovement() {
    // n = 10, k = 2: the last two tied are both in 提升班
    assertThat(classes(SHARE, "99", "98", "97", "96", "95", "94", "93", "92", "50", "50"))
        .isEqualTo("E E S S S S S S I I");
  }

  @Test
  void everyoneTiedIsElite() {
    assertThat(classes(SHARE, "80", "80", "80")).isEqualTo("E E E");
  }

  @Test
  void theQuarterToDateScoreIsTheMeanOfTheQuartersMonthsUpToThePeriod() {
    Team t = new Team().period(YearMonth.of(2026, 8)).presales("A", "B", "C");
    // June is the previous quarter and does not count
    t.row("A", YearMonth.of(2026, 6), Metric.SALES, "1");
    t.row("A", YearMonth.of(2026, 7)).row("A", YearMonth.of(2026, 8), Metric.SALES_TARGET, "1");
    t.row("B", YearMonth.of(2026, 8)).row("C", YearMonth.of(2026, 8));
    RankingResult r = t.rank();
    assertThat(r.tiers().months()).containsEntry("A", 2).containsEntry("B", 1);
    assertThat(r.tiers().provisional()).isTrue();
  }

  @Test
  void theClassesAreFinalOnlyAtAQuartersEnd() {
    Team sep = new Team().presales("A", "B", "C").row("A").row("B").row("C");
    assertThat(sep.rank().tiers().provisional()).isFalse();
    Team aug =
        new Team().period(YearMonth.of(2026, 8)).presales("A", "B", "C").row("A").row("B").row("C");
    assertThat(aug.rank().tiers().provisional()).isTrue();
  }

  /** A, B, C, D, E each month from April to the period; E is far worst. */
  private static Team weakE(YearMonth period) {
    Team t = new Team().period(period);
    for (String id : List.of("A", "B", "C", "D", "E")) {
      t.agent(id, id.equals("E") ? Role.AFTERSALES : Role.PRESALES, "一组");
    }
    for (YearMonth m = YearMonth.of(2026, 4); !m.isAfter(period); m = m.plusMonths(1)) {
      for (String id : List.of("A", "B", "C", "D")) {
        t.row(id, m);
      }
      t.row("E", m, Metric.COMPLAINTS, "3", Metric.LATE_COUNT, "4");
    }
    return t;
  }

  private static List<Alert> alerts(RankingResult r, String type) {
    return r.alerts().stream().filter(a -> a.type().equals(type)).toList();
  }

  @Test
  void improvementAtTheEndOfThisQuarterAndThePreviousIsAnEliminationWarning() {
    RankingResult r = weakE(SEP).rank();
    assertThat(r.agent("E").orElseThrow().tier()).contains(TierClass.IMPROVEMENT);
    List<Alert> risk = alerts(r, "elimination_risk");
    assertThat(risk)
        .singleElement()
        .satisfies(
            a -> {
              assertThat(a.subject()).isEqualTo("E 名E");
              assertThat(a.severity()).isEqualTo(Severity.WARNING);
            });
  }

  @Test
  void midQuarterTheEliminationRiskIsProvisionalInformation() {
    RankingResult r = weakE(YearMonth.of(2026, 8)).rank();
    assertThat(alerts(r, "elimination_risk"))
        .singleElement()
        .satisfies(a -> assertThat(a.severity()).isEqualTo(Severity.INFO))
        .satisfies(a -> assertThat(a.message().key()).endsWith(".provisional"));
  }

  @Test
  void withoutARowAtThePreviousQuartersEndTheHistoryIsMissing() {
    Team t = new Team().presales("A", "B", "C", "D").agent("E", Role.AFTERSALES, "一组");
    for (String id : List.of("A", "B", "C", "D")) {
      t.row(id, YearMonth.of(2026, 6)).row(id);
    }
    t.row("E", Metric.COMPLAINTS, "3");
    RankingResult r = t.rank();
    assertThat(alerts(r, "elimination_risk")).isEmpty();
    assertThat(alerts(r, "history_missing"))
        .singleElement()
        .satisfies(a -> assertThat(a.message().args()).contains("2026-06"));
  }
}

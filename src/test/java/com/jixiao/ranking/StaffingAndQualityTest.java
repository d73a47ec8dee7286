package com.jixiao.ranking;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.assess.Alert;
import com.jixiao.assess.Severity;
import com.jixiao.model.Metric;
import com.jixiao.model.QaCode;
import com.jixiao.model.QaRecord;
import com.jixiao.rules.Param;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Staffing, docs/rules.md#staffing (source 0), and quality coverage, docs/rules.md#quality (seed
 * 003).
 */
class StaffingAndQualityTest {

  private static List<String> types(RankingResult r) {
    return r.alerts().stream()
        .filter(a -> !a.type().equals("staffing_headcount"))
        .map(Alert::type)
        .toList();
  }

  @ParameterizedTest(name = "{0} receptions in 20 days → {1}")
  @CsvSource({
    "3000, none", // exactly 150 a day
    "3001, staffing_consider",
    "4000, staffing_consider", // exactly 200 a day
    "4001, staffing_must"
  })
  void dailyReceptionsStrictlyAboveTheThresholds(String receptions, String expected) {
    RankingResult r =
        new Team()
            .presales("A")
            .row(
                "A",
                Metric.RECEPTIONS,
                receptions,
                Metric.SCHEDULED_DAYS,
                "22",
                Metric.ABSENT_DAYS,
                "2")
            .rank();
    List<String> staffing = types(r).stream().filter(t -> t.startsWith("staffing")).toList();
    assertThat(staffing).isEqualTo(expected.equals("none") ? List.of() : List.of(expected));
  }

  @Test
  void theMustAlertIsSevereAndTheConsiderAlertAWarning() {
    RankingResult r =
        new Team()
            .presales("A", "B")
            .row("A", Metric.RECEPTIONS, "4401")
            .row("B", Metric.RECEPTIONS, "3301")
            .rank();
    assertThat(r.alerts())
        .filteredOn(a -> a.subject().equals("A 名A"))
        .singleElement()
        .satisfies(a -> assertThat(a.severity()).isEqualTo(Severity.SEVERE));
    assertThat(r.alerts())
        .filteredOn(a -> a.subject().equals("B 名B"))
        .singleElement()
        .satisfies(a -> assertThat(a.severity()).isEqualTo(Severity.WARNING));
  }

  @Test
  void theSuggestedHeadcountIsTheCeilingOfTheTeamsDailyReceptionsOver150() {
    // 160 + 150 + 0.5 a day = 310.5 → ⌈2.07⌉ = 3 for a team of 4; an absent-all-month agent counts
    // 0
    RankingResult r =
        new Team()
            .presales("A", "B", "C", "D")
            .row("A", Metric.RECEPTIONS, "3520")
            .row("B", Metric.RECEPTIONS, "3300")
            .row("C", Metric.RECEPTIONS, "11")
            .row("D", Metric.RECEPTIONS, "0", Metric.ABSENT_DAYS, "22")
            .rank();
    TeamStaffing t = r.teams().get(0);
    assertThat(t.agents()).isEqualTo(4);
    assertThat(t.suggested()).isEqualByComparingTo(new BigDecimal("3"));
    assertThat(r.agent("D").orElseThrow().dailyReceptions()).isEmpty();
    assertThat(r.alerts())
        .filteredOn(a -> a.type().equals("staffing_headcount"))
        .singleElement()
        .satisfies(a -> assertThat(a.severity()).isEqualTo(Severity.INFO));
  }

  @Test
  void aTeamShortOfTheSuggestedHeadcountIsAWarning() {
    RankingResult r = new Team().presales("A").row("A", Metric.RECEPTIONS, "3520").rank();
    assertThat(r.teams().get(0).suggested()).isEqualByComparingTo(new BigDecimal("2"));
    assertThat(r.alerts())
        .filteredOn(a -> a.type().equals("staffing_headcount"))
        .singleElement()
        .satisfies(a -> assertThat(a.severity()).isEqualTo(Severity.WARNING));
  }

  private static Team inspected(int inspections, String inspector) {
    Team t =
        new Team()
            .param(Param.QA_PER_DAY, "3")
            .presales("A")
            .row("A", Metric.SCHEDULED_DAYS, "2", Metric.ABSENT_DAYS, "0");
    for (int i = 0; i < inspections; i++) {
      t.qa(new QaRecord(LocalDate.of(2026, 9, 1 + i % 2), "A", QaCode.OK, "", inspector));
    }
    return t;
  }

  @Test
  void coverageOfExactly100PercentIsNoAlert() {
    RankingResult r = inspected(6, "赵敏").rank();
    AgentQuality q = r.quality().get(0);
    assertThat(q.required()).isEqualByComparingTo("6");
    assertThat(q.belowCoverage()).isFalse();
    assertThat(types(r)).doesNotContain("qa_coverage");
  }

  @Test
  void oneInspectionShortIsAnAlertForTheInspector() {
    RankingResult r = inspected(5, "赵敏").rank();
    assertThat(r.alerts())
        .filteredOn(a -> a.type().equals("qa_coverage"))
        .singleElement()
        .satisfies(a -> assertThat(a.subject()).isEqualTo("赵敏"))
        .satisfies(a -> assertThat(a.message().args()).contains("A 名A", "5", "6", "83.3%"));
  }

  @Test
  void withoutAnyInspectionTheAlertNamesTheAgent() {
    RankingResult r = inspected(0, "").rank();
    assertThat(r.alerts())
        .filteredOn(a -> a.type().equals("qa_coverage"))
        .singleElement()
        .satisfies(a -> assertThat(a.subject()).isEqualTo("A 名A"));
  }

  @Test
  void halfADayAbsentRequiresHalfTheInspectionsOfADay() {
    Team t =
        new Team()
            .param(Param.QA_PER_DAY, "3")
            .presales("A")
            .row("A", Metric.SCHEDULED_DAYS, "2", Metric.ABSENT_DAYS, "0.5");
    AgentQuality q = t.rank().quality().get(0);
    assertThat(q.required()).isEqualByComparingTo("4.5");
  }

  @Test
  void nobodyRequiredWhenNoDayWasAttended() {
    Team t =
        new Team()
            .param(Param.QA_PER_DAY, "3")
            .presales("A")
            .row("A", Metric.SCHEDULED_DAYS, "2", Metric.ABSENT_DAYS, "2");
    RankingResult r = t.rank();
    assertThat(r.quality().get(0).coverage()).isEmpty();
    assertThat(types(r)).doesNotContain("qa_coverage");
  }
}

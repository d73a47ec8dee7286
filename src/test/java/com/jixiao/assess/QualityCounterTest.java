package com.jixiao.assess;

import static com.jixiao.assess.Fixtures.PERIOD;
import static com.jixiao.assess.Fixtures.qa;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.model.QaCode;
import com.jixiao.model.QaRecord;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md#quality: inspections, fatal and non-fatal findings, and escalation of repeated
 * non-fatal codes.
 */
class QualityCounterTest {
  private static LocalDate day(int d) {
    return PERIOD.atDay(d);
  }

  private static QualitySummary countOne(List<QaRecord> records) {
    return QualityCounter.count(records, PERIOD).get("KF001");
  }

  @Test
  void everyRowIsAnInspectionIncludingPassedOnes() {
    QualitySummary q =
        countOne(
            List.of(
                qa("KF001", day(1), QaCode.OK),
                qa("KF001", day(2), QaCode.OK),
                qa("KF001", day(3), QaCode.N1),
                qa("KF001", day(4), QaCode.F2)));
    assertThat(q).isEqualTo(new QualitySummary(4, 1, 1, 0));
  }

  @Test
  void fCodesAreFatal() {
    QualitySummary q =
        countOne(List.of(qa("KF001", day(1), QaCode.F1), qa("KF001", day(2), QaCode.F5)));
    assertThat(q).isEqualTo(new QualitySummary(2, 2, 0, 0));
  }

  @Test
  void theSecondOccurrenceOfANonFatalCodeDoesNotEscalate() {
    QualitySummary q =
        countOne(List.of(qa("KF001", day(1), QaCode.N2), qa("KF001", day(9), QaCode.N2)));
    assertThat(q).isEqualTo(new QualitySummary(2, 0, 2, 0));
  }

  @Test
  void theThirdOccurrenceOfTheSameNonFatalCodeEscalatesToFatal() {
    QualitySummary q =
        countOne(
            List.of(
                qa("KF001", day(1), QaCode.N2),
                qa("KF001", day(9), QaCode.N2),
                qa("KF001", day(20), QaCode.N2)));
    assertThat(q).isEqualTo(new QualitySummary(3, 1, 2, 1));
  }

  @Test
  void theFourthAndLaterOccurrencesEscalateToo() {
    List<QaRecord> records =
        List.of(
            qa("KF001", day(5), QaCode.N3),
            qa("KF001", day(1), QaCode.N3),
            qa("KF001", day(3), QaCode.N3),
            qa("KF001", day(3), QaCode.N3),
            qa("KF001", day(2), QaCode.N3));
    assertThat(countOne(records)).isEqualTo(new QualitySummary(5, 3, 2, 3));
  }

  @Test
  void differentNonFatalCodesDoNotAddUpToAnEscalation() {
    QualitySummary q =
        countOne(
            List.of(
                qa("KF001", day(1), QaCode.N1),
                qa("KF001", day(2), QaCode.N2),
                qa("KF001", day(3), QaCode.N1),
                qa("KF001", day(4), QaCode.N2)));
    assertThat(q).isEqualTo(new QualitySummary(4, 0, 4, 0));
  }

  @Test
  void repeatsAreCountedPerAgentAndOnlyInThePeriod() {
    Map<String, QualitySummary> byAgent =
        QualityCounter.count(
            List.of(
                qa("KF001", PERIOD.minusMonths(1).atDay(28), QaCode.N1),
                qa("KF001", day(1), QaCode.N1),
                qa("KF002", day(2), QaCode.N1),
                qa("KF001", day(3), QaCode.N1),
                qa("KF001", PERIOD.plusMonths(1).atDay(1), QaCode.N1)),
            PERIOD);
    assertThat(byAgent)
        .containsOnlyKeys("KF001", "KF002")
        .containsEntry("KF001", new QualitySummary(2, 0, 2, 0))
        .containsEntry("KF002", new QualitySummary(1, 0, 1, 0));
  }

  @Test
  void anAgentWithoutInspectionsIsAbsent() {
    assertThat(QualityCounter.count(List.of(), PERIOD)).isEmpty();
  }
}

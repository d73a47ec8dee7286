package com.jixiao.docs;

import static com.jixiao.docs.RuleBook.assertBoth;
import static com.jixiao.docs.RuleBook.assertEach;
import static com.jixiao.docs.RuleBook.money;
import static com.jixiao.docs.RuleBook.plain;
import static com.jixiao.docs.RuleBook.signed;
import static com.jixiao.docs.RuleBook.signedPlain;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.assess.QualityCounter;
import com.jixiao.assess.QualitySummary;
import com.jixiao.docs.RuleBook.Doc;
import com.jixiao.model.Band;
import com.jixiao.model.Language;
import com.jixiao.model.QaCode;
import com.jixiao.model.QaRecord;
import com.jixiao.model.Settings;
import com.jixiao.money.AgentPoints;
import com.jixiao.money.Commission;
import com.jixiao.money.LargestRemainder;
import com.jixiao.money.PointsPool;
import com.jixiao.rules.RuleSet;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The rule book's made-up examples of bands, quality counts, commission, points and the points
 * pool, each computed by the class that applies the rule.
 */
class RuleBookTablesTest {
  private static final YearMonth PERIOD = YearMonth.of(2026, 9);

  private static BigDecimal n(String text) {
    return new BigDecimal(text);
  }

  @ParameterizedTest(name = "total {0}")
  @ValueSource(
      strings = {"106.67", "100.00", "99.99", "90.00", "89.99", "60.00", "54.30", "50.00", "49.99"})
  @DisplayName("bands: each example total shows its default band's coefficient and level change")
  void bands(String total) {
    Band b = RuleSet.defaults().bandOf(n(total));
    assertBoth(
        Doc.RULES,
        "bands",
        "| " + total + " | " + plain(b.coefficient()) + " | " + signed(b.levelChange()) + " |");
  }

  @Test
  @DisplayName("bands: the table of defaults lists every default band")
  void bandDefaults() {
    List<Band> bands = RuleSet.defaultBands();
    assertThat(bands).hasSize(6);
    String[] ranges = {
      "≥ 100", "90 ≤ t < 100", "80 ≤ t < 90", "60 ≤ t < 80", "50 ≤ t < 60", "t < 50"
    };
    for (int i = 0; i < bands.size(); i++) {
      Band b = bands.get(i);
      // each range is written with its own minimum; the lowest band with the one above it
      String min = plain(i < bands.size() - 1 ? b.minScore() : bands.get(i - 1).minScore());
      assertThat(ranges[i]).contains(min);
      assertBoth(
          Doc.RULES,
          "bands",
          "| "
              + ranges[i]
              + " | "
              + plain(b.coefficient())
              + " | "
              + signed(b.levelChange())
              + " |");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {"N2, N2, N2", "N1, N1, N1, N1, N3", "F1, N2, N2"})
  @DisplayName("quality: fatal, non-fatal and escalated counts of the example findings")
  void qualityCounts(String findings) {
    List<QaRecord> records = new ArrayList<>();
    int day = 1;
    for (String code : findings.split(", ")) {
      records.add(new QaRecord(PERIOD.atDay(day++), "KF001", QaCode.valueOf(code), "", "赵敏"));
    }
    QualitySummary q = QualityCounter.count(records, PERIOD).get("KF001");
    assertBoth(
        Doc.RULES,
        "quality",
        "| " + findings + " | " + q.fatal() + " | " + q.nonFatal() + " | " + q.escalated() + " |");
  }

  @Test
  @DisplayName("quality: every QA code is listed with its Chinese name")
  void qaCodes() {
    for (QaCode c : QaCode.values()) {
      assertBoth(Doc.RULES, "quality", "| " + c.name() + " | " + c.label(Language.ZH));
    }
  }

  @ParameterizedTest(name = "sales {0}")
  @CsvSource(
      delimiter = ';',
      value = {"30,000", "50,000", "92,456.42", "120,000", "150,000", "200,000"})
  @DisplayName("commission: marginal and whole commission of each example sales figure")
  void commission(String sales) {
    BigDecimal s = n(sales.replace(",", ""));
    BigDecimal marginal =
        new Commission(RuleSet.defaultCommission(), Commission.Mode.MARGINAL).on(s);
    BigDecimal whole = new Commission(RuleSet.defaultCommission(), Commission.Mode.WHOLE).on(s);
    assertBoth(
        Doc.RULES,
        "commission",
        "| " + sales + " | " + money(marginal) + " | " + money(whole) + " |");
  }

  @Test
  @DisplayName("commission: 120,000 marginal is 500 + 1,000 + 600")
  void commissionParts() {
    String parts =
        new Commission(RuleSet.defaultCommission(), Commission.Mode.MARGINAL)
            .parts(n("120000")).stream()
                .map(
                    p ->
                        RuleBook.grouped(p.base())
                            + " × "
                            + plain(p.tier().rate().movePointRight(2))
                            + "%")
                .collect(Collectors.joining(" + "));
    String amounts =
        new Commission(RuleSet.defaultCommission(), Commission.Mode.MARGINAL)
            .parts(n("120000")).stream()
                .map(p -> RuleBook.grouped(p.amount()))
                .collect(Collectors.joining(" + "));
    assertBoth(Doc.RULES, "commission", parts + " = " + amounts);
  }

  @Test
  @DisplayName("points: −30 from Points rows and 12 good reviews sum to −18 and count as 0")
  void negativePoints() {
    AgentPoints p = new AgentPoints("KF001", n("-30"), n("12"), BigDecimal.ZERO);
    assertBoth(
        Doc.RULES,
        "points",
        signedPlain(p.fromRows())
            + " + "
            + plain(p.fromReviews())
            + " + "
            + plain(p.fromTarget())
            + " = "
            + signedPlain(p.sum()));
    assertEach(
        Doc.RULES, "points", "按 " + plain(p.counted()) + " 计", "counted as " + plain(p.counted()));
  }

  @ParameterizedTest(name = "previous month {0}")
  @CsvSource(
      delimiter = ';',
      value = {"1,210,000", "1,150,000", "(none)"})
  @DisplayName("points pool: revenue 1,200,000 against target 1,250,000 and the previous month")
  void zeroPoolRule(String previous) {
    Optional<BigDecimal> prev =
        previous.startsWith("(") ? Optional.empty() : Optional.of(n(previous.replace(",", "")));
    Settings settings =
        new Settings(
            "店",
            PERIOD,
            Language.ZH,
            "CNY",
            Optional.of(n("1200000")),
            Optional.of(n("1250000")),
            prev,
            Settings.DEFAULT_POINTS_POOL_RATE,
            Optional.empty());
    PointsPool pool =
        PointsPool.of(settings, List.of(new AgentPoints("KF001", n("10"), n("0"), n("0"))));
    assertBoth(Doc.RULES, "points-pool", "| " + previous + " | " + money(pool.pool()) + " |");
  }

  @ParameterizedTest(name = "{0} over {1}")
  @CsvSource(
      delimiter = ';',
      value = {"100.00; KF001 1, KF002 1, KF003 1", "10.00; KF001 3, KF002 2, KF003 2"})
  @DisplayName("points pool: largest-remainder payouts add up to the pool exactly")
  void largestRemainder(String pool, String points) {
    Map<String, BigDecimal> weights = new LinkedHashMap<>();
    for (String part : points.split(", ")) {
      String[] idAndPoints = part.split(" ");
      weights.put(idAndPoints[0], n(idAndPoints[1]));
    }
    Map<String, BigDecimal> payouts = LargestRemainder.split(n(pool), weights);
    assertThat(payouts.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add))
        .isEqualByComparingTo(pool);
    String shown =
        payouts.entrySet().stream()
            .map(e -> e.getKey() + " " + e.getValue().toPlainString())
            .collect(Collectors.joining(", "));
    assertBoth(Doc.RULES, "points-pool", "| " + pool + " | " + points + " | " + shown + " |");
  }
}

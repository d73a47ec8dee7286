package com.jixiao.confirm;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.assess.Alert;
import com.jixiao.assess.MonthInput;
import com.jixiao.assess.QualityCounter;
import com.jixiao.assess.Severity;
import com.jixiao.model.Agent;
import com.jixiao.model.Confirmation;
import com.jixiao.model.Confirmations;
import com.jixiao.model.Contested;
import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.model.MonthlyStats;
import com.jixiao.model.Objection;
import com.jixiao.model.Objection.Decision;
import com.jixiao.model.QaCode;
import com.jixiao.model.QaRecord;
import com.jixiao.model.Role;
import com.jixiao.model.Settings;
import com.jixiao.rules.Item;
import com.jixiao.rules.RuleSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The second pass worked out on plain values (docs/rules.md#second-pass). Two presales agents whose
 * every item scores its full weight (total 100.00) but for what each test changes: A has one F1
 * finding (service attitude 0: the items 100 of 105, total 95.24), B was late twice (attendance 4 −
 * 2 = 2: 103 of 105, total 98.10). The 7th working day is 2024-07-09.
 */
class SecondPassAssessorTest {
  static final YearMonth PERIOD = YearMonth.of(2024, 6);
  static final LocalDate DEADLINE = LocalDate.of(2024, 7, 9);
  static final LocalDate F1_DAY = LocalDate.of(2024, 6, 10);

  static MonthlyStats perfect(String id, YearMonth month, Object... changes) {
    Map<Metric, BigDecimal> v = new EnumMap<>(Metric.class);
    Object[] base = {
      Metric.SALES, "100000", Metric.SALES_TARGET, "100000", Metric.VISITORS, "1000",
      Metric.DEALS, "20", Metric.INQUIRIES, "450", Metric.ORDERS, "200",
      Metric.FLAGSHIP_RATIO, "0.9", Metric.PRODUCT_KNOWLEDGE, "3", Metric.GUIDANCE, "4",
      Metric.COMMUNICATION, "3", Metric.ADAPTABILITY, "3", Metric.RESPONSIBILITY, "4",
      Metric.SCHEDULED_DAYS, "22", Metric.REPORTS_ON_TIME, "2", Metric.REPORTS_QUALITY_OK, "2"
    };
    for (Object[] pairs : new Object[][] {base, changes}) {
      for (int i = 0; i < pairs.length; i += 2) {
        v.put((Metric) pairs[i], new BigDecimal(pairs[i + 1].toString()));
      }
    }
    return new MonthlyStats(id, month, v);
  }

  static MonthInput input(Confirmations confirmations) {
    List<Agent> agents =
        List.of(
            new Agent("A", "甲", "一组", Role.PRESALES, 1, "", "", true),
            new Agent("B", "乙", "一组", Role.PRESALES, 1, "", "", true));
    List<MonthlyStats> monthly = new ArrayList<>();
    for (String id : List.of("A", "B")) {
      monthly.add(perfect(id, PERIOD.minusMonths(1)));
    }
    monthly.add(perfect("A", PERIOD));
    monthly.add(perfect("B", PERIOD, Metric.LATE_COUNT, 2));
    List<QaRecord> quality =
        List.of(
            new QaRecord(F1_DAY, "A", QaCode.F1, "", "刘"),
            new QaRecord(F1_DAY, "A", QaCode.OK, "", "刘"));
    Settings settings =
        new Settings(
            "店",
            PERIOD,
            Language.ZH,
            "CNY",
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Settings.DEFAULT_POINTS_POOL_RATE,
            Optional.of(new BigDecimal("1000")));
    return new MonthInput(
        settings,
        RuleSet.defaults(),
        agents,
        Map.of(),
        monthly,
        quality,
        List.of(),
        List.of(),
        confirmations);
  }

  static Confirmation objection(
      int row, String agent, int number, Contested what, Decision decision) {
    String by = decision == Decision.PENDING ? "" : "陈";
    return new Confirmation(
        row,
        agent,
        Confirmation.Response.OBJECTED,
        LocalDate.of(2024, 7, 5),
        Optional.of(new Objection(number, what, "理由", decision, by, Optional.empty(), "")));
  }

  static Confirmation confirmed(int row, String agent, LocalDate date) {
    return new Confirmation(row, agent, Confirmation.Response.CONFIRMED, date, Optional.empty());
  }

  static SecondPassAssessor.Outcome assess(Optional<LocalDate> asOf, Confirmation... rows) {
    return SecondPassAssessor.assess(input(new Confirmations(true, List.of(rows))), DEADLINE, asOf);
  }

  static Contested late(String claimed) {
    return new Contested.MonthlyField(Metric.LATE_COUNT, new BigDecimal(claimed));
  }

  static final Contested VOID_F1 = new Contested.Inspection(F1_DAY, QaCode.F1, Optional.empty());

  @Test
  @DisplayName("an accepted figure: B's late arrivals 2 → 1, attendance 2 → 3, total 98.10 → 99.05")
  void anAcceptedFigureCorrectsTheRunOnly() {
    SecondPassAssessor.Outcome o =
        assess(Optional.empty(), objection(2, "B", 1, late("1"), Decision.ACCEPTED));
    ObjectionOutcome effect = o.secondPass().objections().get(0);
    // 103 → 104 of the 105 weights
    assertThat(effect.before()).isEqualByComparingTo("98.10");
    assertThat(effect.after()).isEqualByComparingTo("99.05");
    assertThat(effect.was()).contains(new BigDecimal("2"));
    assertThat(row(o.corrected(), "B").get(Metric.LATE_COUNT)).isEqualByComparingTo("1");
    assertThat(row(o.secondPass().original(), "B").get(Metric.LATE_COUNT))
        .as("the workbook's own input is kept")
        .isEqualByComparingTo("2");
    ItemCorrection c = o.secondPass().correction("B", Item.ATTENDANCE).orElseThrow();
    assertThat(c.was()).isEqualByComparingTo("2.00");
    assertThat(c.now()).isEqualByComparingTo("3.00");
    assertThat(c.objections()).containsExactly(1);
    assertThat(c.deciders()).containsExactly("陈");
    assertThat(o.secondPass().correction("A", Item.ATTENDANCE)).isEmpty();
    assertThat(o.secondPass().corrections()).containsOnlyKeys("B");
  }

  @Test
  @DisplayName(
      "a voided fatal finding counts as a passed inspection: service attitude 0 → 5, 95.24 → 100.00")
  void aVoidedFindingStaysAnInspection() {
    SecondPassAssessor.Outcome o =
        assess(Optional.empty(), objection(2, "A", 1, VOID_F1, Decision.ACCEPTED));
    ObjectionOutcome effect = o.secondPass().objections().get(0);
    assertThat(effect.before()).isEqualByComparingTo("95.24");
    assertThat(effect.after()).isEqualByComparingTo("100.00");
    var counted = QualityCounter.count(o.corrected().quality(), PERIOD).get("A");
    assertThat(counted.inspections()).isEqualTo(2);
    assertThat(counted.fatal()).isZero();
    assertThat(o.secondPass().correction("A", Item.SERVICE_ATTITUDE).orElseThrow().now())
        .isEqualByComparingTo("5.00");
  }

  @Test
  @DisplayName(
      "a recoded finding: F1 → N1 is one non-fatal finding, service attitude 4, total 99.05")
  void aRecodedFinding() {
    Contested recode = new Contested.Inspection(F1_DAY, QaCode.F1, Optional.of(QaCode.N1));
    SecondPassAssessor.Outcome o =
        assess(Optional.empty(), objection(2, "A", 1, recode, Decision.ACCEPTED));
    assertThat(o.secondPass().objections().get(0).after()).isEqualByComparingTo("99.05");
    assertThat(o.corrected().quality())
        .extracting(QaRecord::code)
        .containsExactly(QaCode.N1, QaCode.OK);
  }

  @Test
  @DisplayName("pending: nothing changes, and the total it would give is shown; rejected: nothing")
  void pendingAndRejectedChangeNothing() {
    SecondPassAssessor.Outcome o =
        assess(
            Optional.empty(),
            objection(2, "A", 1, VOID_F1, Decision.PENDING),
            objection(3, "B", 2, late("0"), Decision.REJECTED));
    ObjectionOutcome pending = o.secondPass().objections().get(0);
    assertThat(pending.before()).isEqualByComparingTo("95.24");
    assertThat(pending.after()).isEqualByComparingTo("95.24");
    assertThat(pending.ifAccepted()).contains(new BigDecimal("100.00"));
    ObjectionOutcome rejected = o.secondPass().objections().get(1);
    assertThat(rejected.after()).isEqualByComparingTo("98.10");
    assertThat(rejected.ifAccepted()).isEmpty();
    assertThat(o.corrected().quality()).isEqualTo(o.secondPass().original().quality());
    assertThat(o.corrected().monthly()).isEqualTo(o.secondPass().original().monthly());
    assertThat(o.secondPass().corrections()).isEmpty();
  }

  @Test
  @DisplayName(
      "an agent's accepted objections apply one by one: the steps add up to the final total")
  void stepsAddUp() {
    Contested knowledge = new Contested.MonthlyField(Metric.PRODUCT_KNOWLEDGE, BigDecimal.ONE);
    SecondPassAssessor.Outcome o =
        assess(
            Optional.empty(),
            objection(2, "B", 1, late("0"), Decision.ACCEPTED),
            objection(3, "B", 2, knowledge, Decision.ACCEPTED));
    List<ObjectionOutcome> steps = o.secondPass().objections();
    // 103 → 105 (attendance 4) → 105 − 5 + 5 × 1/3 = 101.67 (knowledge 1.67)
    assertThat(steps.get(0).before()).isEqualByComparingTo("98.10");
    assertThat(steps.get(0).after()).isEqualByComparingTo("100.00");
    assertThat(steps.get(1).before()).isEqualByComparingTo("100.00");
    assertThat(steps.get(1).after()).isEqualByComparingTo("96.83");
    assertThat(o.secondPass().correction("B", Item.PRODUCT_KNOWLEDGE).orElseThrow().objections())
        .containsExactly(2);
  }

  @ParameterizedTest(name = "as of {0}: {1}")
  @CsvSource({
    "'',         objection_pending, false",
    "2024-07-08, objection_pending, false",
    "2024-07-09, objection_pending, false",
    "2024-07-10, objection_overdue, true"
  })
  @DisplayName(
      "the 7th working day: pending until the day ends, then escalated, and silence flagged")
  void theDeadline(String asOf, String pendingType, boolean past) {
    Optional<LocalDate> today =
        asOf.isEmpty() ? Optional.empty() : Optional.of(LocalDate.parse(asOf));
    SecondPass pass = assess(today, objection(2, "A", 1, VOID_F1, Decision.PENDING)).secondPass();
    List<String> types = pass.alerts().stream().map(Alert::type).toList();
    assertThat(types).startsWith(pendingType);
    assertThat(pass.alerts().get(0).subject()).isEqualTo("A 甲");
    assertThat(pass.alerts().get(0).severity())
        .isEqualTo(past ? Severity.SEVERE : Severity.WARNING);
    if (past) {
      assertThat(types).containsExactly("objection_overdue", "not_confirmed");
      assertThat(pass.alerts().get(1).subject()).isEqualTo("B 乙");
    } else {
      assertThat(types).containsExactly("objection_pending");
    }
    assertThat(pass.responses().get(1).late()).isEqualTo(past);
  }

  @Test
  @DisplayName(
      "responses: objected beats confirmed, the first answer's date counts, after the deadline is late")
  void responses() {
    SecondPass pass =
        assess(
                Optional.of(DEADLINE),
                confirmed(2, "A", LocalDate.of(2024, 7, 3)),
                objection(3, "A", 1, VOID_F1, Decision.REJECTED),
                confirmed(4, "B", LocalDate.of(2024, 7, 10)))
            .secondPass();
    AgentResponse a = pass.responses().get(0);
    AgentResponse b = pass.responses().get(1);
    assertThat(a.status()).isEqualTo(AgentResponse.Status.OBJECTED);
    assertThat(a.date()).contains(LocalDate.of(2024, 7, 3));
    assertThat(a.late()).isFalse();
    assertThat(b.status()).isEqualTo(AgentResponse.Status.CONFIRMED);
    assertThat(b.late()).isTrue();
    assertThat(pass.alerts()).isEmpty();
  }

  @Test
  @DisplayName("without a Confirmations sheet there is no second pass")
  void noSheetNoSecondPass() {
    SecondPassAssessor.Outcome o =
        SecondPassAssessor.assess(
            input(Confirmations.NONE), DEADLINE, Optional.of(DEADLINE.plusDays(30)));
    assertThat(o.secondPass().recorded()).isFalse();
    assertThat(o.secondPass().responses()).isEmpty();
    assertThat(o.secondPass().alerts()).isEmpty();
    assertThat(o.corrected()).isSameAs(o.secondPass().original());
  }

  private static MonthlyStats row(MonthInput input, String id) {
    return input.monthly().stream()
        .filter(m -> m.agentId().equals(id) && m.month().equals(PERIOD))
        .findFirst()
        .orElseThrow();
  }
}

package com.jixiao.docs;

import static com.jixiao.docs.RuleBook.assertBoth;
import static com.jixiao.docs.RuleBook.assertEach;
import static com.jixiao.docs.RuleBook.money;
import static com.jixiao.docs.RuleBook.plain;
import static com.jixiao.docs.RuleBook.signed;
import static com.jixiao.docs.RuleBook.signedPlain;
import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.assess.AgentScore;
import com.jixiao.assess.Alert;
import com.jixiao.assess.History;
import com.jixiao.assess.MonthAssessor;
import com.jixiao.assess.MonthInput;
import com.jixiao.assess.MonthResult;
import com.jixiao.docs.RuleBook.Doc;
import com.jixiao.i18n.Messages;
import com.jixiao.model.Language;
import com.jixiao.money.AgentPoints;
import com.jixiao.money.AnnualLine;
import com.jixiao.money.MonthMoney;
import com.jixiao.money.MonthMoney.AnnualWhen;
import com.jixiao.money.PayrollLine;
import com.jixiao.money.PointsPool;
import com.jixiao.ranking.AgentQuality;
import com.jixiao.ranking.RankingAssessor;
import com.jixiao.ranking.RankingResult;
import com.jixiao.ranking.TierClass;
import com.jixiao.ranking.Tiers;
import com.jixiao.rules.Group;
import com.jixiao.rules.Item;
import com.jixiao.rules.Param;
import com.jixiao.rules.ParamParser;
import com.jixiao.rules.RuleSet;
import com.jixiao.workbook.ReadResult;
import com.jixiao.workbook.input.WorkbookReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The rule book's worked examples that use the sample workbook (sample-workbooks/sample-zh.xlsx,
 * period 2026-09): the sample is read and assessed by the program's own classes, and each section
 * must show the program's figures, and quote the program's alert sentences in each language.
 */
class RuleBookSampleTest {
  private static final Path SAMPLE = Path.of("sample-workbooks", "sample-zh.xlsx");
  private static final Messages ZH = new Messages(Language.ZH);
  private static final Messages EN = new Messages(Language.EN);

  private static MonthInput input;
  private static MonthResult scores;
  private static RankingResult ranking;
  private static MonthMoney money;

  @BeforeAll
  static void assessTheSample() {
    ReadResult read = WorkbookReader.read(SAMPLE);
    assertThat(read.errors()).isEmpty();
    input = read.input().orElseThrow();
    scores = MonthAssessor.assess(input);
    History history = History.of(input, scores);
    ranking = RankingAssessor.assess(input, history);
    money = MonthMoney.of(input, history, ranking, AnnualWhen.ALWAYS);
  }

  private static AgentScore score(String id) {
    return scores.scores().stream()
        .filter(s -> s.agent().id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  /** The alert of this type about this subject ("KF007 吴磊", a team, an inspector). */
  private static Alert alert(List<Alert> alerts, String type, String subject) {
    return alerts.stream()
        .filter(a -> a.type().equals(type) && a.subject().equals(subject))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + type + " alert about " + subject));
  }

  /** The section quotes the alert as the program writes it, in the book's language. */
  private static void quotes(String anchor, Alert alert) {
    assertEach(Doc.RULES, anchor, ZH.format(alert.message()), EN.format(alert.message()));
  }

  private static String subject(String id) {
    AgentScore s = score(id);
    return s.agent().id() + " " + s.agent().name();
  }

  /** "41.00 + 5.51 + 10.50 = 57.01; 57.01 × 100 / 105 = 54.30" for an agent. */
  private static String totalLine(String id) {
    AgentScore s = score(id);
    BigDecimal sum = BigDecimal.ZERO;
    StringBuilder b = new StringBuilder();
    for (Group g : Group.values()) {
      BigDecimal part = s.groups().get(g);
      b.append(b.length() == 0 ? "" : " + ").append(part.toPlainString());
      sum = sum.add(part);
    }
    BigDecimal weights = input.rules().weights().total(s.agent().role());
    return b.append(" = ")
        .append(sum.toPlainString())
        .append("; ")
        .append(sum.toPlainString())
        .append(" × 100 / ")
        .append(plain(weights))
        .append(" = ")
        .append(s.total().toPlainString())
        .toString();
  }

  @Test
  @DisplayName("total: KF007, KF002 (bonuses) and KF012 (aftersales, 55 weights) are scaled to 100")
  void total() {
    assertBoth(Doc.RULES, "total", totalLine("KF007"), totalLine("KF002"), totalLine("KF012"));
    assertThat(score("KF002").total()).isGreaterThan(new BigDecimal("100"));

    RuleSet d = input.rules();
    Map<Param, Object> none =
        Map.of(Param.SCORE_SCALE_TO, ParamParser.parse(Param.SCORE_SCALE_TO, "none").orElseThrow());
    MonthInput raw =
        withRules(new RuleSet(d.weights(), d.bands(), d.commission(), d.params().with(none)));
    BigDecimal rawTotal =
        MonthAssessor.assess(raw).scores().stream()
            .filter(s -> s.agent().id().equals("KF007"))
            .findFirst()
            .orElseThrow()
            .total();
    assertEach(
        Doc.RULES,
        "total",
        "KF007 的总分为 " + rawTotal.toPlainString(),
        "KF007's total would be " + rawTotal.toPlainString());
  }

  @Test
  @DisplayName("roles: KF012, aftersales, is scored on 14 items of 55 weights")
  void roles() {
    AgentScore s = score("KF012");
    assertThat(s.items()).hasSize(14);
    BigDecimal sum =
        s.items().stream().map(i -> i.score()).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertBoth(
        Doc.RULES,
        "roles",
        sum.toPlainString()
            + " × 100 / "
            + plain(input.rules().weights().total(s.agent().role()))
            + " = "
            + s.total().toPlainString());
  }

  @Test
  @DisplayName("service attitude: KF008's third N2 is escalated, so the item scores 0.00")
  void serviceAttitudeOfKf008() {
    String v = score("KF008").item(Item.SERVICE_ATTITUDE).orElseThrow().score().toPlainString();
    assertEach(Doc.RULES, "item-service-attitude", "她的服务态度为 " + v, "her service attitude is " + v);
  }

  @Test
  @DisplayName("quality: KF008's coverage and the inspector's alert about KF012")
  void quality() {
    AgentQuality kf008 =
        ranking.quality().stream()
            .filter(q -> q.agent().id().equals("KF008"))
            .findFirst()
            .orElseThrow();
    int perDay = input.rules().params().integer(Param.QA_PER_DAY);
    String inspections = String.valueOf(kf008.counts().inspections());
    String required = plain(kf008.required());
    String attended = plain(kf008.required().divide(BigDecimal.valueOf(perDay)));
    String coverage =
        kf008
                .coverage()
                .orElseThrow()
                .decimal(3, RoundingMode.FLOOR)
                .movePointRight(2)
                .setScale(1, RoundingMode.UNNECESSARY)
            + "%";
    assertEach(
        Doc.RULES,
        "quality",
        "KF008 郑爽抽检 "
            + inspections
            + " 条，应抽检 "
            + required
            + " 条（出勤 "
            + attended
            + " 天 × "
            + perDay
            + "），覆盖率 "
            + coverage,
        "KF008 郑爽 had "
            + inspections
            + " inspections against "
            + required
            + " required ("
            + attended
            + " attended days × "
            + perDay
            + "), coverage "
            + coverage);
    assertThat(kf008.counts().escalated()).isEqualTo(1);
    quotes("quality", alert(ranking.alerts(), "qa_coverage", "孙婷"));
  }

  @Test
  @DisplayName("three months at the bottom: the alerts about KF005 and KF007 are quoted")
  void bottomStreak() {
    quotes("bottom-streak", alert(ranking.alerts(), "bottom_three_months", subject("KF005")));
    quotes("bottom-streak", alert(ranking.alerts(), "bottom_three_months", subject("KF007")));
  }

  @Test
  @DisplayName("tiers: 14 agents, k = 3, the elite and improvement classes with their scores")
  void tiers() {
    Tiers t = ranking.tiers();
    assertThat(t.provisional()).isFalse();
    BigDecimal share = input.rules().params().number(Param.TIERS_SHARE);
    String percent = plain(share.movePointRight(2)) + "%";
    String product = plain(BigDecimal.valueOf(t.n()).multiply(share));
    assertEach(
        Doc.RULES,
        "tiers",
        "n = " + t.n() + "，k = " + t.n() + " × " + percent + " = " + product + " 四舍五入 = " + t.k(),
        "n = "
            + t.n()
            + ", k = round-half-up("
            + t.n()
            + " × "
            + percent
            + ") = round-half-up("
            + product
            + ") = "
            + t.k());
    assertBoth(
        Doc.RULES, "tiers", classRow(t, TierClass.ELITE), classRow(t, TierClass.IMPROVEMENT));
  }

  /** "| elite | KF002 103.17, KF006 102.22, KF001 95.18 |", best first. */
  private static String classRow(Tiers t, TierClass c) {
    String agents =
        t.means().entrySet().stream()
            .filter(e -> t.classOf(e.getKey()).orElseThrow() == c)
            .sorted(Map.Entry.comparingByValue(Comparator.reverseOrder()))
            .map(e -> e.getKey() + " " + e.getValue().decimal(2, RoundingMode.HALF_UP))
            .collect(Collectors.joining(", "));
    return "| " + c.name().toLowerCase(Locale.ROOT) + " | " + agents + " |";
  }

  @Test
  @DisplayName("elimination risk: KF007 and KF013 warned, KF015's missing history noted")
  void elimination() {
    Alert kf007 = alert(ranking.alerts(), "elimination_risk", subject("KF007"));
    Alert kf013 = alert(ranking.alerts(), "elimination_risk", subject("KF013"));
    assertThat(ZH.format(kf013.message())).isEqualTo(ZH.format(kf007.message()));
    quotes("elimination", kf007);
    quotes("elimination", alert(ranking.alerts(), "history_missing", subject("KF015")));
  }

  @Test
  @DisplayName("team lead: the alert on KF006, lead of 售前二组, is quoted")
  void teamLead() {
    quotes("team-lead", alert(ranking.alerts(), "team_lead_demotion", subject("KF006")));
  }

  @Test
  @DisplayName("staffing: KF002 above 150, KF012 above 200, 售前一组's headcount")
  void staffing() {
    quotes("staffing", alert(ranking.alerts(), "staffing_consider", subject("KF002")));
    quotes("staffing", alert(ranking.alerts(), "staffing_must", subject("KF012")));
    quotes("staffing", alert(ranking.alerts(), "staffing_headcount", "售前一组"));
  }

  private static PayrollLine pay(String id) {
    return money.payroll().lines().stream()
        .filter(l -> l.agent().id().equals(id))
        .findFirst()
        .orElseThrow();
  }

  @Test
  @DisplayName("commission: KF001's 92,456.42 by the marginal tiers")
  void commissionOfKf001() {
    PayrollLine l = pay("KF001");
    String parts =
        l.commissionParts().stream()
            .map(
                p ->
                    RuleBook.grouped(p.base())
                        + " × "
                        + plain(p.tier().rate().movePointRight(2))
                        + "%")
            .collect(Collectors.joining(" + "));
    assertBoth(Doc.RULES, "commission", parts + " = " + money(l.commission()));
  }

  @Test
  @DisplayName("performance pay: performance wage × coefficient for KF001, KF002, KF007")
  void performancePay() {
    for (String id : List.of("KF001", "KF002", "KF007")) {
      PayrollLine l = pay(id);
      assertBoth(
          Doc.RULES,
          "performance-pay",
          money(l.performanceWage())
              + " × "
              + plain(l.coefficient())
              + " = "
              + money(l.performancePay()));
    }
  }

  @Test
  @DisplayName("points: rows + good reviews + target met for KF002 and KF007")
  void points() {
    for (String id : List.of("KF002", "KF007")) {
      AgentPoints p =
          money.points().stream().filter(x -> x.agentId().equals(id)).findFirst().orElseThrow();
      assertBoth(
          Doc.RULES,
          "points",
          signedPlain(p.fromRows())
              + " + "
              + plain(p.fromReviews())
              + " + "
              + plain(p.fromTarget())
              + " = "
              + plain(p.counted()));
    }
  }

  @Test
  @DisplayName("points pool: 0.5% of the store's revenue, the point value and KF001's payout")
  void pointsPool() {
    PointsPool pool = money.pool();
    assertThat(pool.status()).isEqualTo(PointsPool.Status.FROM_REVENUE);
    BigDecimal revenue = input.settings().storeRevenue().orElseThrow();
    String rate = plain(input.settings().pointsPoolRate().movePointRight(2)) + "%";
    AgentPoints kf001 =
        money.points().stream().filter(x -> x.agentId().equals("KF001")).findFirst().orElseThrow();
    assertBoth(
        Doc.RULES,
        "points-pool",
        money(revenue) + " × " + rate + " = " + money(pool.pool()),
        pool.pointValue().orElseThrow().toPlainString(),
        money(pool.payout("KF001")));
    assertEach(
        Doc.RULES,
        "points-pool",
        "共 " + plain(pool.totalPoints()) + " 积分",
        plain(pool.totalPoints()) + " points in all");
    assertEach(
        Doc.RULES,
        "points-pool",
        "KF001 王丽有 " + plain(kf001.counted()) + " 积分，得到 " + money(pool.payout("KF001")),
        "KF001 王丽 has "
            + plain(kf001.counted())
            + " points and gets "
            + money(pool.payout("KF001")));
  }

  private static String payRow(String id) {
    PayrollLine l = pay(id);
    return String.join(
        " | ",
        "| " + id,
        money(l.levelWage()),
        money(l.performancePay()),
        money(l.commission()),
        money(l.rewards()),
        money(l.penalties()),
        money(l.pointsBonus()),
        money(l.grossPay()) + " |");
  }

  @Test
  @DisplayName("gross pay: the Payroll lines of KF001, KF002, KF007 and KF001's sum")
  void grossPay() {
    assertBoth(Doc.RULES, "gross-pay", payRow("KF001"), payRow("KF002"), payRow("KF007"));
    PayrollLine l = pay("KF001");
    assertBoth(
        Doc.RULES,
        "gross-pay",
        "KF001: "
            + money(l.levelWage())
            + " + "
            + money(l.performancePay())
            + " + "
            + money(l.commission())
            + " + "
            + money(l.rewards())
            + " − "
            + money(l.penalties())
            + " + "
            + money(l.pointsBonus())
            + " = "
            + money(l.grossPay()));
  }

  @Test
  @DisplayName("guardrail: a 1200 penalty over 20% and a 4000 minimum wage warn, pay unchanged")
  void guardrail() {
    RuleSet d = input.rules();
    Map<Param, Object> overrides =
        Map.of(
            Param.PENALTIES_SALES_BOTTOM,
            ParamParser.parse(Param.PENALTIES_SALES_BOTTOM, "1200").orElseThrow(),
            Param.PAYROLL_MINIMUM_WAGE,
            ParamParser.parse(Param.PAYROLL_MINIMUM_WAGE, "4000").orElseThrow());
    MonthInput strict =
        withRules(new RuleSet(d.weights(), d.bands(), d.commission(), d.params().with(overrides)));
    MonthResult s = MonthAssessor.assess(strict);
    History h = History.of(strict, s);
    MonthMoney m =
        MonthMoney.of(strict, h, RankingAssessor.assess(strict, h), AnnualWhen.IN_ANNUAL_MONTH);

    PayrollLine kf007 =
        m.payroll().lines().stream()
            .filter(l -> l.agent().id().equals("KF007"))
            .findFirst()
            .orElseThrow();
    BigDecimal base = kf007.grossBeforePenalties();
    assertBoth(
        Doc.RULES,
        "guardrail",
        money(kf007.levelWage())
            + " + "
            + money(kf007.performancePay())
            + " + "
            + money(kf007.commission())
            + " + "
            + money(kf007.pointsBonus())
            + " = "
            + money(base),
        money(base.multiply(new BigDecimal("0.2")).setScale(2, RoundingMode.HALF_UP)));
    assertThat(kf007.rewards().signum()).isZero();
    quotes("guardrail", alert(m.alerts(), "deduction_over_share", subject("KF007")));
    quotes("guardrail", alert(m.alerts(), "below_minimum_wage", subject("KF015")));
  }

  @Test
  @DisplayName("annual: the year-to-date scores, bands and new levels of five agents")
  void annual() {
    List<AnnualLine> lines = money.annual().orElseThrow().lines();
    for (String id : List.of("KF002", "KF006", "KF012", "KF007", "KF015")) {
      AnnualLine l =
          lines.stream().filter(x -> x.agent().id().equals(id)).findFirst().orElseThrow();
      assertBoth(
          Doc.RULES,
          "annual",
          String.join(
              " | ",
              "| " + id,
              String.valueOf(l.months()),
              l.annualScore().toPlainString(),
              plain(l.band().coefficient()),
              signed(l.band().levelChange()),
              String.valueOf(l.salaryLevel()),
              l.newLevel() + " |"));
    }
    assertThat(lines.stream().filter(AnnualLine::clamped).map(l -> l.agent().id()))
        .containsExactlyInAnyOrder("KF006", "KF015");
  }

  private static MonthInput withRules(RuleSet rules) {
    return new MonthInput(
        input.settings(),
        rules,
        input.agents(),
        input.salaryLevels(),
        input.monthly(),
        input.quality(),
        input.points(),
        input.holidays());
  }
}

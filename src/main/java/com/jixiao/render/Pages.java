package com.jixiao.render;

import com.jixiao.assess.AgentScore;
import com.jixiao.assess.Alert;
import com.jixiao.assess.History;
import com.jixiao.assess.ItemScore;
import com.jixiao.assess.MonthInput;
import com.jixiao.assess.QaFinding;
import com.jixiao.calendar.WorkflowStep;
import com.jixiao.i18n.Messages;
import com.jixiao.model.Agent;
import com.jixiao.model.Language;
import com.jixiao.model.MonthlyStats;
import com.jixiao.model.PointsEntry;
import com.jixiao.model.QaRecord;
import com.jixiao.money.AgentPoints;
import com.jixiao.money.PayrollLine;
import com.jixiao.money.PointsPool;
import com.jixiao.ranking.AgentRanking;
import com.jixiao.ranking.Subjects;
import com.jixiao.report.MonthReport;
import com.jixiao.rules.Group;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.math3.stat.descriptive.DescriptiveStatistics;

/**
 * Builds the templates' models from the month's report: values formatted in the workbook's
 * language, nothing computed that the assessment does not already say (except the 12-month chart,
 * which assesses the earlier months of the Monthly history with the same rules).
 *
 * <p>One class because the scorecard and the team summary's rows are built from the same per-agent
 * sections (ranking, pay) over the same indexes of the period (quality, points, previous month,
 * payroll), grouped once per report rather than once per page.
 */
public final class Pages {
  /** The chart shows the period and up to 11 months before it. */
  static final int CHART_MONTHS = 12;

  private final MonthReport report;
  private final Messages messages;
  private final Map<YearMonth, Map<String, BigDecimal>> history;
  private final Map<String, List<QaRecord>> periodQuality = new HashMap<>();
  private final Map<String, List<PointsEntry>> periodPoints = new HashMap<>();
  private final Map<String, MonthlyStats> previousMonth = new HashMap<>();
  private final Map<String, PayrollLine> payrollLines = new HashMap<>();
  private final Map<String, AgentPoints> agentPoints = new HashMap<>();
  private final MoneyText money;
  private final ChangeBox changeBox;

  public Pages(MonthReport report, Messages messages) {
    this.report = report;
    this.messages = messages;
    this.money = MoneyText.of(report.input().settings().currency());
    this.changeBox = new ChangeBox(messages, money);
    this.history = history(report.history(), report.scores().period());
    // grouped once: a big month has hundreds of thousands of QA rows and thousands of agents
    YearMonth period = report.scores().period();
    for (QaRecord r : report.input().quality()) {
      if (YearMonth.from(r.date()).equals(period)) {
        periodQuality.computeIfAbsent(r.agentId(), k -> new ArrayList<>()).add(r);
      }
    }
    for (PointsEntry p : report.input().points()) {
      if (YearMonth.from(p.date()).equals(period)) {
        periodPoints.computeIfAbsent(p.agentId(), k -> new ArrayList<>()).add(p);
      }
    }
    for (MonthlyStats m : report.input().monthly()) {
      if (m.month().equals(period.minusMonths(1))) {
        previousMonth.put(m.agentId(), m);
      }
    }
    if (report.money() != null) {
      report.money().payroll().lines().forEach(l -> payrollLines.putIfAbsent(l.agent().id(), l));
      report.money().points().forEach(p -> agentPoints.putIfAbsent(p.agentId(), p));
    }
  }

  /** The PDFs' date, printed in the footer as "period ending": the period's last day. */
  public static LocalDate documentDate(YearMonth period) {
    return period.atEndOfMonth();
  }

  public ScorecardPage scorecard(AgentScore score) {
    MonthInput input = report.input();
    Language lang = messages.language();
    YearMonth period = report.scores().period();
    List<QaRecord> inspected = periodQuality.getOrDefault(score.agent().id(), List.of());
    List<QaFinding> findings = QaFinding.of(inspected, score.agent().id(), period);
    Optional<MonthlyStats> previous = Optional.ofNullable(previousMonth.get(score.agent().id()));
    int inspections = inspected.size();
    return new ScorecardPage(
        input.settings().store(),
        periodLabel(),
        score.agent().id(),
        score.agent().name(),
        score.agent().team(),
        score.agent().role().label(lang),
        score.agent().salaryLevel(),
        decimal2(score.total()),
        coefficient(score.band().coefficient()),
        score.rank(),
        report.scores().scores().size(),
        groups(score, previous, findings.size()),
        inspections,
        findings.stream().map(f -> finding(f, lang)).toList(),
        points(score.agent().id(), period),
        chart(score.agent().id(), period),
        report.workflow().step(3).dueDate().toString(),
        documentDate(period).toString(),
        ranking(score.agent()),
        pay(score.agent()),
        changeBox.edition(report.revision()),
        changeBox.of(report.revision(), score.agent().id()));
  }

  public TeamSummaryPage teamSummary() {
    Language lang = messages.language();
    List<TeamSummaryPage.Row> rows =
        report.scores().scores().stream()
            .sorted(Comparator.comparingInt(AgentScore::rank))
            .map(
                s ->
                    new TeamSummaryPage.Row(
                        s.rank(),
                        s.agent().id(),
                        s.agent().name(),
                        s.agent().team(),
                        s.agent().role().label(lang),
                        decimal2(s.total()),
                        coefficient(s.band().coefficient()),
                        ranking(s.agent()),
                        pay(s.agent())))
            .toList();
    List<TeamSummaryPage.AlertRow> alerts =
        report.alerts().stream().map(a -> alert(a, lang)).toList();
    List<TeamSummaryPage.StepRow> steps =
        report.workflow().steps().stream().map(this::step).toList();
    return new TeamSummaryPage(
        report.input().settings().store(),
        periodLabel(),
        documentDate(report.scores().period()).toString(),
        rows,
        statistics(report.scores().scores()),
        alerts,
        steps,
        report.ranking() != null,
        report.ranking() != null && report.ranking().tiers().provisional(),
        report.money() != null,
        payTotals(),
        changeBox.edition(report.revision()));
  }

  /**
   * The agent's ranks, reward and penalty with the reasons, tier class and flags
   * (docs/rules.md#rankings).
   */
  private ScorecardPage.Ranking ranking(Agent agent) {
    if (report.ranking() == null) {
      return null;
    }
    List<AgentRanking> all = report.ranking().agents();
    return report
        .ranking()
        .agent(agent.id())
        .map(
            r ->
                new ScorecardPage.Ranking(
                    r.tier().map(t -> messages.format(t.labelKey())).orElse(null),
                    report.ranking().tiers().provisional(),
                    rankOf(r.salesRank(), all.stream().filter(a -> a.salesRank().isPresent())),
                    rankOf(
                        r.conversionRank(),
                        all.stream().filter(a -> a.conversionRank().isPresent())),
                    money.amount(r.reward()),
                    money.deduction(r.penalty()),
                    r.reasons().stream().map(messages::format).toList(),
                    flags(agent)))
        .orElse(null);
  }

  /** "第 3 名（共 8 人）", or null when not ranked. */
  private String rankOf(Optional<Integer> rank, Stream<AgentRanking> ranked) {
    long n = ranked.count();
    return rank.map(r -> messages.format("scorecard.rank_in", String.valueOf(r), String.valueOf(n)))
        .orElse(null);
  }

  /** The types of the alerts about the agent in one line, as the Ranking sheet's flags. */
  private String flags(Agent agent) {
    List<String> labels =
        Subjects.alertTypesAbout(agent, report.alerts()).stream().map(this::alertType).toList();
    return labels.isEmpty()
        ? null
        : String.join(messages.language() == Language.ZH ? "、" : ", ", labels);
  }

  /** The agent's line of the Payroll sheet and their points, or null without a payroll line. */
  private ScorecardPage.Pay pay(Agent agent) {
    if (report.money() == null) {
      return null;
    }
    Optional<PayrollLine> payroll = Optional.ofNullable(payrollLines.get(agent.id()));
    Optional<AgentPoints> points = Optional.ofNullable(agentPoints.get(agent.id()));
    if (payroll.isEmpty() || points.isEmpty()) {
      return null;
    }
    PayrollLine l = payroll.get();
    AgentPoints p = points.get();
    return new ScorecardPage.Pay(
        money.amount(l.levelWage()),
        money.amount(l.performanceWage()),
        coefficient(l.coefficient()),
        money.amount(l.performancePay()),
        money.amount(l.commission()),
        money.amount(l.rewards()),
        money.deduction(l.penalties()),
        money.amount(l.pointsBonus()),
        money.amount(l.grossPay()),
        plain(p.counted()),
        pointsDetail(p),
        report.money().pool().pointValue().map(money::pointValue).orElse(null),
        l.exceed().isEmpty() ? null : money.amount(l.exceedReward()),
        l.exceed().isEmpty()
            ? null
            : l.exceed().stream()
                .map(e -> messages.format(e.reached()))
                .collect(Collectors.joining("; ")));
  }

  /**
   * Where the points come from: the Points rows, good reviews and target met
   * (docs/rules.md#points).
   */
  private String pointsDetail(AgentPoints p) {
    String detail =
        messages.format(
            "scorecard.points_detail",
            plain(p.fromRows()),
            plain(p.fromReviews()),
            plain(p.fromTarget()));
    return p.sum().signum() < 0
        ? detail + " = " + plain(p.sum()) + " · " + messages.format("comment.points_negative")
        : detail;
  }

  /** The Payroll sheet's gross-pay total, the pool and the point value; null without payroll. */
  private TeamSummaryPage.PayTotals payTotals() {
    if (report.money() == null) {
      return null;
    }
    PointsPool pool = report.money().pool();
    return new TeamSummaryPage.PayTotals(
        money.amount(report.money().payroll().total(PayrollLine::grossPay)),
        money.amount(pool.pool()),
        plain(pool.totalPoints()),
        pool.pointValue().map(money::pointValue).orElse(null));
  }

  private String periodLabel() {
    return messages.format(report.workflow().periodLabel());
  }

  private List<ScorecardPage.ItemGroup> groups(
      AgentScore score, Optional<MonthlyStats> previous, int findings) {
    Language lang = messages.language();
    List<ScorecardPage.ItemGroup> groups = new ArrayList<>();
    for (Group group : Group.values()) {
      List<ScorecardPage.ItemRow> rows = new ArrayList<>();
      for (ItemScore item : score.items()) {
        if (item.item().group() != group) {
          continue;
        }
        rows.add(
            new ScorecardPage.ItemRow(
                item.item().number(),
                item.item().label(lang),
                plain(item.weight()),
                messages.format(ItemInputs.of(item.item(), score.stats(), previous, findings)),
                decimal2(item.score()),
                messages.format(item.explanation())));
      }
      if (!rows.isEmpty()) {
        groups.add(
            new ScorecardPage.ItemGroup(
                group.label(lang),
                decimal2(score.groups().getOrDefault(group, BigDecimal.ZERO)),
                rows));
      }
    }
    return groups;
  }

  private static ScorecardPage.Finding finding(QaFinding f, Language lang) {
    return new ScorecardPage.Finding(
        f.record().date().toString(),
        f.record().code().name(),
        f.record().code().label(lang),
        f.fatal(),
        f.escalated());
  }

  private List<ScorecardPage.PointsRow> points(String agentId, YearMonth period) {
    return periodPoints.getOrDefault(agentId, List.of()).stream()
        .sorted(Comparator.comparing(com.jixiao.model.PointsEntry::date))
        .map(
            p ->
                new ScorecardPage.PointsRow(
                    p.date().toString(),
                    (p.points().signum() > 0 ? "+" : "") + plain(p.points()),
                    p.reason()))
        .toList();
  }

  /** The agent's totals of the months with a Monthly row among the last 12, oldest first. */
  private List<ScorecardPage.ChartBar> chart(String agentId, YearMonth period) {
    List<YearMonth> months = new ArrayList<>();
    List<BigDecimal> totals = new ArrayList<>();
    for (int back = CHART_MONTHS - 1; back >= 0; back--) {
      YearMonth m = period.minusMonths(back);
      BigDecimal total = history.getOrDefault(m, Map.of()).get(agentId);
      if (total != null) {
        months.add(m);
        totals.add(total);
      }
    }
    // bars scale to 100 points, or to the best month when bonuses lift it above 100
    BigDecimal top = totals.stream().reduce(BigDecimal.valueOf(100), BigDecimal::max);
    List<ScorecardPage.ChartBar> bars = new ArrayList<>();
    for (int i = 0; i < months.size(); i++) {
      BigDecimal t = totals.get(i).max(BigDecimal.ZERO);
      int height =
          t.multiply(BigDecimal.valueOf(100)).divide(top, 0, RoundingMode.HALF_UP).intValue();
      bars.add(
          new ScorecardPage.ChartBar(
              messages.format(
                  "chart.month",
                  String.valueOf(months.get(i).getMonthValue()),
                  String.valueOf(months.get(i).getYear() % 100)),
              decimal2(totals.get(i)),
              height,
              months.get(i).equals(period)));
    }
    return bars;
  }

  /** Totals of every agent for the period and the 11 months before it, from the history. */
  private static Map<YearMonth, Map<String, BigDecimal>> history(
      History history, YearMonth period) {
    Map<YearMonth, Map<String, BigDecimal>> totals = new HashMap<>();
    for (int back = 0; back < CHART_MONTHS; back++) {
      YearMonth m = period.minusMonths(back);
      history
          .month(m)
          .ifPresent(
              r -> {
                Map<String, BigDecimal> byAgent = new HashMap<>();
                r.scores().forEach(s -> byAgent.put(s.agent().id(), s.total()));
                totals.put(m, byAgent);
              });
    }
    return totals;
  }

  private TeamSummaryPage.AlertRow alert(Alert a, Language lang) {
    return new TeamSummaryPage.AlertRow(
        a.severity().label(lang), alertType(a.type()), a.subject(), messages.format(a.message()));
  }

  private String alertType(String type) {
    String key = "alert.type." + type;
    return messages.has(key) ? messages.format(key) : type;
  }

  private TeamSummaryPage.StepRow step(WorkflowStep s) {
    return new TeamSummaryPage.StepRow(
        s.number(),
        messages.format(s.title()),
        messages.format(s.role().label()),
        messages.format(s.due()),
        s.dueDate().toString());
  }

  /** Mean, median, standard deviation and quartiles of the totals (double for display only). */
  static TeamSummaryPage.Statistics statistics(List<AgentScore> scores) {
    DescriptiveStatistics stats = new DescriptiveStatistics();
    scores.forEach(s -> stats.addValue(s.total().doubleValue()));
    if (stats.getN() == 0) {
      return new TeamSummaryPage.Statistics(0, "–", "–", "–", "–", "–", "–", "–");
    }
    return new TeamSummaryPage.Statistics(
        (int) stats.getN(),
        display(stats.getMean()),
        display(stats.getPercentile(50)),
        stats.getN() < 2 ? "–" : display(stats.getStandardDeviation()),
        display(stats.getPercentile(25)),
        display(stats.getPercentile(75)),
        display(stats.getMin()),
        display(stats.getMax()));
  }

  private static String display(double value) {
    return BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  static String decimal2(BigDecimal n) {
    return n.setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  /** "1.2", "0.9", "1.0": the band coefficient as the seed writes it. */
  static String coefficient(BigDecimal c) {
    BigDecimal s = c.stripTrailingZeros();
    return (s.scale() < 1 ? s.setScale(1) : s).toPlainString();
  }

  private static String plain(BigDecimal n) {
    return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
  }
}

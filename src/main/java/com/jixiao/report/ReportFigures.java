package com.jixiao.report;

import com.jixiao.assess.AgentScore;
import com.jixiao.assess.Alert;
import com.jixiao.model.Band;
import com.jixiao.money.Money;
import com.jixiao.money.PayrollLine;
import com.jixiao.ranking.AgentRanking;
import com.jixiao.ranking.Subjects;
import com.jixiao.ranking.TierClass;
import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Every assessed agent's {@link AgentFigures} in one month report, in the report's agent order. */
final class ReportFigures {
  /**
   * Words of a band's action that suggest dismissal: the default band's key, and what a Bands sheet
   * is likely to write (建议辞退, 解聘, 开除, "dismissal").
   */
  private static final List<String> DISMISSAL_WORDS = List.of("dismiss", "辞退", "解聘", "开除");

  private ReportFigures() {}

  static Map<String, AgentFigures> of(MonthReport report) {
    Map<String, PayrollLine> pay = new HashMap<>();
    report.money().payroll().lines().forEach(l -> pay.putIfAbsent(l.agent().id(), l));
    Map<String, BigDecimal> points = new HashMap<>();
    report.money().points().forEach(p -> points.putIfAbsent(p.agentId(), p.counted()));
    Map<String, Set<String>> alertTypes = new HashMap<>();
    for (Alert a : report.alerts()) {
      alertTypes.computeIfAbsent(a.subject(), s -> new HashSet<>()).add(a.type());
    }
    List<Band> bands = report.input().rules().bands();
    Map<String, AgentFigures> figures = new LinkedHashMap<>();
    for (AgentScore s : report.scores().scores()) {
      String id = s.agent().id();
      Optional<AgentRanking> ranking = report.ranking().agent(id);
      Optional<PayrollLine> line = Optional.ofNullable(pay.get(id));
      Optional<TierClass> tier = ranking.flatMap(AgentRanking::tier);
      Set<String> types = alertTypes.getOrDefault(Subjects.of(s.agent()), Set.of());
      figures.putIfAbsent(
          id,
          new AgentFigures(
              s.agent(),
              s.total(),
              s.band(),
              bands.indexOf(s.band()),
              s.rank(),
              ranking.flatMap(AgentRanking::salesRank),
              ranking.flatMap(AgentRanking::conversionRank),
              tier,
              line.map(PayrollLine::rewards).orElse(Money.ZERO),
              line.map(PayrollLine::penalties).orElse(Money.ZERO),
              points.getOrDefault(id, BigDecimal.ZERO),
              line.map(PayrollLine::pointsBonus).orElse(Money.ZERO),
              line.map(PayrollLine::commission).orElse(Money.ZERO),
              line.map(PayrollLine::performancePay).orElse(Money.ZERO),
              line.map(PayrollLine::grossPay).orElse(Money.ZERO),
              lines(s.band(), tier, types)));
    }
    return figures;
  }

  private static Set<Crossing.Line> lines(Band band, Optional<TierClass> tier, Set<String> types) {
    Set<Crossing.Line> lines = EnumSet.noneOf(Crossing.Line.class);
    if (suggestsDismissal(band)) {
      lines.add(Crossing.Line.DISMISSAL_BAND);
    }
    if (tier.orElse(null) == TierClass.IMPROVEMENT) {
      lines.add(Crossing.Line.IMPROVEMENT_TIER);
    }
    if (types.contains("elimination_risk")) {
      lines.add(Crossing.Line.ELIMINATION_RISK);
    }
    if (types.contains("bottom_three_months")) {
      lines.add(Crossing.Line.BOTTOM_THREE_MONTHS);
    }
    return lines;
  }

  /** The default bands' "dismiss", or a Bands sheet's action in words that say so. */
  static boolean suggestsDismissal(Band band) {
    String action = band.action() == null ? "" : band.action().toLowerCase(Locale.ROOT);
    return DISMISSAL_WORDS.stream().anyMatch(action::contains);
  }
}

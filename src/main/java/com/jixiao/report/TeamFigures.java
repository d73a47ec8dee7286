package com.jixiao.report;

import com.jixiao.assess.AgentScore;
import com.jixiao.model.Band;
import com.jixiao.money.Payroll;
import com.jixiao.money.PayrollLine;
import com.jixiao.ranking.TierClass;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A month report's team-level figures: the payroll's totals (gross pay is the payroll cost), the
 * points pool and what it paid out, how many agents are in each band (every band of the report's
 * rules, best first, empty ones included) and each tier class, and the spread of the totals.
 */
public record TeamFigures(
    YearMonth period,
    int agents,
    BigDecimal payrollCost,
    BigDecimal performancePay,
    BigDecimal commission,
    BigDecimal rewards,
    BigDecimal penalties,
    BigDecimal pool,
    BigDecimal poolPaidOut,
    BigDecimal totalPoints,
    List<BandCount> bands,
    Map<TierClass, Integer> tiers,
    int withoutTier,
    Spread totals) {

  public TeamFigures {
    bands = List.copyOf(bands);
    tiers = Collections.unmodifiableMap(new EnumMap<>(tiers));
  }

  /** A band of the rules and how many agents' totals fall in it. */
  public record BandCount(Band band, int agents) {}

  public static TeamFigures of(MonthReport report) {
    List<AgentScore> scores = report.scores().scores();
    List<Band> bandList = report.input().rules().bands();
    int[] perBand = new int[bandList.size()];
    List<BigDecimal> totals = new ArrayList<>(scores.size());
    Map<TierClass, Integer> tiers = new EnumMap<>(TierClass.class);
    for (TierClass c : TierClass.values()) {
      tiers.put(c, 0);
    }
    int withoutTier = 0;
    for (AgentScore s : scores) {
      totals.add(s.total());
      int place = bandList.indexOf(s.band());
      if (place >= 0) {
        perBand[place]++;
      }
      var tier = report.ranking().tiers().classOf(s.agent().id());
      if (tier.isPresent()) {
        tiers.merge(tier.get(), 1, Integer::sum);
      } else {
        withoutTier++;
      }
    }
    List<BandCount> bands = new ArrayList<>();
    for (int i = 0; i < bandList.size(); i++) {
      bands.add(new BandCount(bandList.get(i), perBand[i]));
    }
    Payroll payroll = report.money().payroll();
    return new TeamFigures(
        report.scores().period(),
        scores.size(),
        payroll.total(PayrollLine::grossPay),
        payroll.total(PayrollLine::performancePay),
        payroll.total(PayrollLine::commission),
        payroll.total(PayrollLine::rewards),
        payroll.total(PayrollLine::penalties),
        report.money().pool().pool(),
        report.money().pool().paidOut(),
        report.money().pool().totalPoints(),
        bands,
        tiers,
        withoutTier,
        Spread.of(totals));
  }
}

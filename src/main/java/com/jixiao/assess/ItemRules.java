package com.jixiao.assess;

import com.jixiao.i18n.Message;
import com.jixiao.model.Metric;
import com.jixiao.model.MonthlyStats;
import com.jixiao.rules.Item;
import com.jixiao.rules.Param;
import com.jixiao.rules.Parameters;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The scoring rule of each of the 19 items of source 4 (docs/rules.md#items). Each rule is stated
 * on the item's seed weight W0 and yields an exact score on W0 (a fraction, so that "5 × level/3"
 * is not rounded twice); {@link #score} scales it to the weight w used, {@code w × score/W0},
 * floors it at 0 and rounds it to 2 decimals, half up.
 *
 * <p>Most items are one of a few shapes: bands of a ratio, a deduction per occurrence, a rated
 * level. Sales completion, sales growth, attendance, service attitude and reports have their own.
 */
public final class ItemRules {
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
  private static final BigDecimal TWENTY = BigDecimal.valueOf(20);

  private final Parameters params;
  private final boolean explain;
  private final Map<Item, Rule> rules = new EnumMap<>(Item.class);

  public ItemRules(Parameters params) {
    this(params, true);
  }

  /** {@code explain} false: every score's explanation is {@link MonthResult#NOT_KEPT}. */
  public ItemRules(Parameters params, boolean explain) {
    this.params = params;
    this.explain = explain;
    rules.put(Item.SALES_COMPLETION, this::salesCompletion);
    rules.put(Item.SALES_GROWTH, this::salesGrowth);
    // **reading**: the seed's "−3 below 1.5%, −2 below 1%" read as the scores 3 and 2.
    rules.put(
        Item.CONVERSION,
        bands(
            "explain.conversion",
            m -> Achievement.conversion(m.stats()),
            List.of(step("0.015", 5), step("0.01", 3), step("0.005", 2)),
            0));
    rules.put(
        Item.FLAGSHIP,
        bands(
            "explain.flagship",
            m -> Achievement.flagship(m.stats()),
            List.of(step("1", 6), step("0.8", 5)),
            4));
    rules.put(
        Item.REFUND_RATE,
        bands(
            "explain.refund_rate",
            m -> new Ratio(m.stats().get(Metric.REFUND_ORDERS), m.stats().get(Metric.ORDERS)),
            List.of(step("0.01", 0)),
            5));
    rules.put(
        Item.INQUIRIES,
        bands(
            "explain.inquiries",
            m -> Achievement.inquiries(m.stats(), params),
            List.of(step("0.8", 5), step("0.6", 3), step("0.3", 2)),
            0));
    // **reading**: the seed's sentence is cut off; one dispute caused by attitude costs the item.
    rules.put(Item.DISPUTES, perOccurrence(Item.DISPUTES, Metric.DISPUTES, 5));
    // The seed's "<10% −2, <5% → 0": with W0 = 2 both are 0; the lower step only changes the text.
    rules.put(
        Item.PERSONAL_SHARE,
        bands(
            "explain.personal_share",
            m -> new Ratio(m.stats().get(Metric.ORDERS), m.storeOrders()),
            List.of(
                new Step(params.number(Param.PERSONAL_SHARE_LOW), BigDecimal.valueOf(2)),
                new Step(params.number(Param.PERSONAL_SHARE_ZERO), BigDecimal.ZERO)),
            0));
    rules.put(Item.PRODUCT_KNOWLEDGE, level(Item.PRODUCT_KNOWLEDGE, Metric.PRODUCT_KNOWLEDGE, 3));
    rules.put(Item.GUIDANCE, level(Item.GUIDANCE, Metric.GUIDANCE, 4));
    rules.put(Item.COMMUNICATION, level(Item.COMMUNICATION, Metric.COMMUNICATION, 3));
    rules.put(Item.ADAPTABILITY, level(Item.ADAPTABILITY, Metric.ADAPTABILITY, 3));
    rules.put(Item.ATTENDANCE, ItemRules::attendance);
    rules.put(Item.ETIQUETTE, perOccurrence(Item.ETIQUETTE, Metric.ETIQUETTE_VIOLATIONS, 2));
    rules.put(Item.RESPONSIBILITY, level(Item.RESPONSIBILITY, Metric.RESPONSIBILITY, 4));
    rules.put(Item.SERVICE_ATTITUDE, ItemRules::serviceAttitude);
    rules.put(Item.REPORTS, ItemRules::reports);
    rules.put(Item.TEAM_RULES, perOccurrence(Item.TEAM_RULES, Metric.RULE_VIOLATIONS, 1));
    rules.put(Item.TEAMWORK, perOccurrence(Item.TEAMWORK, Metric.TEAMWORK_INCIDENTS, 3));
  }

  /**
   * The item's score for weight w: {@code w × (score on W0) / W0}, at least 0, rounded 2 HALF_UP.
   */
  public ItemScore score(Item item, BigDecimal weight, AgentMonth month) {
    Outcome o = rules.get(item).apply(month);
    BigDecimal onW0 = o.num().signum() < 0 ? BigDecimal.ZERO : o.num();
    BigDecimal score =
        weight.multiply(onW0).divide(item.seedWeight().multiply(o.den()), 2, RoundingMode.HALF_UP);
    Message why;
    if (!explain) {
      why = MonthResult.NOT_KEPT;
    } else if (weight.compareTo(item.seedWeight()) == 0) {
      why = o.why().get();
    } else {
      why =
          Message.of(
              "explain.scaled",
              o.why().get(),
              Figures.number(weight),
              Figures.number(item.seedWeight()));
    }
    return new ItemScore(item, weight, score, why);
  }

  /**
   * True when the agent's month has no usable previous month for sales_growth
   * (docs/rules.md#item-sales-growth).
   */
  public static boolean lacksPreviousSales(AgentMonth month) {
    return month.previous().map(p -> p.get(Metric.SALES).signum() == 0).orElse(true);
  }

  // ---- the shapes -------------------------------------------------------------------------

  /**
   * A rule: the score on W0 as the exact fraction num/den, and why; the sentence is only made when
   * asked for (the months before the period keep none, see {@link MonthResult#NOT_KEPT}).
   */
  @FunctionalInterface
  private interface Rule {
    Outcome apply(AgentMonth month);
  }

  private record Outcome(BigDecimal num, BigDecimal den, Supplier<Message> why) {
    static Outcome of(BigDecimal score, Supplier<Message> why) {
      return new Outcome(score, BigDecimal.ONE, why);
    }

    static Outcome of(long score, Supplier<Message> why) {
      return of(BigDecimal.valueOf(score), why);
    }
  }

  /** From this ratio on (inclusive), this score on W0. */
  private record Step(BigDecimal min, BigDecimal score) {}

  private static Step step(String min, int score) {
    return new Step(new BigDecimal(min), BigDecimal.valueOf(score));
  }

  /**
   * The first step (highest first) whose minimum the ratio reaches gives the score, else {@code
   * otherwise}. Message args: {0} the ratio, {1} the band ("≥1.5%", "1%–1.5%", "<0.5%"), {2} the
   * score on W0, {3} numerator, {4} denominator.
   */
  private static Rule bands(
      String key, Function<AgentMonth, Ratio> ratioOf, List<Step> steps, int otherwise) {
    List<Step> fixed = List.copyOf(steps);
    return m -> {
      Ratio r = ratioOf.apply(m);
      for (int i = 0; i < fixed.size(); i++) {
        if (r.atLeast(fixed.get(i).min())) {
          BigDecimal score = fixed.get(i).score();
          int step = i;
          return Outcome.of(score, () -> bandMessage(key, r, bandLabel(fixed, step), score));
        }
      }
      BigDecimal score = BigDecimal.valueOf(otherwise);
      return Outcome.of(score, () -> bandMessage(key, r, bandLabel(fixed, fixed.size()), score));
    };
  }

  /** "≥1.5%" for the top step, "1%–1.5%" for a middle one, "<0.5%" below the last. */
  private static String bandLabel(List<Step> steps, int i) {
    if (i == steps.size()) {
      return "<" + Figures.threshold(steps.get(i - 1).min());
    }
    String from = Figures.threshold(steps.get(i).min());
    return i == 0 ? "≥" + from : from + "–" + Figures.threshold(steps.get(i - 1).min());
  }

  private static Message bandMessage(String key, Ratio r, String band, BigDecimal score) {
    return Message.of(
        key,
        r.percent(),
        band,
        Figures.number(score),
        Figures.number(r.num()),
        Figures.number(r.den()));
  }

  /**
   * W0 − per × count (items 7, 14, 18, 19, docs/rules.md#items). Args: {0} count, {1} per
   * occurrence.
   */
  private static Rule perOccurrence(Item item, Metric count, int per) {
    String key = "explain." + item.key();
    BigDecimal each = BigDecimal.valueOf(per);
    return m -> {
      BigDecimal n = m.stats().get(count);
      return Outcome.of(
          item.seedWeight().subtract(each.multiply(n)),
          () -> Message.of(key, Figures.number(n), Figures.number(each)));
    };
  }

  /** W0 × level / max (items 9–12, 15, docs/rules.md#item-levels); an unrated level scores 0. */
  private static Rule level(Item item, Metric metric, int max) {
    return m -> {
      MonthlyStats s = m.stats();
      if (s.find(metric).isEmpty()) {
        return Outcome.of(0, () -> Message.of("explain.not_rated"));
      }
      BigDecimal level = s.get(metric);
      return new Outcome(
          item.seedWeight().multiply(level),
          BigDecimal.valueOf(max),
          () -> Message.of("explain.level", Figures.number(level), Integer.toString(max)));
    };
  }

  // ---- items with their own shape -----------------------------------------------------------

  /**
   * Item 1: r = sales/target. r > 110%: 32; 100%–110%: 30; below: 30 − ⌊(1−r)/5%⌋, so exactly
   * 95.00% is one full step. Compared exactly: ⌊(target − sales) × 20 / target⌋.
   */
  private Outcome salesCompletion(AgentMonth m) {
    BigDecimal sales = m.stats().get(Metric.SALES);
    BigDecimal target = m.stats().get(Metric.SALES_TARGET);
    if (target.signum() <= 0) {
      throw new IllegalArgumentException(
          "scoring sales_completion for " + m.stats().agentId() + ": sales_target must be > 0");
    }
    Supplier<String> r = () -> Figures.percent(sales, target);
    if (sales.multiply(HUNDRED).compareTo(target.multiply(BigDecimal.valueOf(110))) > 0) {
      // shown rounded up, so that 110.001% does not read "110.00%: above 110%"
      return Outcome.of(
          32,
          () ->
              Message.of(
                  "explain.sales_completion.above",
                  Figures.percent(
                      sales.divide(target, MathContext.DECIMAL128), RoundingMode.CEILING)));
    }
    if (sales.compareTo(target) >= 0) {
      return Outcome.of(30, () -> Message.of("explain.sales_completion.met", r.get()));
    }
    BigDecimal steps = target.subtract(sales).multiply(TWENTY).divideToIntegralValue(target);
    String key =
        steps.signum() == 0
            ? "explain.sales_completion.below_one_step"
            : "explain.sales_completion.below";
    return Outcome.of(
        BigDecimal.valueOf(30).subtract(steps),
        () -> Message.of(key, r.get(), Figures.number(steps)));
  }

  /**
   * Item 2: g = sales/previous − 1. g > 0: 8 + ⌊g/5%⌋, at most +{@code sales_growth.max_bonus}
   * (**reading**: the seed sets no cap). −20% ≤ g ≤ 0: 8; g < −20%: 7; g < −40%: 6. No previous
   * month or previous sales 0: 8, noted.
   */
  private Outcome salesGrowth(AgentMonth m) {
    if (lacksPreviousSales(m)) {
      return Outcome.of(8, () -> Message.of("explain.sales_growth.no_previous"));
    }
    BigDecimal sales = m.stats().get(Metric.SALES);
    BigDecimal prev = m.previous().orElseThrow().get(Metric.SALES);
    BigDecimal diff = sales.subtract(prev);
    Supplier<String> g = () -> Figures.signedPercent(diff.divide(prev, MathContext.DECIMAL128));
    if (diff.signum() > 0) {
      BigDecimal steps = diff.multiply(TWENTY).divideToIntegralValue(prev);
      BigDecimal cap = params.number(Param.SALES_GROWTH_MAX_BONUS);
      String key =
          steps.compareTo(cap) > 0 ? "explain.sales_growth.capped" : "explain.sales_growth.up";
      BigDecimal bonus = steps.min(cap);
      return Outcome.of(
          BigDecimal.valueOf(8).add(bonus), () -> Message.of(key, g.get(), Figures.number(bonus)));
    }
    BigDecimal sales100 = sales.multiply(HUNDRED);
    if (sales100.compareTo(prev.multiply(BigDecimal.valueOf(60))) < 0) {
      return Outcome.of(6, () -> Message.of("explain.sales_growth.down40", g.get()));
    }
    if (sales100.compareTo(prev.multiply(BigDecimal.valueOf(80))) < 0) {
      return Outcome.of(7, () -> Message.of("explain.sales_growth.down20", g.get()));
    }
    return Outcome.of(8, () -> Message.of("explain.sales_growth.steady", g.get()));
  }

  /**
   * Item 13: more than 3 late arrivals: 0; else 4 − late − absent days (**reading**: each unexcused
   * absent day −1).
   */
  private static Outcome attendance(AgentMonth m) {
    BigDecimal late = m.stats().get(Metric.LATE_COUNT);
    BigDecimal absent = m.stats().get(Metric.ABSENT_DAYS);
    if (late.compareTo(BigDecimal.valueOf(3)) > 0) {
      return Outcome.of(0, () -> Message.of("explain.attendance.too_late", Figures.number(late)));
    }
    return Outcome.of(
        BigDecimal.valueOf(4).subtract(late).subtract(absent),
        () -> Message.of("explain.attendance", Figures.number(late), Figures.number(absent)));
  }

  /**
   * Item 16: any fatal QA finding (escalated ones included, docs/rules.md#quality): 0; else 5 − 2 ×
   * complaints − 1 × non-fatal findings.
   */
  private static Outcome serviceAttitude(AgentMonth m) {
    QualitySummary q = m.quality();
    if (q.fatal() > 0) {
      return Outcome.of(
          0,
          () ->
              Message.of(
                  "explain.service_attitude.fatal",
                  Integer.toString(q.fatal()),
                  Integer.toString(q.escalated())));
    }
    BigDecimal complaints = m.stats().get(Metric.COMPLAINTS);
    BigDecimal score =
        BigDecimal.valueOf(5)
            .subtract(complaints.multiply(BigDecimal.valueOf(2)))
            .subtract(BigDecimal.valueOf(q.nonFatal()));
    return Outcome.of(
        score,
        () ->
            Message.of(
                "explain.service_attitude",
                Figures.number(complaints),
                Integer.toString(q.nonFatal())));
  }

  /**
   * Item 17: reports on time + reports up to standard, at most 4 (**reading**: two reports a month,
   * each +1 on time and +1 up to standard).
   */
  private static Outcome reports(AgentMonth m) {
    BigDecimal onTime = m.stats().get(Metric.REPORTS_ON_TIME);
    BigDecimal ok = m.stats().get(Metric.REPORTS_QUALITY_OK);
    return Outcome.of(
        onTime.add(ok).min(BigDecimal.valueOf(4)),
        () -> Message.of("explain.reports", Figures.number(onTime), Figures.number(ok)));
  }
}

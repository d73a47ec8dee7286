package com.jixiao.money;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.assess.MonthInput;
import com.jixiao.model.Agent;
import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.model.MonthlyStats;
import com.jixiao.model.PointsEntry;
import com.jixiao.model.Role;
import com.jixiao.model.Settings;
import com.jixiao.report.MonthReport;
import com.jixiao.rules.RuleSet;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Precision over thousands of random months: the payroll's totals are the exact sums of its lines,
 * every amount is whole cents, and the points payouts add up to the pool to the cent. The months
 * are built as {@link MonthInput}s directly: the whole assessment runs, no file.
 */
class MoneyPropertyTest {
  private static final int MONTHS = 3000;
  private static final YearMonth PERIOD = YearMonth.of(2026, 9);

  @Test
  void payrollTotalsAndPointsPayoutsAddUpToTheCentInEveryRandomMonth() {
    Random random = new Random(9);
    int withPool = 0;
    for (int m = 0; m < MONTHS; m++) {
      MonthInput input = randomMonth(random);
      String where = "month " + m;
      MonthReport report = MonthReport.of(input, List.of());
      Payroll payroll = report.money().payroll();
      PointsPool pool = report.money().pool();

      for (PayrollLine line : payroll.lines()) {
        for (BigDecimal amount :
            List.of(
                line.levelWage(),
                line.performancePay(),
                line.commission(),
                line.rewards(),
                line.penalties(),
                line.pointsBonus(),
                line.grossPay())) {
          assertThat(amount.stripTrailingZeros().scale())
              .as(where + " whole cents")
              .isLessThanOrEqualTo(2);
        }
      }
      BigDecimal gross = sum(payroll.lines(), PayrollLine::grossPay);
      assertThat(payroll.total(PayrollLine::grossPay)).as(where).isEqualByComparingTo(gross);
      BigDecimal byColumns =
          payroll
              .total(PayrollLine::levelWage)
              .add(payroll.total(PayrollLine::performancePay))
              .add(payroll.total(PayrollLine::commission))
              .add(payroll.total(PayrollLine::rewards))
              .subtract(payroll.total(PayrollLine::penalties))
              .add(payroll.total(PayrollLine::pointsBonus));
      assertThat(byColumns)
          .as(where + ": the totals row adds up across")
          .isEqualByComparingTo(gross);

      BigDecimal paid = pool.payouts().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
      pool.payouts()
          .values()
          .forEach(
              p -> {
                assertThat(p.signum()).as(where + " no negative payout").isGreaterThanOrEqualTo(0);
                assertThat(p.stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
              });
      if (pool.totalPoints().signum() > 0) {
        assertThat(paid).as(where + ": payouts are the pool").isEqualByComparingTo(pool.pool());
        withPool += pool.pool().signum() > 0 ? 1 : 0;
      } else {
        assertThat(paid).as(where + ": no points, nothing paid").isZero();
      }
      assertThat(sum(payroll.lines(), PayrollLine::pointsBonus))
          .as(where + ": the payroll pays the pool out")
          .isEqualByComparingTo(paid);
    }
    assertThat(withPool).as("most months have a pool to split").isGreaterThan(MONTHS / 2);
  }

  private static BigDecimal sum(List<PayrollLine> lines, Function<PayrollLine, BigDecimal> f) {
    return lines.stream().map(f).reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static MonthInput randomMonth(Random random) {
    int n = 1 + random.nextInt(12);
    List<Agent> agents = new ArrayList<>();
    List<MonthlyStats> monthly = new ArrayList<>();
    List<PointsEntry> points = new ArrayList<>();
    Role[] roles = Role.values();
    for (int i = 0; i < n; i++) {
      String id = String.format("KF%03d", random.nextInt(1000)) + "-" + i;
      agents.add(
          new Agent(
              id,
              "客服" + i,
              "组" + random.nextInt(3),
              roles[random.nextInt(roles.length)],
              1 + random.nextInt(3),
              "",
              "",
              true));
      for (YearMonth month : List.of(PERIOD.minusMonths(1), PERIOD)) {
        if (month.equals(PERIOD) || random.nextBoolean()) {
          monthly.add(stats(random, id, month));
        }
      }
      for (int k = random.nextInt(4); k > 0; k--) {
        points.add(
            new PointsEntry(
                PERIOD.atDay(1 + random.nextInt(30)),
                id,
                BigDecimal.valueOf(random.nextInt(400) - 100, random.nextInt(3)),
                ""));
      }
    }
    Settings settings =
        new Settings(
            "店",
            PERIOD,
            Language.ZH,
            "CNY",
            Optional.of(cents(random, 10_000_000)),
            random.nextBoolean() ? Optional.of(cents(random, 10_000_000)) : Optional.empty(),
            random.nextBoolean() ? Optional.of(cents(random, 10_000_000)) : Optional.empty(),
            BigDecimal.valueOf(random.nextInt(1000), 4 + random.nextInt(2)),
            Optional.empty());
    return new MonthInput(
        settings,
        RuleSet.defaults(),
        agents,
        MoneyFixtures.levels(),
        monthly,
        List.of(),
        points,
        List.of());
  }

  private static MonthlyStats stats(Random random, String id, YearMonth month) {
    Map<Metric, BigDecimal> v = new EnumMap<>(Metric.class);
    BigDecimal target = BigDecimal.valueOf(50_000 + random.nextInt(150_000));
    v.put(Metric.SALES, cents(random, 250_000));
    v.put(Metric.SALES_TARGET, target);
    v.put(Metric.VISITORS, whole(random, 5000));
    v.put(Metric.INQUIRIES, whole(random, 600));
    v.put(Metric.DEALS, whole(random, 100));
    BigDecimal orders = whole(random, 600);
    v.put(Metric.ORDERS, orders);
    v.put(Metric.REFUND_ORDERS, whole(random, orders.intValue() + 1).min(orders));
    v.put(Metric.FLAGSHIP_RATIO, BigDecimal.valueOf(random.nextInt(121), 2));
    v.put(Metric.PRODUCT_KNOWLEDGE, BigDecimal.valueOf(1 + random.nextInt(3)));
    v.put(Metric.GUIDANCE, BigDecimal.valueOf(1 + random.nextInt(4)));
    v.put(Metric.COMMUNICATION, BigDecimal.valueOf(1 + random.nextInt(3)));
    v.put(Metric.ADAPTABILITY, BigDecimal.valueOf(1 + random.nextInt(3)));
    v.put(Metric.RESPONSIBILITY, BigDecimal.valueOf(1 + random.nextInt(4)));
    v.put(Metric.SCHEDULED_DAYS, BigDecimal.valueOf(22));
    v.put(Metric.ABSENT_DAYS, whole(random, 3));
    v.put(Metric.LATE_COUNT, whole(random, 5));
    v.put(Metric.COMPLAINTS, whole(random, 3));
    v.put(Metric.REPORTS_ON_TIME, whole(random, 3));
    v.put(Metric.REPORTS_QUALITY_OK, whole(random, 3));
    v.put(Metric.GOOD_REVIEWS, whole(random, 80));
    v.put(Metric.RECEPTIONS, whole(random, 4000));
    return new MonthlyStats(id, month, v);
  }

  private static BigDecimal whole(Random random, int bound) {
    return BigDecimal.valueOf(random.nextInt(bound));
  }

  private static BigDecimal cents(Random random, long bound) {
    return BigDecimal.valueOf((long) (random.nextDouble() * bound * 100), 2);
  }
}

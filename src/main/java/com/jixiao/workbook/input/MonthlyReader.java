package com.jixiao.workbook.input;

import com.jixiao.assess.Alert;
import com.jixiao.assess.Severity;
import com.jixiao.i18n.Message;
import com.jixiao.model.Agent;
import com.jixiao.model.Metric;
import com.jixiao.model.MonthlyStats;
import com.jixiao.rules.Item;
import com.jixiao.rules.WeightTable;
import com.jixiao.workbook.CellParser;
import com.jixiao.workbook.Field;
import com.jixiao.workbook.RawValue;
import com.jixiao.workbook.SheetReader;
import com.jixiao.workbook.SheetSchema;
import com.jixiao.workbook.TableRow;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The Monthly / 月度数据 sheet, streamed: one row per agent and month. The period's rows are assessed,
 * earlier rows are history, later rows are left out with an alert. Checks each row's figures
 * against each other and against what the agent's role is assessed on.
 */
final class MonthlyReader {
  private static final Field<String> AGENT_ID = Field.text("agent_id");
  private static final Field<YearMonth> MONTH = Field.month("month");
  private static final Metric[] METRICS = Metric.values(); // values() copies the array each call

  /** The money figures of a row that are checked against {@link Plausibility#AGENT_MONTH}. */
  private static final List<Metric> PLAUSIBLE = List.of(Metric.SALES, Metric.SALES_TARGET);

  /** The field of each metric, made once rather than per cell. */
  private static final Map<Metric, Field<BigDecimal>> FIELDS = new EnumMap<>(Metric.class);

  /** The metric that holds each level item's level (professional knowledge and the like). */
  private static final Map<Item, Metric> LEVEL_METRICS = new EnumMap<>(Item.class);

  private static final Item[] ITEMS = Item.values();

  static {
    for (Metric m : METRICS) {
      FIELDS.put(m, Field.number(m.key()));
    }
    for (Item item : ITEMS) {
      for (Metric m : METRICS) {
        if (m.type().isLevel() && m.key().equals(item.key())) {
          LEVEL_METRICS.put(item, m);
        }
      }
    }
  }

  private MonthlyReader() {}

  static List<MonthlyStats> read(
      ReadContext ctx, List<Agent> agents, WeightTable weights, YearMonth period) {
    List<MonthlyStats> result = new ArrayList<>();
    Map<String, Agent> byId = new HashMap<>();
    agents.forEach(a -> byId.put(a.id(), a));
    Map<String, Integer> rowOf = new HashMap<>();
    int future = 0;
    Optional<ReadContext.StreamedSheet> sheet = ctx.rows(SheetSchema.MONTHLY);
    if (sheet.isEmpty()) {
      return result;
    }
    try (ReadContext.StreamedSheet rows = sheet.get()) {
      SheetReader s = rows.reader();
      for (TableRow row = rows.next(); row != null; row = rows.next()) {
        s.startRow();
        String id = s.require(row, AGENT_ID);
        YearMonth month = s.require(row, MONTH);
        Map<Metric, BigDecimal> values = new EnumMap<>(Metric.class);
        for (Metric m : METRICS) {
          BigDecimal v = s.get(row, FIELDS.get(m));
          if (v != null) {
            values.put(m, v);
          }
        }
        Agent agent = id == null ? null : byId.get(id);
        ctx.checkKnownAgent(s, row, id);
        // only listed agents' rows are remembered: a sheet of a million rows of unknown IDs
        // (each already an error) must not fill the memory with them
        if (id != null && month != null && ctx.isKnownAgent(id)) {
          Integer first = rowOf.putIfAbsent(id + "|" + month, row.index());
          if (first != null) {
            s.error(
                row,
                MONTH.key(),
                Message.of("error.monthly.duplicate", id, month.toString(), first + 1),
                Message.of("hint.duplicate_row"));
          }
        }
        checkRow(ctx, s, row, values, agent, weights);
        for (Metric m : PLAUSIBLE) {
          if (!Plausibility.exceeds(values.get(m), Plausibility.AGENT_MONTH)) {
            continue; // the alert's words are made only for a figure that needs one
          }
          Plausibility.check(
              ctx,
              s.name(),
              row.index(),
              s.column(m.key()),
              m.label(ctx.language()),
              values.get(m),
              Plausibility.AGENT_MONTH,
              agent == null ? String.valueOf(id) : agent.id() + " " + agent.name());
        }
        if (s.rowFailed()) {
          continue;
        }
        if (period != null && month.isAfter(period)) {
          future++;
          continue;
        }
        result.add(new MonthlyStats(id, month, values));
      }
    }
    if (future > 0) {
      ctx.alerts()
          .add(
              new Alert(
                  Severity.WARNING,
                  "future_rows",
                  sheet.get().reader().name(),
                  Message.of("alert.future_rows", future, period.toString())));
    }
    return result;
  }

  private static void checkRow(
      ReadContext ctx,
      SheetReader s,
      TableRow row,
      Map<Metric, BigDecimal> v,
      Agent agent,
      WeightTable weights) {
    BigDecimal orders = v.getOrDefault(Metric.ORDERS, BigDecimal.ZERO);
    BigDecimal refunds = v.getOrDefault(Metric.REFUND_ORDERS, BigDecimal.ZERO);
    if (refunds.compareTo(orders) > 0) {
      s.error(
          row,
          Metric.REFUND_ORDERS.key(),
          Message.of(
              "error.monthly.refunds_exceed_orders",
              refunds.toPlainString(),
              orders.toPlainString()),
          Message.of("hint.monthly.refunds_exceed_orders"));
    }
    BigDecimal scheduled = v.getOrDefault(Metric.SCHEDULED_DAYS, BigDecimal.ZERO);
    BigDecimal absent = v.getOrDefault(Metric.ABSENT_DAYS, BigDecimal.ZERO);
    if (absent.compareTo(scheduled) > 0) {
      s.error(
          row,
          Metric.ABSENT_DAYS.key(),
          Message.of(
              "error.monthly.absent_exceeds_scheduled",
              absent.toPlainString(),
              scheduled.toPlainString()),
          Message.of("hint.monthly.absent_exceeds_scheduled"));
    }
    if (agent == null) {
      return;
    }
    for (Map.Entry<Item, Metric> level : LEVEL_METRICS.entrySet()) {
      if (weights.weight(agent.role(), level.getKey()).isEmpty()) {
        continue;
      }
      Metric levelMetric = level.getValue();
      if (!v.containsKey(levelMetric) && !hasBadCell(s, row, levelMetric)) {
        s.error(
            row,
            levelMetric.key(),
            Message.of(
                "error.monthly.level_missing",
                levelMetric.label(ctx.language()),
                agent.role().label(ctx.language())),
            Message.of("hint.level", levelMetric.type().maxLevel()));
      }
    }
    if (weights.weight(agent.role(), Item.SALES_COMPLETION).isPresent()
        && v.getOrDefault(Metric.SALES_TARGET, BigDecimal.ZERO).signum() <= 0
        && !hasBadCell(s, row, Metric.SALES_TARGET)) {
      s.error(
          row,
          Metric.SALES_TARGET.key(),
          Message.of("error.monthly.target_missing", agent.role().label(ctx.language())),
          Message.of("hint.monthly.target_missing"));
    }
  }

  private static boolean hasBadCell(SheetReader s, TableRow row, Metric m) {
    RawValue raw = s.raw(row, m.key());
    return !(raw instanceof RawValue.Blank) && CellParser.parse(raw, m.type()).failed();
  }

  /**
   * The period must have rows; an active agent without one is an alert (the month is assessed
   * without them).
   */
  static void checkPeriodHasRows(
      ReadContext ctx, List<MonthlyStats> monthly, List<Agent> agents, YearMonth period) {
    Set<String> inPeriod =
        monthly.stream()
            .filter(m -> m.month().equals(period))
            .map(MonthlyStats::agentId)
            .collect(Collectors.toSet());
    if (inPeriod.isEmpty()) {
      ctx.problems()
          .sheet(
              ctx.sheetName(SheetSchema.MONTHLY).orElseThrow(),
              SheetSchema.MONTHLY.ordinal(),
              Message.of("error.monthly.no_period_rows", period.toString()),
              Message.of("hint.monthly.no_period_rows", period.toString()));
      return;
    }
    for (Agent a : agents) {
      if (a.active() && !inPeriod.contains(a.id())) {
        ctx.alerts()
            .add(
                new Alert(
                    Severity.WARNING,
                    "no_period_row",
                    a.id() + " " + a.name(),
                    Message.of("alert.no_period_row", period.toString())));
      }
    }
  }
}

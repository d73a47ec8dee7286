package com.jixiao.workbook.input;

import com.jixiao.i18n.Message;
import com.jixiao.model.Agent;
import com.jixiao.model.Confirmation;
import com.jixiao.model.Contested;
import com.jixiao.model.Metric;
import com.jixiao.model.MonthlyStats;
import com.jixiao.model.Objection;
import com.jixiao.model.Objection.Decision;
import com.jixiao.rules.Item;
import com.jixiao.rules.WeightTable;
import com.jixiao.workbook.SheetReader;
import com.jixiao.workbook.TableRow;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks the objections of a Confirmations sheet against each other once every row is read: two
 * accepted objections must not change the same figure, accepted objections cannot void more QA
 * records than there are, and a claimed figure, with the agent's accepted ones, must leave the
 * Monthly row as consistent as the Monthly sheet requires (refunds within orders, absent days
 * within scheduled days, a sales target where sales completion is assessed).
 */
final class AcceptedChanges {
  private final WeightTable weights;
  private final Map<String, MonthlyStats> periodRows;
  private final Map<String, Agent> agents;
  private final ContestedColumn contested;

  AcceptedChanges(
      WeightTable weights,
      Map<String, MonthlyStats> periodRows,
      Map<String, Agent> agents,
      ContestedColumn contested) {
    this.weights = weights;
    this.periodRows = periodRows;
    this.agents = agents;
    this.contested = contested;
  }

  /** {@code rows.get(i)} was read from {@code at.get(i)}. */
  void check(SheetReader s, List<Confirmation> rows, List<TableRow> at) {
    Map<String, Map<Metric, Integer>> changed = new HashMap<>();
    Map<String, Map<Metric, BigDecimal>> claims = new HashMap<>();
    Map<String, Integer> voided = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      Confirmation c = rows.get(i);
      if (c.objection().isEmpty() || c.objection().get().decision() != Decision.ACCEPTED) {
        continue;
      }
      Objection o = c.objection().get();
      if (o.contested() instanceof Contested.MonthlyField f) {
        Integer first =
            changed
                .computeIfAbsent(c.agentId(), id -> new EnumMap<>(Metric.class))
                .putIfAbsent(f.metric(), c.row());
        if (first != null) {
          s.error(
              at.get(i),
              "contested",
              Message.of("confirm.error.accepted_twice", c.agentId(), String.valueOf(first)),
              Message.of("confirm.hint.accepted_twice"));
        } else {
          claims
              .computeIfAbsent(c.agentId(), id -> new EnumMap<>(Metric.class))
              .put(f.metric(), f.claimed());
        }
      } else if (o.contested() instanceof Contested.Inspection q) {
        String key = c.agentId() + " " + q.date() + " " + q.code();
        int used = voided.merge(key, 1, Integer::sum);
        if (used > contested.records(c.agentId(), q.date(), q.code())) {
          s.error(
              at.get(i),
              "qa_item",
              Message.of(
                  "confirm.error.qa_used_up",
                  c.agentId(),
                  q.date().toString(),
                  q.code().name(),
                  String.valueOf(used - 1)),
              Message.of("confirm.hint.qa_used_up"));
        }
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      Confirmation c = rows.get(i);
      if (c.objection().isPresent()
          && c.objection().get().contested() instanceof Contested.MonthlyField f) {
        Map<Metric, BigDecimal> values = new EnumMap<>(Metric.class);
        values.putAll(periodRows.get(c.agentId()).values());
        values.putAll(claims.getOrDefault(c.agentId(), Map.of()));
        values.put(f.metric(), f.claimed());
        consistent(s, at.get(i), agents.get(c.agentId()), f.metric(), values);
      }
    }
  }

  /** The Monthly sheet's row checks, on the row as the claim would make it. */
  private void consistent(
      SheetReader s, TableRow row, Agent agent, Metric claimed, Map<Metric, BigDecimal> v) {
    BigDecimal orders = v.getOrDefault(Metric.ORDERS, BigDecimal.ZERO);
    BigDecimal refunds = v.getOrDefault(Metric.REFUND_ORDERS, BigDecimal.ZERO);
    BigDecimal scheduled = v.getOrDefault(Metric.SCHEDULED_DAYS, BigDecimal.ZERO);
    BigDecimal absent = v.getOrDefault(Metric.ABSENT_DAYS, BigDecimal.ZERO);
    Message what = null;
    Message hint = null;
    if ((claimed == Metric.ORDERS || claimed == Metric.REFUND_ORDERS)
        && refunds.compareTo(orders) > 0) {
      what =
          Message.of(
              "error.monthly.refunds_exceed_orders",
              refunds.toPlainString(),
              orders.toPlainString());
      hint = Message.of("hint.monthly.refunds_exceed_orders");
    } else if ((claimed == Metric.SCHEDULED_DAYS || claimed == Metric.ABSENT_DAYS)
        && absent.compareTo(scheduled) > 0) {
      what =
          Message.of(
              "error.monthly.absent_exceeds_scheduled",
              absent.toPlainString(),
              scheduled.toPlainString());
      hint = Message.of("hint.monthly.absent_exceeds_scheduled");
    } else if (claimed == Metric.SALES_TARGET
        && weights.weight(agent.role(), Item.SALES_COMPLETION).isPresent()
        && v.getOrDefault(Metric.SALES_TARGET, BigDecimal.ZERO).signum() <= 0) {
      what = Message.of("confirm.error.target_zero");
      hint = Message.of("hint.monthly.target_missing");
    }
    if (what != null) {
      s.error(row, "claimed", Message.of("confirm.error.claim_inconsistent", what), hint);
    }
  }
}

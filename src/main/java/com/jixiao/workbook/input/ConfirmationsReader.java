package com.jixiao.workbook.input;

import com.jixiao.i18n.Message;
import com.jixiao.model.Agent;
import com.jixiao.model.Confirmation;
import com.jixiao.model.Confirmation.Response;
import com.jixiao.model.Confirmations;
import com.jixiao.model.Contested;
import com.jixiao.model.Language;
import com.jixiao.model.MonthlyStats;
import com.jixiao.model.Objection;
import com.jixiao.model.Objection.Decision;
import com.jixiao.model.QaRecord;
import com.jixiao.rules.WeightTable;
import com.jixiao.workbook.Field;
import com.jixiao.workbook.RawValue;
import com.jixiao.workbook.SheetReader;
import com.jixiao.workbook.SheetSchema;
import com.jixiao.workbook.TableRow;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The optional Confirmations / 确认与申诉 sheet: one row per agent response, confirmed or objected, and
 * for an objection what is contested, the claimed value and the manager's decision. Every row is
 * checked against the month it answers: the agent is assessed in the period, the contested Monthly
 * figure or QA record exists, the claimed value is of the contested column's kind and keeps the row
 * consistent, a decision names its decider, and no two accepted objections change the same thing.
 * What the contested column may name is read by {@link ContestedColumn}.
 */
final class ConfirmationsReader {
  private static final Field<String> AGENT_ID = Field.text("agent_id");
  private static final Field<String> STATUS = Field.text("status");
  private static final Field<LocalDate> DATE = Field.date("date");
  private static final Field<LocalDate> DECIDED_ON = Field.date("decided_on");

  /** The columns only an objection fills. */
  private static final List<String> OBJECTION_COLUMNS =
      List.of("contested", "qa_date", "qa_item", "claimed", "decision", "decided_by");

  private final ReadContext ctx;
  private final Map<String, Agent> agents = new HashMap<>();
  private final Map<String, MonthlyStats> periodRows = new HashMap<>();
  private final ContestedColumn contested;
  private final AcceptedChanges accepted;

  private ConfirmationsReader(
      ReadContext ctx,
      List<Agent> agents,
      List<MonthlyStats> monthly,
      List<QaRecord> quality,
      WeightTable weights,
      YearMonth period) {
    this.ctx = ctx;
    agents.forEach(a -> this.agents.put(a.id(), a));
    for (MonthlyStats m : monthly) {
      if (m.month().equals(period)) {
        periodRows.put(m.agentId(), m);
      }
    }
    this.contested = new ContestedColumn(ctx.language(), period, quality);
    this.accepted = new AcceptedChanges(weights, periodRows, this.agents, contested);
  }

  static Confirmations read(
      ReadContext ctx,
      List<Agent> agents,
      List<MonthlyStats> monthly,
      List<QaRecord> quality,
      WeightTable weights,
      YearMonth period) {
    Optional<SheetReader> table = ctx.table(SheetSchema.CONFIRMATIONS);
    if (table.isEmpty()) {
      return Confirmations.NONE;
    }
    if (period == null) {
      return new Confirmations(true, List.of()); // Settings has no period: reported there
    }
    return new ConfirmationsReader(ctx, agents, monthly, quality, weights, period)
        .rows(table.get());
  }

  private Confirmations rows(SheetReader s) {
    List<Confirmation> rows = new ArrayList<>();
    List<TableRow> at = new ArrayList<>();
    int number = 0;
    for (TableRow row : s.dataRows()) {
      Optional<Confirmation> c = row(s, row, number + 1);
      if (c.isPresent()) {
        rows.add(c.get());
        at.add(row);
        number += c.get().objection().isPresent() ? 1 : 0;
      } else if (isObjection(s, row)) {
        number++; // a bad objection row keeps its number, so the others' do not shift
      }
    }
    accepted.check(s, rows, at);
    return new Confirmations(true, rows);
  }

  /** Reads one row; empty when it has a problem (reported with its cell). */
  private Optional<Confirmation> row(SheetReader s, TableRow row, int number) {
    s.startRow();
    String id = s.require(row, AGENT_ID);
    String statusText = s.require(row, STATUS);
    LocalDate date = s.require(row, DATE);
    ctx.checkKnownAgent(s, row, id);
    Agent agent = id == null ? null : agents.get(id);
    if (agent != null && !periodRows.containsKey(id)) {
      s.error(
          row,
          AGENT_ID.key(),
          Message.of("confirm.error.not_assessed", id, contested.period().toString()),
          Message.of("confirm.hint.not_assessed"));
    }
    Response response = statusText == null ? null : parseStatus(s, row, statusText);
    Optional<Objection> objection = Optional.empty();
    if (response == Response.CONFIRMED) {
      confirmedHasNoObjection(s, row);
    } else if (response == Response.OBJECTED) {
      objection = objection(s, row, number, agent);
    }
    if (s.rowFailed()) {
      return Optional.empty();
    }
    return Optional.of(new Confirmation(row.index() + 1, id, response, date, objection));
  }

  private static boolean isObjection(SheetReader s, TableRow row) {
    return Response.parse(s.raw(row, STATUS.key()).display()).orElse(null) == Response.OBJECTED;
  }

  private Response parseStatus(SheetReader s, TableRow row, String text) {
    Optional<Response> r = Response.parse(text);
    if (r.isEmpty()) {
      s.error(
          row,
          STATUS.key(),
          Message.of("confirm.error.status", text),
          Message.of(
              "confirm.hint.status",
              Response.CONFIRMED.word(ctx.language()),
              Response.OBJECTED.word(ctx.language())));
    }
    return r.orElse(null);
  }

  /** A confirmation contests nothing: objection columns filled there are a mistake. */
  private void confirmedHasNoObjection(SheetReader s, TableRow row) {
    for (String key : OBJECTION_COLUMNS) {
      if (!(s.raw(row, key) instanceof RawValue.Blank)) {
        s.error(
            row,
            key,
            Message.of("confirm.error.confirmed_with_objection", column(key)),
            Message.of("confirm.hint.confirmed_with_objection", objectedWord()));
        return;
      }
    }
  }

  private Optional<Objection> objection(SheetReader s, TableRow row, int number, Agent agent) {
    Optional<Contested> what = contested.read(s, row, agent);
    Decision decision =
        s.text(row, "decision")
            .map(
                text -> {
                  Optional<Decision> d = Decision.parse(text);
                  if (d.isEmpty()) {
                    s.error(
                        row,
                        "decision",
                        Message.of("confirm.error.decision", text),
                        Message.of("confirm.hint.decision", decisionWords()));
                  }
                  return d.orElse(Decision.PENDING);
                })
            .orElse(Decision.PENDING);
    String decidedBy = s.text(row, "decided_by").orElse("");
    if (decision != Decision.PENDING && decidedBy.isBlank()) {
      s.error(
          row,
          "decided_by",
          Message.of("confirm.error.no_decider", decision.word(ctx.language())),
          Message.of("confirm.hint.no_decider"));
    }
    Optional<LocalDate> decidedOn = Optional.ofNullable(s.get(row, DECIDED_ON));
    if (what.isEmpty() || s.rowFailed() || agent == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Objection(
            number,
            what.get(),
            s.text(row, "reason").orElse(""),
            decision,
            decidedBy,
            decidedOn,
            s.text(row, "note").orElse("")));
  }

  private String column(String key) {
    return SheetSchema.CONFIRMATIONS.column(key).orElseThrow().label(ctx.language());
  }

  private String objectedWord() {
    return Response.OBJECTED.word(ctx.language());
  }

  private String decisionWords() {
    Language l = ctx.language();
    return String.join(
        l == Language.ZH ? "、" : ", ",
        Decision.ACCEPTED.word(l),
        Decision.REJECTED.word(l),
        Decision.PENDING.word(l));
  }
}

package com.jixiao.workbook.output;

import com.jixiao.confirm.AgentResponse;
import com.jixiao.confirm.ObjectionOutcome;
import com.jixiao.confirm.SecondPass;
import com.jixiao.i18n.Messages;
import com.jixiao.model.Agent;
import com.jixiao.model.Contested;
import com.jixiao.model.Language;
import com.jixiao.report.MonthReport;
import com.jixiao.workbook.TableColumn;
import com.jixiao.workbook.TableColumn.Format;
import com.jixiao.workbook.TableWriter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Confirmations / 确认情况 (the second pass): every assessed agent, confirmed, objected or no response,
 * with the date and a flag when late; an agent who objected has one row per objection, with what
 * was contested, the value in the workbook and the claimed one, the decision, and the total before
 * → after (pending: the total the decision would give). Written only when the workbook has a
 * Confirmations sheet. Named "Confirmation status" in English, so that it never takes the input
 * sheet's name.
 */
final class ConfirmationsSheet implements OutputSheet {
  @Override
  public String nameKey() {
    return "sheet.confirmations";
  }

  /** One line: the agent's response and, on an objection's line, the objection. */
  private record Line(AgentResponse response, Optional<ObjectionOutcome> objection) {}

  @Override
  public void write(TableWriter tables, String sheetName, MonthReport report, Messages messages) {
    SecondPass pass = report.secondPass();
    if (!pass.recorded()) {
      return;
    }
    List<Line> lines = new ArrayList<>();
    for (AgentResponse r : pass.responses()) {
      List<ObjectionOutcome> own =
          pass.objections().stream().filter(o -> o.agent().id().equals(r.agent().id())).toList();
      if (own.isEmpty()) {
        lines.add(new Line(r, Optional.empty()));
      }
      own.forEach(o -> lines.add(new Line(r, Optional.of(o))));
    }
    tables.write(sheetName, columns(messages, pass), lines);
  }

  private static List<TableColumn<Line>> columns(Messages messages, SecondPass pass) {
    List<TableColumn<Line>> cols = new ArrayList<>();
    cols.add(text(messages, "agent_id", l -> agent(l).id()));
    cols.add(text(messages, "name", l -> agent(l).name()));
    cols.add(text(messages, "team", l -> agent(l).team()));
    cols.add(
        text(
            messages,
            "confirm_status",
            l ->
                messages.format(
                    "confirm.status." + l.response().status().name().toLowerCase(Locale.ROOT))));
    cols.add(
        TableColumn.of(
            Labels.col(messages, "confirm_date"),
            Format.DATE,
            l -> l.response().date().orElse(null)));
    cols.add(text(messages, "confirm_late", l -> late(messages, l, pass)));
    cols.add(
        TableColumn.of(
            Labels.col(messages, "objection_no"),
            Format.INTEGER,
            l -> l.objection().map(o -> (Object) o.objection().number()).orElse(null)));
    cols.add(
        text(
            messages,
            "contested",
            l -> objection(l).map(o -> contested(messages, o)).orElse(null)));
    cols.add(
        TableColumn.of(
            Labels.col(messages, "was"),
            Format.GENERAL,
            l -> objection(l).map(ConfirmationsSheet::was).orElse(null)));
    cols.add(
        TableColumn.of(
            Labels.col(messages, "claimed"),
            Format.GENERAL,
            l -> objection(l).map(o -> claimed(messages, o)).orElse(null)));
    cols.add(
        TableColumn.of(
            Labels.col(messages, "objection_reason"),
            Format.LONG_TEXT,
            l -> objection(l).map(o -> o.objection().reason()).orElse(null)));
    cols.add(
        text(
            messages,
            "decision",
            l ->
                objection(l)
                    .map(o -> o.objection().decision().word(messages.language()))
                    .orElse(null)));
    cols.add(
        text(
            messages,
            "decided_by",
            l -> objection(l).map(o -> o.objection().decidedBy()).orElse(null)));
    cols.add(
        TableColumn.of(
            Labels.col(messages, "decided_on"),
            Format.DATE,
            l -> objection(l).flatMap(o -> o.objection().decidedOn()).orElse(null)));
    cols.add(total(messages, "total_before", ObjectionOutcome::before));
    cols.add(total(messages, "total_after", ObjectionOutcome::after));
    cols.add(
        TableColumn.of(
            Labels.col(messages, "total_change"),
            Format.DECIMAL2,
            l -> objection(l).map(o -> (Object) o.after().subtract(o.before())).orElse(null)));
    cols.add(
        TableColumn.of(
            Labels.col(messages, "total_if_accepted"),
            Format.DECIMAL2,
            l -> objection(l).flatMap(ObjectionOutcome::ifAccepted).orElse(null)));
    cols.add(
        TableColumn.of(
            Labels.col(messages, "objection_note"),
            Format.LONG_TEXT,
            l -> objection(l).map(o -> o.objection().note()).orElse(null)));
    return cols;
  }

  private static Agent agent(Line l) {
    return l.response().agent();
  }

  private static Optional<ObjectionOutcome> objection(Line l) {
    return l.objection();
  }

  private static TableColumn<Line> text(
      Messages messages, String key, Function<Line, String> value) {
    return TableColumn.of(Labels.col(messages, key), Format.TEXT, value::apply);
  }

  private static TableColumn<Line> total(
      Messages messages, String key, Function<ObjectionOutcome, BigDecimal> value) {
    return TableColumn.of(
        Labels.col(messages, key),
        Format.DECIMAL2,
        l -> objection(l).map(o -> (Object) value.apply(o)).orElse(null));
  }

  /** "迟于截止日" for a late answer, "逾期未确认" when none came and the deadline has passed. */
  private static String late(Messages messages, Line l, SecondPass pass) {
    if (!l.response().late()) {
      return null;
    }
    LocalDate deadline = pass.deadline();
    return l.response().status() == AgentResponse.Status.NO_RESPONSE
        ? messages.format("confirm.late.none", deadline.toString())
        : messages.format("confirm.late.answer", deadline.toString());
  }

  /** "迟到次数", or "质检 2026-09-12 F1 服务态度差". */
  static String contested(Messages messages, ObjectionOutcome o) {
    Language language = messages.language();
    Contested c = o.objection().contested();
    if (c instanceof Contested.MonthlyField f) {
      return f.metric().label(language);
    }
    Contested.Inspection i = (Contested.Inspection) c;
    return messages.format(
        "confirm.contested.qa", i.date().toString(), i.code().name(), i.code().label(language));
  }

  private static Object was(ObjectionOutcome o) {
    Contested c = o.objection().contested();
    if (c instanceof Contested.Inspection i) {
      return i.code().name();
    }
    return o.was().orElse(null);
  }

  private static Object claimed(Messages messages, ObjectionOutcome o) {
    Contested c = o.objection().contested();
    if (c instanceof Contested.MonthlyField f) {
      return f.claimed();
    }
    return ((Contested.Inspection) c)
        .recodeTo()
        .map(code -> (Object) code.name())
        .orElseGet(() -> messages.format("confirm.claimed.void"));
  }
}

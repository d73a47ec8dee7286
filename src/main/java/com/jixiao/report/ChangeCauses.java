package com.jixiao.report;

import com.jixiao.assess.MonthInput;
import com.jixiao.confirm.ObjectionOutcome;
import com.jixiao.i18n.Message;
import com.jixiao.model.Agent;
import com.jixiao.model.Contested;
import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.model.MonthlyStats;
import com.jixiao.model.Objection.Decision;
import com.jixiao.model.PointsEntry;
import com.jixiao.model.QaRecord;
import com.jixiao.model.Settings;
import com.jixiao.rules.RulesText;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Why a later version of a month differs from an earlier one, attached to their {@link
 * ReportComparison}: per agent, the objections accepted since (or no longer accepted) and the
 * workbook's own figures that were edited (Monthly, Quality, Points, Agents); for everyone, a
 * change of rules or parameters and of Settings. An agent who changed with no cause of their own
 * and none for everyone moved through the others (their rank, the points pool's share).
 */
public final class ChangeCauses {
  /** At most this many edited figures are named per agent; more are counted. */
  private static final int MAX_EDITS = 4;

  private ChangeCauses() {}

  public static ReportComparison compare(MonthReport before, MonthReport after) {
    ReportComparison comparison = ReportComparison.compare(before, after);
    Language language = after.input().settings().language();
    MonthInput was = before.secondPass().original();
    MonthInput now = after.secondPass().original();
    List<Message> everyone = new ArrayList<>(rules(was, now));
    everyone.addAll(settings(was.settings(), now.settings()));
    Map<String, List<Message>> perAgent = new HashMap<>();
    for (AgentChange c : comparison.agents()) {
      List<Message> causes = new ArrayList<>();
      causes.addAll(objections(before, after, c.agentId(), language));
      causes.addAll(edits(was, now, c.agentId(), language));
      if (causes.isEmpty() && everyone.isEmpty()) {
        causes.add(Message.of("change.cause.others"));
      }
      perAgent.put(c.agentId(), causes);
    }
    return comparison.withCauses(everyone).withAgentCauses(perAgent);
  }

  // ---- objections -----------------------------------------------------------------------------

  private static List<Message> objections(
      MonthReport before, MonthReport after, String agentId, Language language) {
    Map<String, ObjectionOutcome> was = accepted(before, agentId);
    Map<String, ObjectionOutcome> now = accepted(after, agentId);
    List<Message> causes = new ArrayList<>();
    now.forEach(
        (what, o) -> {
          if (!was.containsKey(what)) {
            causes.add(
                Message.of(
                    "change.cause.objection",
                    "#" + o.objection().number(),
                    describe(o, language),
                    o.objection().decidedBy()));
          }
        });
    was.forEach(
        (what, o) -> {
          if (!now.containsKey(what)) {
            causes.add(Message.of("change.cause.objection_withdrawn", describe(o, language)));
          }
        });
    return causes;
  }

  /** The agent's accepted objections by what they change and to what. */
  private static Map<String, ObjectionOutcome> accepted(MonthReport report, String agentId) {
    Map<String, ObjectionOutcome> byWhat = new LinkedHashMap<>();
    for (ObjectionOutcome o : report.secondPass().objections()) {
      if (o.agent().id().equals(agentId) && o.objection().decision() == Decision.ACCEPTED) {
        byWhat.put(identity(o.objection().contested()), o);
      }
    }
    return byWhat;
  }

  private static String identity(Contested c) {
    if (c instanceof Contested.MonthlyField f) {
      return f.metric().key() + " " + plain(f.claimed());
    }
    Contested.Inspection i = (Contested.Inspection) c;
    return i.date() + " " + i.code() + " " + i.recodeTo().map(Enum::name).orElse("void");
  }

  /** "迟到次数 2 → 1", "质检 2026-09-21 F1 服务态度差 → 作废". */
  private static Message describe(ObjectionOutcome o, Language language) {
    Contested c = o.objection().contested();
    if (c instanceof Contested.MonthlyField f) {
      return Message.of(
          "change.what.field",
          f.metric().label(language),
          o.was().map(ChangeCauses::plain).orElse("-"),
          plain(f.claimed()));
    }
    Contested.Inspection i = (Contested.Inspection) c;
    return Message.of(
        "change.what.qa",
        Message.of(
            "confirm.contested.qa", i.date().toString(), i.code().name(), i.code().label(language)),
        i.recodeTo()
            .map(code -> (Object) (code.name() + " " + code.label(language)))
            .orElse(Message.of("confirm.claimed.void")));
  }

  // ---- the workbook's own figures ---------------------------------------------------------------

  private static List<Message> edits(
      MonthInput was, MonthInput now, String agentId, Language language) {
    List<Message> edits = new ArrayList<>();
    agentEdits(was, now, agentId, language, edits);
    monthlyEdits(was, now, agentId, language, edits);
    YearMonth period = now.settings().period();
    long qaWas = findings(was, agentId, period);
    long qaNow = findings(now, agentId, period);
    if (!sameRecords(was, now, agentId, period)) {
      edits.add(Message.of("change.cause.quality", String.valueOf(qaWas), String.valueOf(qaNow)));
    }
    BigDecimal pointsWas = points(was, agentId, period);
    BigDecimal pointsNow = points(now, agentId, period);
    if (pointsWas.compareTo(pointsNow) != 0) {
      edits.add(Message.of("change.cause.points", plain(pointsWas), plain(pointsNow)));
    }
    if (edits.size() > MAX_EDITS) {
      int more = edits.size() - MAX_EDITS;
      edits.subList(MAX_EDITS, edits.size()).clear();
      edits.add(Message.of("change.cause.more", String.valueOf(more)));
    }
    return edits;
  }

  private static void agentEdits(
      MonthInput was, MonthInput now, String agentId, Language language, List<Message> edits) {
    Optional<Agent> a = agent(was, agentId);
    Optional<Agent> b = agent(now, agentId);
    if (a.isEmpty() || b.isEmpty()) {
      return;
    }
    compare(edits, "salary_level", a.get(), b.get(), x -> String.valueOf(x.salaryLevel()));
    compare(edits, "role", a.get(), b.get(), x -> x.role().label(language));
    compare(edits, "team", a.get(), b.get(), Agent::team);
  }

  private static <T> void compare(
      List<Message> edits, String key, T a, T b, Function<T, String> field) {
    if (!Objects.equals(field.apply(a), field.apply(b))) {
      edits.add(
          Message.of(
              "change.cause.agent", Message.of("col." + key), field.apply(a), field.apply(b)));
    }
  }

  /** Every month of the agent's Monthly rows: earlier months feed growth, tiers and streaks. */
  private static void monthlyEdits(
      MonthInput was, MonthInput now, String agentId, Language language, List<Message> edits) {
    Map<YearMonth, MonthlyStats> a = rows(was, agentId);
    Map<YearMonth, MonthlyStats> b = rows(now, agentId);
    for (Map.Entry<YearMonth, MonthlyStats> e : b.entrySet()) {
      MonthlyStats old = a.get(e.getKey());
      for (Metric m : Metric.values()) {
        Optional<BigDecimal> x = old == null ? Optional.empty() : old.find(m);
        Optional<BigDecimal> y = e.getValue().find(m);
        boolean same =
            x.isPresent() == y.isPresent() && (x.isEmpty() || x.get().compareTo(y.get()) == 0);
        if (!same) {
          edits.add(
              Message.of(
                  "change.cause.monthly",
                  e.getKey().toString(),
                  m.label(language),
                  x.map(ChangeCauses::plain).orElse("-"),
                  y.map(ChangeCauses::plain).orElse("-")));
        }
      }
    }
  }

  private static Optional<Agent> agent(MonthInput input, String id) {
    return input.agents().stream().filter(a -> a.id().equals(id)).findFirst();
  }

  private static Map<YearMonth, MonthlyStats> rows(MonthInput input, String id) {
    Map<YearMonth, MonthlyStats> rows = new TreeMap<>();
    input.monthly().stream()
        .filter(m -> m.agentId().equals(id))
        .forEach(m -> rows.put(m.month(), m));
    return rows;
  }

  private static long findings(MonthInput input, String id, YearMonth period) {
    return periodRecords(input, id, period).stream()
        .filter(r -> r.code().kind() != com.jixiao.model.QaCode.Kind.PASS)
        .count();
  }

  private static boolean sameRecords(MonthInput a, MonthInput b, String id, YearMonth period) {
    Function<QaRecord, String> key = r -> r.date() + " " + r.code();
    List<String> x = periodRecords(a, id, period).stream().map(key).sorted().toList();
    List<String> y = periodRecords(b, id, period).stream().map(key).sorted().toList();
    return x.equals(y);
  }

  private static List<QaRecord> periodRecords(MonthInput input, String id, YearMonth period) {
    return input.quality().stream()
        .filter(r -> r.agentId().equals(id) && YearMonth.from(r.date()).equals(period))
        .toList();
  }

  private static BigDecimal points(MonthInput input, String id, YearMonth period) {
    return input.points().stream()
        .filter(p -> p.agentId().equals(id) && YearMonth.from(p.date()).equals(period))
        .map(PointsEntry::points)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  // ---- for everyone ---------------------------------------------------------------------------

  /** "weight presales conversion 5 → 10", "param rewards.sales_top 300,200,100 → 500,300,100". */
  private static List<Message> rules(MonthInput was, MonthInput now) {
    Map<String, String> a = ruleValues(RulesText.lines(was.rules()));
    Map<String, String> b = ruleValues(RulesText.lines(now.rules()));
    List<Message> causes = new ArrayList<>();
    for (String key : union(a, b)) {
      String x = a.getOrDefault(key, "-");
      String y = b.getOrDefault(key, "-");
      if (!x.equals(y)) {
        causes.add(Message.of("change.cause.rule", key, x, y));
      }
    }
    return causes;
  }

  /** A rule line's name (all but its last word; a band or tier line as a whole) and value. */
  private static Map<String, String> ruleValues(List<String> lines) {
    Map<String, String> values = new LinkedHashMap<>();
    for (String line : lines) {
      if (line.startsWith("band ") || line.startsWith("commission ")) {
        values.put(line, "✓");
      } else {
        int last = line.lastIndexOf(' ');
        values.put(line.substring(0, last), line.substring(last + 1));
      }
    }
    return values;
  }

  private static List<String> union(Map<String, String> a, Map<String, String> b) {
    List<String> keys = new ArrayList<>(a.keySet());
    b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
    return keys;
  }

  private static List<Message> settings(Settings a, Settings b) {
    List<Message> causes = new ArrayList<>();
    setting(causes, "store_revenue", a.storeRevenue(), b.storeRevenue());
    setting(causes, "store_revenue_target", a.storeRevenueTarget(), b.storeRevenueTarget());
    setting(causes, "store_revenue_previous", a.storeRevenuePrevious(), b.storeRevenuePrevious());
    setting(
        causes,
        "points_pool_rate",
        Optional.of(a.pointsPoolRate()),
        Optional.of(b.pointsPoolRate()));
    setting(causes, "store_orders", a.storeOrders(), b.storeOrders());
    return causes;
  }

  private static void setting(
      List<Message> causes, String key, Optional<BigDecimal> a, Optional<BigDecimal> b) {
    String x = a.map(ChangeCauses::plain).orElse("-");
    String y = b.map(ChangeCauses::plain).orElse("-");
    if (!x.equals(y)) {
      causes.add(Message.of("change.cause.setting", Message.of("change.setting." + key), x, y));
    }
  }

  private static String plain(BigDecimal n) {
    return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
  }
}

package com.jixiao.workbook.template;

import static com.jixiao.workbook.template.TemplateWriter.EXAMPLE_PERIOD;
import static com.jixiao.workbook.template.TemplateWriter.holidayTypes;
import static com.jixiao.workbook.template.TemplateWriter.roleWords;
import static com.jixiao.workbook.template.TemplateWriter.row;
import static com.jixiao.workbook.template.TemplateWriter.statusWords;

import com.jixiao.model.Band;
import com.jixiao.model.CommissionTier;
import com.jixiao.model.Confirmation;
import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.model.Objection;
import com.jixiao.model.QaCode;
import com.jixiao.model.Role;
import com.jixiao.rules.Item;
import com.jixiao.rules.Param;
import com.jixiao.rules.RuleSet;
import com.jixiao.rules.WeightTable;
import com.jixiao.workbook.Setting;
import com.jixiao.workbook.SheetSchema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** A few example rows per sheet, in the template's language, consistent with each other. */
final class ExampleRows {
  private final TemplateTexts texts;
  private final Language language;

  ExampleRows(TemplateTexts texts) {
    this.texts = texts;
    this.language = texts.language();
  }

  List<Map<String, Object>> rows(SheetSchema schema) {
    return switch (schema) {
      case SETTINGS -> settings();
      case AGENTS -> agents();
      case SALARY_LEVELS -> salaryLevels();
      case MONTHLY -> monthly();
      case QUALITY -> quality();
      case POINTS -> points();
      case HOLIDAYS -> holidays();
      case RULES -> rules();
      case PARAMETERS -> parameters();
      case COMMISSION -> commission();
      case BANDS -> bands();
      case CONFIRMATIONS -> confirmations();
      case IMPORT_MAP -> importMap();
    };
  }

  private List<Map<String, Object>> settings() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Setting s : Setting.values()) {
      Object value =
          switch (s) {
            case STORE -> texts.text("example.store");
            case PERIOD -> EXAMPLE_PERIOD;
            case LANGUAGE -> language.name().toLowerCase(Locale.ROOT);
            case CURRENCY -> "CNY";
            case STORE_REVENUE -> money("1200000");
            case STORE_REVENUE_TARGET -> money("1150000");
            case STORE_REVENUE_PREVIOUS -> money("1100000");
            case POINTS_POOL_RATE ->
                new InputSheetWriter.Formatted(
                    new BigDecimal("0.005"), InputSheetWriter.RATE_FORMAT);
            case STORE_ORDERS -> null; // blank: the sum of the agents' orders
          };
      rows.add(row("key", s.label(language), "value", value));
    }
    return rows;
  }

  private static InputSheetWriter.Formatted money(String amount) {
    return new InputSheetWriter.Formatted(new BigDecimal(amount), InputSheetWriter.MONEY_FORMAT);
  }

  /** KF001 presales and KF002 lead of one team, KF003 aftersales of another. */
  private List<Map<String, Object>> agents() {
    String presales = texts.text("example.team.presales");
    String aftersales = texts.text("example.team.aftersales");
    List<String> roles = roleWords(language);
    String active = statusWords(language).get(0);
    String manager = texts.text("example.email.manager");
    return List.of(
        agent("KF001", 1, presales, roles.get(0), 2, "kf002@example.com", active),
        agent("KF002", 2, presales, roles.get(2), 3, manager, active),
        agent("KF003", 3, aftersales, roles.get(1), 1, manager, active));
  }

  private Map<String, Object> agent(
      String id, int n, String team, String role, int level, String managerEmail, String status) {
    return row(
        "agent_id", id,
        "name", texts.text("example.agent." + n),
        "team", team,
        "role", role,
        "salary_level", level,
        "email", id.toLowerCase(Locale.ROOT) + "@example.com",
        "manager_email", managerEmail,
        "status", status,
        "account", texts.text("example.store") + ":" + texts.text("example.agent." + n));
  }

  /** Headers a shop's own export might use: one for the agent, one figure, one to ignore. */
  private List<Map<String, Object>> importMap() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int n = 1; n <= 3; n++) {
      rows.add(
          row(
              "export_header",
              texts.text("example.import_map.header." + n),
              "field",
              texts.text("example.import_map.field." + n)));
    }
    return rows;
  }

  private static List<Map<String, Object>> salaryLevels() {
    int[][] wages = {
      {1, 3000, 1000}, {2, 3500, 1300}, {3, 4000, 1600}, {4, 5000, 2000}, {5, 6000, 2500}
    };
    List<Map<String, Object>> rows = new ArrayList<>();
    for (int[] w : wages) {
      rows.add(row("level", w[0], "level_wage", w[1], "performance_wage", w[2]));
    }
    return rows;
  }

  private static List<Map<String, Object>> monthly() {
    return List.of(
        month("KF001", new BigDecimal("86500"), new BigDecimal("80000"), 3, 3, 3, 3, 4),
        month("KF002", new BigDecimal("102300.5"), new BigDecimal("100000"), 3, 4, 3, 3, 4),
        month("KF003", BigDecimal.ZERO, null, 2, 3, 2, 2, 3));
  }

  private static Map<String, Object> month(
      String id, BigDecimal sales, BigDecimal target, int... levels) {
    boolean aftersales = target == null;
    Map<String, Object> r = new LinkedHashMap<>();
    r.put("agent_id", id);
    r.put("month", EXAMPLE_PERIOD);
    r.put(Metric.SALES.key(), sales);
    r.put(Metric.SALES_TARGET.key(), target);
    r.put(Metric.VISITORS.key(), aftersales ? 0 : 21000);
    r.put(Metric.INQUIRIES.key(), 420);
    r.put(Metric.DEALS.key(), aftersales ? 0 : 320);
    r.put(Metric.ORDERS.key(), aftersales ? 0 : 335);
    r.put(Metric.REFUND_ORDERS.key(), aftersales ? 0 : 2);
    r.put(Metric.FLAGSHIP_RATIO.key(), aftersales ? null : new BigDecimal("0.86"));
    r.put(Metric.DISPUTES.key(), 0);
    r.put(Metric.PRODUCT_KNOWLEDGE.key(), levels[0]);
    r.put(Metric.GUIDANCE.key(), levels[1]);
    r.put(Metric.COMMUNICATION.key(), levels[2]);
    r.put(Metric.ADAPTABILITY.key(), levels[3]);
    r.put(Metric.RESPONSIBILITY.key(), levels[4]);
    r.put(Metric.SCHEDULED_DAYS.key(), 21);
    r.put(Metric.ABSENT_DAYS.key(), 0);
    r.put(Metric.LATE_COUNT.key(), aftersales ? 1 : 0);
    r.put(Metric.ETIQUETTE_VIOLATIONS.key(), 0);
    r.put(Metric.COMPLAINTS.key(), 0);
    r.put(Metric.REPORTS_ON_TIME.key(), 2);
    r.put(Metric.REPORTS_QUALITY_OK.key(), 2);
    r.put(Metric.RULE_VIOLATIONS.key(), 0);
    r.put(Metric.TEAMWORK_INCIDENTS.key(), 0);
    r.put(Metric.RECEPTIONS.key(), 2730);
    r.put(Metric.GOOD_REVIEWS.key(), 35);
    r.put(Metric.AVG_RESPONSE_SECONDS.key(), new BigDecimal("18.5"));
    r.put(Metric.SATISFACTION.key(), new BigDecimal("0.965"));
    return r;
  }

  private List<Map<String, Object>> quality() {
    LocalDate day = LocalDate.of(2026, 9, 8);
    String inspector = texts.text("example.quality.inspector");
    return List.of(
        row("date", day, "agent_id", "KF001", "item", qa(QaCode.OK), "inspector", inspector),
        row(
            "date",
            day,
            "agent_id",
            "KF003",
            "item",
            qa(QaCode.N2),
            "note",
            texts.text("example.quality.note"),
            "inspector",
            inspector));
  }

  private String qa(QaCode code) {
    return language == Language.ZH ? code.zh() : code.name();
  }

  private List<Map<String, Object>> points() {
    return List.of(
        row(
            "date",
            LocalDate.of(2026, 9, 15),
            "agent_id",
            "KF001",
            "points",
            5,
            "reason",
            texts.text("example.points.reason")));
  }

  private List<Map<String, Object>> holidays() {
    return List.of(
        row(
            "date", LocalDate.of(2026, 9, 25),
            "type", holidayTypes(language).get(0),
            "name", texts.text("example.holiday.name")));
  }

  /** The default weights, written out (blank: the role is not assessed on the item). */
  private List<Map<String, Object>> rules() {
    WeightTable weights = WeightTable.defaults();
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Item item : Item.values()) {
      Map<String, Object> r = new LinkedHashMap<>();
      r.put("item", item.label(language));
      r.put("weight", item.seedWeight());
      for (Role role : Role.values()) {
        r.put(role.key(), weights.weight(role, item).orElse(null));
      }
      rows.add(r);
    }
    return rows;
  }

  private static List<Map<String, Object>> parameters() {
    return List.of(
        row("key", Param.REWARDS_SALES_TOP.key(), "value", Param.REWARDS_SALES_TOP.defaultText()),
        row("key", Param.QA_PER_DAY.key(), "value", Param.QA_PER_DAY.defaultText()));
  }

  private static List<Map<String, Object>> commission() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (CommissionTier t : RuleSet.defaultCommission()) {
      rows.add(row("from", t.from(), "rate", t.rate()));
    }
    return rows;
  }

  /**
   * KF001 and KF002 confirm; KF003 objects twice: to the N2 finding of the Quality example, voided
   * by the manager, and to a late arrival, rejected.
   */
  private List<Map<String, Object>> confirmations() {
    LocalDate wd5 = LocalDate.of(2026, 10, 13);
    String confirmed = Confirmation.Response.CONFIRMED.word(language);
    String objected = Confirmation.Response.OBJECTED.word(language);
    String manager = texts.text("example.confirm.manager");
    return List.of(
        row("agent_id", "KF001", "status", confirmed, "date", wd5),
        row("agent_id", "KF002", "status", confirmed, "date", wd5.plusDays(1)),
        row(
            "agent_id", "KF003",
            "status", objected,
            "date", wd5,
            "qa_date", LocalDate.of(2026, 9, 8),
            "qa_item", qa(QaCode.N2),
            "reason", texts.text("example.confirm.reason.qa"),
            "decision", Objection.Decision.ACCEPTED.word(language),
            "decided_by", manager,
            "decided_on", wd5.plusDays(1)),
        row(
            "agent_id",
            "KF003",
            "status",
            objected,
            "date",
            wd5,
            "contested",
            Metric.LATE_COUNT.label(language),
            "claimed",
            0,
            "reason",
            texts.text("example.confirm.reason.late"),
            "decision",
            Objection.Decision.REJECTED.word(language),
            "decided_by",
            manager,
            "decided_on",
            wd5.plusDays(1),
            "note",
            texts.text("example.confirm.note")));
  }

  /** The default bands; the lowest band's open minimum is written as 0 (scores are never below). */
  private static List<Map<String, Object>> bands() {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Band b : RuleSet.defaultBands()) {
      rows.add(
          row(
              "min_score", b.minScore().max(BigDecimal.ZERO),
              "coefficient", b.coefficient(),
              "level_change", b.levelChange(),
              "action", b.action()));
    }
    return rows;
  }
}

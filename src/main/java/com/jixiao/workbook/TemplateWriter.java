package com.jixiao.workbook;

import com.jixiao.files.AtomicFiles;
import com.jixiao.model.Band;
import com.jixiao.model.CommissionTier;
import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.model.QaCode;
import com.jixiao.model.Role;
import com.jixiao.model.ValueType;
import com.jixiao.rules.Item;
import com.jixiao.rules.Param;
import com.jixiao.rules.RuleSet;
import com.jixiao.rules.WeightTable;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.ClientAnchor;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationConstraint.OperatorType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.Drawing;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the blank standard workbook (SPEC 2) behind {@code jixiao template}: an instructions sheet
 * in the chosen language, then every sheet of {@link SheetSchema} in order with its headers, a few
 * example rows and data validation (dropdowns for roles, status, QA items and holiday types; whole
 * numbers for levels and counts).
 */
public final class TemplateWriter {
  /** Rows 2 to 1000 carry the data validation. */
  static final int LAST_VALIDATED_ROW = 999;

  /** Excel's limit on an explicit dropdown list, in characters. */
  static final int MAX_LIST_CHARS = 255;

  /** The month the example rows are filled in for. */
  static final String EXAMPLE_PERIOD = "2026-09";

  public void write(Language language, Path out) throws IOException {
    try (XSSFWorkbook workbook = build(language)) {
      AtomicFiles.write(out, workbook::write);
    }
  }

  /** The template in memory; the caller closes it. */
  public XSSFWorkbook build(Language language) {
    XSSFWorkbook workbook = new XSSFWorkbook();
    TemplateTexts texts = TemplateTexts.of(language);
    new Instructions(workbook, texts).write();
    InputSheetWriter tables = new InputSheetWriter(workbook, language);
    Examples examples = new Examples(texts);
    for (SheetSchema schema : SheetSchema.values()) {
      XSSFSheet sheet = tables.write(schema, examples.rows(schema));
      addValidations(sheet, schema, texts);
    }
    XSSFSheet parameters = workbook.getSheet(SheetSchema.PARAMETERS.name(language));
    note(parameters, parameters.getRow(0).getCell(0), texts.text("parameters.note"));
    workbook.setActiveSheet(0);
    return workbook;
  }

  // ---- words the dropdowns offer (SPEC 2.2, 2.5, 2.7) ----

  /** Roles as the template offers them: Chinese labels in zh, keys in en. */
  public static List<String> roleWords(Language language) {
    return java.util.Arrays.stream(Role.values())
        .map(r -> language == Language.ZH ? r.label(language) : r.key())
        .toList();
  }

  /** Agents.status: 在职/离职 or active/left. */
  public static List<String> statusWords(Language language) {
    return language == Language.ZH ? List.of("在职", "离职") : List.of("active", "left");
  }

  /** Holidays.type: 休/班 or holiday/workday. */
  public static List<String> holidayTypes(Language language) {
    return language == Language.ZH ? List.of("休", "班") : List.of("holiday", "workday");
  }

  /** Quality.item: the codes, and in zh also the Chinese names when the list fits Excel's limit. */
  public static List<String> qaWords(Language language) {
    List<String> codes = java.util.Arrays.stream(QaCode.values()).map(QaCode::name).toList();
    if (language != Language.ZH) {
      return codes;
    }
    List<String> both = new ArrayList<>(codes);
    for (QaCode c : QaCode.values()) {
      both.add(c.zh());
    }
    return String.join(",", both).length() <= MAX_LIST_CHARS ? List.copyOf(both) : codes;
  }

  // ---- data validation ----

  private static void addValidations(XSSFSheet sheet, SheetSchema schema, TemplateTexts texts) {
    Language language = texts.language();
    DataValidationHelper helper = sheet.getDataValidationHelper();
    String list = texts.text("validation.list");
    switch (schema) {
      case AGENTS -> {
        validate(
            sheet,
            schema,
            "role",
            helper.createExplicitListConstraint(array(roleWords(language))),
            list,
            texts);
        validate(
            sheet,
            schema,
            "status",
            helper.createExplicitListConstraint(array(statusWords(language))),
            list,
            texts);
        String levels =
            "'"
                + SheetSchema.SALARY_LEVELS.name(language)
                + "'!$A$2:$A$"
                + (LAST_VALIDATED_ROW + 1);
        validate(
            sheet,
            schema,
            "salary_level",
            helper.createFormulaListConstraint(levels),
            texts.text("validation.salary_level"),
            texts);
      }
      case MONTHLY -> {
        for (Metric m : Metric.values()) {
          if (m.type().isLevel()) {
            String max = Integer.toString(m.type().maxLevel());
            validate(
                sheet,
                schema,
                m.key(),
                helper.createIntegerConstraint(OperatorType.BETWEEN, "1", max),
                texts.text("validation.level", max),
                texts);
          } else if (m.type() == ValueType.COUNT) {
            validate(
                sheet,
                schema,
                m.key(),
                helper.createIntegerConstraint(OperatorType.GREATER_OR_EQUAL, "0", null),
                texts.text("validation.count"),
                texts);
          }
        }
      }
      case QUALITY ->
          validate(
              sheet,
              schema,
              "item",
              helper.createExplicitListConstraint(array(qaWords(language))),
              list,
              texts);
      case HOLIDAYS ->
          validate(
              sheet,
              schema,
              "type",
              helper.createExplicitListConstraint(array(holidayTypes(language))),
              list,
              texts);
      default -> {}
    }
  }

  private static void validate(
      XSSFSheet sheet,
      SheetSchema schema,
      String key,
      DataValidationConstraint constraint,
      String error,
      TemplateTexts texts) {
    int column = columnIndex(schema, key);
    DataValidationHelper helper = sheet.getDataValidationHelper();
    DataValidation validation =
        helper.createValidation(
            constraint, new CellRangeAddressList(1, LAST_VALIDATED_ROW, column, column));
    validation.setShowErrorBox(true);
    validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
    validation.createErrorBox(texts.text("validation.title"), error);
    validation.setEmptyCellAllowed(true);
    if (constraint.getValidationType() == DataValidationConstraint.ValidationType.LIST) {
      // XSSF's inverted flag: "suppress" true writes showDropDown="false", which shows the arrow.
      validation.setSuppressDropDownArrow(true);
    }
    sheet.addValidationData(validation);
  }

  static int columnIndex(SheetSchema schema, String key) {
    for (int i = 0; i < schema.columns().size(); i++) {
      if (schema.columns().get(i).key().equals(key)) {
        return i;
      }
    }
    throw new IllegalArgumentException(schema + " has no column " + key);
  }

  private static String[] array(List<String> words) {
    return words.toArray(String[]::new);
  }

  private static void note(XSSFSheet sheet, XSSFCell cell, String text) {
    Drawing<?> drawing = sheet.createDrawingPatriarch();
    ClientAnchor anchor = sheet.getWorkbook().getCreationHelper().createClientAnchor();
    anchor.setCol1(cell.getColumnIndex() + 1);
    anchor.setCol2(cell.getColumnIndex() + 5);
    anchor.setRow1(cell.getRowIndex());
    anchor.setRow2(cell.getRowIndex() + 4);
    Comment comment = drawing.createCellComment(anchor);
    comment.setString(sheet.getWorkbook().getCreationHelper().createRichTextString(text));
    cell.setCellComment(comment);
  }

  // ---- the instructions sheet ----

  /**
   * The 说明 / Instructions sheet: what each sheet is, value forms, roles, levels, codes, defaults.
   */
  private static final class Instructions {
    private final XSSFWorkbook workbook;
    private final TemplateTexts texts;
    private final Language language;
    private final XSSFSheet sheet;
    private final XSSFCellStyle titleStyle;
    private final XSSFCellStyle sectionStyle;
    private final XSSFCellStyle headerStyle;
    private final XSSFCellStyle wrapStyle;
    private int next;

    Instructions(XSSFWorkbook workbook, TemplateTexts texts) {
      this.workbook = workbook;
      this.texts = texts;
      this.language = texts.language();
      this.sheet = workbook.createSheet(texts.text("instructions.sheet"));
      this.titleStyle = style(14, false);
      this.sectionStyle = style(12, false);
      this.headerStyle = style(11, true);
      this.wrapStyle = workbook.createCellStyle();
      wrapStyle.setWrapText(true);
      wrapStyle.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.TOP);
    }

    void write() {
      sheet.setColumnWidth(0, 26 * 256);
      sheet.setColumnWidth(1, 24 * 256);
      sheet.setColumnWidth(2, 24 * 256);
      sheet.setColumnWidth(3, 80 * 256);
      line(titleStyle, texts.text("title"));
      line(null, texts.text("intro"));
      line(null, texts.text("examples"));
      sheets();
      values();
      settings();
      roles();
      levels();
      qaCodes();
      holidays();
      parameters();
    }

    private void sheets() {
      section("section.sheets", "col.sheet", "col.key", "col.required", "col.description");
      for (SheetSchema s : SheetSchema.values()) {
        row(
            s.name(language),
            s.key(),
            texts.text(s.required() ? "required.yes" : "required.no"),
            texts.text("sheet." + s.key()));
      }
    }

    private void values() {
      section("section.values");
      for (ValueType t : ValueType.values()) {
        line(null, "• " + texts.text("value." + t.name()));
      }
      line(null, "• " + texts.text("value.formula"));
    }

    private void settings() {
      section("section.settings", "col.name", "col.key", "col.type", "col.meaning");
      for (Setting s : Setting.values()) {
        row(
            s.label(language),
            s.key(),
            s.type().name().toLowerCase(java.util.Locale.ROOT),
            texts.text("setting." + s.key()));
      }
    }

    private void roles() {
      section("section.roles", "col.role", "col.key", "", "col.description");
      for (Role r : Role.values()) {
        row(r.label(Language.ZH), r.key(), "", texts.text("role." + r.key()));
      }
      section("section.status", "col.role", "", "", "col.description");
      List<String> words = statusWords(language);
      row(words.get(0), "", "", texts.text("status.active"));
      row(words.get(1), "", "", texts.text("status.left"));
    }

    private void levels() {
      section("section.levels");
      line(null, texts.text("levels.text"));
      for (Metric m : Metric.values()) {
        if (m.type().isLevel()) {
          row(m.label(language), m.key(), "1–" + m.type().maxLevel(), "");
        }
      }
    }

    private void qaCodes() {
      section("section.qa", "col.code", "col.name", "", "col.kind");
      for (QaCode c : QaCode.values()) {
        row(c.name(), c.zh(), c.label(Language.EN), texts.text("kind." + c.kind().name()));
      }
    }

    private void holidays() {
      section("section.holidays", "col.role", "", "", "col.description");
      List<String> types = holidayTypes(language);
      row(types.get(0), "", "", texts.text("holiday.holiday"));
      row(types.get(1), "", "", texts.text("holiday.workday"));
    }

    private void parameters() {
      section("section.params", "col.key", "col.default", "", "col.description");
      for (Param p : Param.values()) {
        row(p.key(), p.defaultText(), "", texts.text("param." + p.key()));
      }
    }

    private void section(String titleKey, String... headerKeys) {
      next++;
      line(sectionStyle, texts.text(titleKey));
      if (headerKeys.length > 0) {
        XSSFRow row = sheet.createRow(next++);
        for (int c = 0; c < headerKeys.length; c++) {
          XSSFCell cell = row.createCell(c);
          cell.setCellValue(headerKeys[c].isEmpty() ? "" : texts.text(headerKeys[c]));
          cell.setCellStyle(headerStyle);
        }
      }
    }

    private void line(XSSFCellStyle style, String text) {
      XSSFCell cell = sheet.createRow(next++).createCell(0);
      cell.setCellValue(text);
      if (style != null) {
        cell.setCellStyle(style);
      }
    }

    private void row(String... cells) {
      XSSFRow row = sheet.createRow(next++);
      for (int c = 0; c < cells.length; c++) {
        if (!cells[c].isEmpty()) {
          XSSFCell cell = row.createCell(c);
          cell.setCellValue(cells[c]);
          if (c == cells.length - 1) {
            cell.setCellStyle(wrapStyle);
          }
        }
      }
    }

    private XSSFCellStyle style(int points, boolean filled) {
      XSSFFont font = workbook.createFont();
      font.setBold(true);
      font.setFontHeightInPoints((short) points);
      XSSFCellStyle s = workbook.createCellStyle();
      s.setFont(font);
      if (filled) {
        s.setFillForegroundColor(org.apache.poi.ss.usermodel.IndexedColors.PALE_BLUE.getIndex());
        s.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
      }
      return s;
    }
  }

  // ---- example rows ----

  /** A few example rows per sheet, in the template's language, consistent with each other. */
  private static final class Examples {
    private final TemplateTexts texts;
    private final Language language;

    Examples(TemplateTexts texts) {
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
      };
    }

    private List<Map<String, Object>> settings() {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Setting s : Setting.values()) {
        Object value =
            switch (s) {
              case STORE -> texts.text("example.store");
              case PERIOD -> EXAMPLE_PERIOD;
              case LANGUAGE -> language.name().toLowerCase(java.util.Locale.ROOT);
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
          "email", id.toLowerCase(java.util.Locale.ROOT) + "@example.com",
          "manager_email", managerEmail,
          "status", status);
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
     * The default bands; the lowest band's open minimum is written as 0 (scores are never below).
     */
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

  /** A row from alternating keys and values; null values are left out. */
  static Map<String, Object> row(Object... keysAndValues) {
    Map<String, Object> r = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (keysAndValues[i + 1] != null) {
        r.put((String) keysAndValues[i], keysAndValues[i + 1]);
      }
    }
    return r;
  }
}

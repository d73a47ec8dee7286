package com.jixiao.samples;

import com.jixiao.files.AtomicFiles;
import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.model.QaCode;
import com.jixiao.model.Role;
import com.jixiao.rules.Param;
import com.jixiao.workbook.Setting;
import com.jixiao.workbook.SheetSchema;
import com.jixiao.workbook.template.InputSheetWriter;
import com.jixiao.workbook.template.InputSheetWriter.Formatted;
import com.jixiao.workbook.template.InputSheetWriter.Formula;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.poi.xssf.usermodel.XSSFFormulaEvaluator;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Writes the sample workbooks of {@code sample-workbooks/}: a home-furnishing shop's customer
 * service, 14 agents in three teams, twelve months of history, with the edge cases the assessment
 * must handle. Deterministic (one seeded {@link Random}, no clock); both languages hold the same
 * numbers, so they must score the same.
 *
 * <p>Run {@link #main} from the project root to regenerate them; {@code SampleWorkbooksTest} fails
 * if the committed files differ from what this class writes.
 */
public final class SampleWorkbooks {
  static final YearMonth PERIOD = YearMonth.of(2026, 9);
  static final YearMonth FIRST = YearMonth.of(2025, 10);
  static final long SEED = 20260901L;
  static final String REMARKS = "Remarks";

  /** How well an agent works: the ranges their monthly numbers are drawn from. */
  enum Tier {
    STAR,
    GOOD,
    AVERAGE,
    WEAK
  }

  private static final int TEAM_AFTERSALES = 2;
  private static final List<String> TEAMS_ZH = List.of("售前一组", "售前二组", "售后组");
  private static final List<String> TEAMS_EN = List.of("Presales 1", "Presales 2", "Aftersales");

  /**
   * An agent and the edge case they carry. {@code roleZh}/{@code roleEn} are the words written in
   * the Role column (some are aliases on purpose); {@code periodGrowth}, when set, fixes the
   * previous month's sales so that the period's growth is exactly that.
   */
  record AgentSpec(
      String id,
      String zh,
      String en,
      int team,
      Role role,
      String roleZh,
      String roleEn,
      int level,
      Tier tier,
      int baseTarget,
      YearMonth first,
      YearMonth last,
      YearMonth skipped,
      BigDecimal periodGrowth) {
    boolean sells() {
      return role != Role.AFTERSALES;
    }

    boolean hasRow(YearMonth m) {
      return !m.isBefore(first) && !m.isAfter(last) && !m.equals(skipped);
    }

    boolean left() {
      return last.isBefore(PERIOD);
    }
  }

  /**
   * The roster. Edge cases: KF002 (star, +24% growth: total above 100, more than 150 receptions a
   * day), KF004 (no 2026-08 row: growth has no previous month), KF005 (joined 2026-06), KF006
   * (lead, star), KF007 (weak: total below 60, lowest presales sales in each of the last three
   * months), KF008 (N2 three times: escalates to fatal), KF009 (F1 fatal; role written as an
   * alias), KF010 (left after 2026-07: history, no row in the period), KF011 (lead of the
   * aftersales team, small sales target), KF012 (more than 200 receptions a day; her QA coverage
   * falls short), KF013 (sales target 0 instead of blank), KF015 (aftersales newcomer since
   * 2026-08, last in the tiers without a row at the end of the previous quarter; drawn last, so the
   * others' numbers do not move).
   *
   * <p>Ranking edge cases that follow from the numbers: KF007 lowest presales sales and KF005
   * lowest inquiry conversion in each of the last three months; 售前二组 below its target in each of
   * them (its lead KF006 is alerted); KF007, KF013 and KF014 in 提升班 in 2026Q2 and 2026Q3.
   */
  static final List<AgentSpec> AGENTS =
      roster(
          """
          # id | 中文名 | English | team | role | written zh | written en | level | tier | base target | first | last | skipped | period growth
          KF001 | 王丽 | Wang Li      | 0 | LEAD       | 组长     | lead       | 4 | GOOD    | 90000 | 2025-10 | 2026-09 | -       | -
          KF002 | 陈晨 | Chen Chen    | 0 | PRESALES   | 售前     | presales   | 3 | STAR    | 80000 | 2025-10 | 2026-09 | -       | 0.24
          KF003 | 刘洋 | Liu Yang     | 0 | PRESALES   | 售前     | presales   | 2 | AVERAGE | 65000 | 2025-10 | 2026-09 | -       | -
          KF004 | 赵静 | Zhao Jing    | 0 | PRESALES   | 售前     | Presales   | 2 | GOOD    | 70000 | 2025-10 | 2026-09 | 2026-08 | -
          KF005 | 孙悦 | Sun Yue      | 0 | PRESALES   | 售前     | presales   | 1 | AVERAGE | 45000 | 2026-06 | 2026-09 | -       | -
          KF006 | 周杰 | Zhou Jie     | 1 | LEAD       | 组长     | lead       | 4 | STAR    | 95000 | 2025-10 | 2026-09 | -       | 0.08
          KF007 | 吴磊 | Wu Lei       | 1 | PRESALES   | 售前     | presales   | 2 | WEAK    | 50000 | 2025-10 | 2026-09 | -       | -
          KF008 | 郑爽 | Zheng Shuang | 1 | PRESALES   | 售前     | presales   | 2 | AVERAGE | 60000 | 2025-10 | 2026-09 | -       | -
          KF009 | 冯雪 | Feng Xue     | 1 | PRESALES   | 销售客服 | sales      | 3 | GOOD    | 70000 | 2025-10 | 2026-09 | -       | -
          KF010 | 何涛 | He Tao       | 1 | PRESALES   | 售前     | presales   | 1 | AVERAGE | 55000 | 2025-10 | 2026-07 | -       | -
          KF011 | 马丽 | Ma Li        | 2 | LEAD       | 客服主管 | Team lead  | 3 | GOOD    | 20000 | 2025-10 | 2026-09 | -       | -
          KF012 | 林芳 | Lin Fang     | 2 | AFTERSALES | 售后     | aftersales | 2 | GOOD    | 0     | 2025-10 | 2026-09 | -       | -
          KF013 | 黄强 | Huang Qiang  | 2 | AFTERSALES | 售后客服 | aftersales | 2 | AVERAGE | 0     | 2025-10 | 2026-09 | -       | -
          KF014 | 徐婷 | Xu Ting      | 2 | AFTERSALES | 售后     | aftersales | 1 | AVERAGE | 0     | 2025-10 | 2026-09 | -       | -
          KF015 | 杨帆 | Yang Fan     | 2 | AFTERSALES | 售后     | aftersales | 1 | WEAK    | 0     | 2026-08 | 2026-09 | -       | -
          """);

  /**
   * The platform sub-accounts in the Agents sheet's account column, by which {@code jixiao import}
   * finds them in the sample exports ({@link SampleExports}). KF009 has none: the exports name her
   * by her name, the fallback. In English the shop is Harbor Home.
   */
  static final Map<String, String> NICKNAMES =
      Map.ofEntries(
          Map.entry("KF001", "丽丽"),
          Map.entry("KF002", "晨晨"),
          Map.entry("KF003", "阳阳"),
          Map.entry("KF004", "静静"),
          Map.entry("KF005", "悦悦"),
          Map.entry("KF006", "阿杰"),
          Map.entry("KF007", "磊磊"),
          Map.entry("KF008", "爽爽"),
          Map.entry("KF010", "涛涛"),
          Map.entry("KF011", "小马"),
          Map.entry("KF012", "芳芳"),
          Map.entry("KF013", "强子"),
          Map.entry("KF014", "婷婷"),
          Map.entry("KF015", "帆帆"));

  static final String SHOP_ZH = "悦享家居旗舰店";

  /** The agent's sub-account as the Agents sheet writes it, if they have one. */
  static Optional<String> account(AgentSpec a, Language language) {
    String nick = NICKNAMES.get(a.id());
    if (nick == null) {
      return Optional.empty();
    }
    return Optional.of(
        language == Language.ZH ? SHOP_ZH + ":" + nick : "HarborHome:" + a.en().split(" ")[0]);
  }

  private static List<AgentSpec> roster(String table) {
    List<AgentSpec> agents = new ArrayList<>();
    for (String line : table.strip().split("\n")) {
      if (line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\\|");
      for (int i = 0; i < f.length; i++) {
        f[i] = f[i].strip();
      }
      agents.add(
          new AgentSpec(
              f[0],
              f[1],
              f[2],
              Integer.parseInt(f[3]),
              Role.valueOf(f[4]),
              f[5],
              f[6],
              Integer.parseInt(f[7]),
              Tier.valueOf(f[8]),
              Integer.parseInt(f[9]),
              YearMonth.parse(f[10]),
              YearMonth.parse(f[11]),
              f[12].equals("-") ? null : YearMonth.parse(f[12]),
              f[13].equals("-") ? null : new BigDecimal(f[13])));
    }
    return List.copyOf(agents);
  }

  private SampleWorkbooks() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "sample-workbooks");
    for (Language language : Language.values()) {
      Path out = dir.resolve(fileName(language));
      write(language, out);
      System.out.println("wrote " + out.toAbsolutePath());
    }
    Path before = dir.resolve(BEFORE_IMPORT);
    writeBeforeImport(before);
    System.out.println("wrote " + before.toAbsolutePath());
    for (Path export : SampleExports.write(dir.resolve(SampleExports.DIR))) {
      System.out.println("wrote " + export.toAbsolutePath());
    }
  }

  /**
   * The Chinese sample as it is before the month's back-office figures are imported: the period's
   * rows hold what HR and the managers type (targets, attendance, ratings …), and the cells the
   * sample exports give are blank. {@code import} of the exports into it gives the Chinese sample's
   * assessment.
   */
  static final String BEFORE_IMPORT = "sample-zh-before-import.xlsx";

  public static void writeBeforeImport(Path out) throws IOException {
    try (XSSFWorkbook workbook = build(Language.ZH, true)) {
      AtomicFiles.write(out, workbook::write);
    }
  }

  static String fileName(Language language) {
    return "sample-" + language.name().toLowerCase(Locale.ROOT) + ".xlsx";
  }

  public static void write(Language language, Path out) throws IOException {
    try (XSSFWorkbook workbook = build(language, false)) {
      AtomicFiles.write(out, workbook::write);
    }
  }

  static XSSFWorkbook build(Language language, boolean beforeImport) {
    List<MonthRow> monthly = new MonthlyData(new Random(SEED)).rows();
    XSSFWorkbook workbook = new XSSFWorkbook();
    InputSheetWriter tables = new InputSheetWriter(workbook, language);
    Render r = new Render(language);
    tables.write(SheetSchema.SETTINGS, r.settings());
    tables.write(SheetSchema.AGENTS, r.agentHeaders(), r.agents());
    tables.write(SheetSchema.SALARY_LEVELS, r.salaryLevels());
    List<Map<String, Object>> monthlyRows = r.monthly(monthly);
    if (beforeImport) {
      for (int i = 0; i < monthly.size(); i++) {
        if (monthly.get(i).month().equals(PERIOD)) {
          Map<String, Object> row = monthlyRows.get(i);
          SampleExports.FIELDS.forEach(m -> row.remove(m.key()));
        }
      }
    }
    tables.write(SheetSchema.MONTHLY, r.monthlyHeaders(), monthlyRows);
    List<Map<String, Object>> quality = r.quality(monthly);
    tables.write(SheetSchema.QUALITY, quality);
    tables.write(SheetSchema.POINTS, r.points());
    tables.write(SheetSchema.HOLIDAYS, r.holidays());
    if (language == Language.EN) {
      tables.write(SheetSchema.PARAMETERS, r.parameters());
    }
    tables.write(SheetSchema.CONFIRMATIONS, r.confirmations(quality));
    XSSFFormulaEvaluator.evaluateAllFormulaCells(workbook);
    // no clock: POI would stamp the creation time
    workbook
        .getProperties()
        .getCoreProperties()
        .setCreated(Optional.of(Date.from(java.time.Instant.parse("2026-10-01T00:00:00Z"))));
    return workbook;
  }

  // ---- the numbers, language-neutral ----

  /** One Monthly row: metric values are BigDecimal, Integer or null; sales may be shown as text. */
  record MonthRow(AgentSpec agent, YearMonth month, Map<Metric, Object> values) {}

  /** Draws twelve months of numbers for every agent from their tier, in a fixed order. */
  static final class MonthlyData {
    private final Random random;

    MonthlyData(Random random) {
      this.random = random;
    }

    List<MonthRow> rows() {
      List<MonthRow> rows = new ArrayList<>();
      for (AgentSpec a : AGENTS) {
        MonthRow previous = null;
        for (YearMonth m = FIRST; !m.isAfter(PERIOD); m = m.plusMonths(1)) {
          if (!a.hasRow(m)) {
            previous = null;
            continue;
          }
          MonthRow row = new MonthRow(a, m, draw(a, m));
          if (m.equals(PERIOD) && a.periodGrowth() != null && previous != null) {
            BigDecimal sales = (BigDecimal) row.values().get(Metric.SALES);
            previous
                .values()
                .put(
                    Metric.SALES,
                    sales.divide(BigDecimal.ONE.add(a.periodGrowth()), 2, RoundingMode.HALF_UP));
          }
          rows.add(row);
          previous = row;
        }
      }
      return rows;
    }

    private Map<Metric, Object> draw(AgentSpec a, YearMonth m) {
      Tier t = a.tier();
      Map<Metric, Object> v = new LinkedHashMap<>();
      int scheduled = scheduledDays(m);
      BigDecimal absent =
          switch (t) {
            case STAR, GOOD -> BigDecimal.ZERO;
            case AVERAGE ->
                pick(
                    new BigDecimal[] {
                      BigDecimal.ZERO, BigDecimal.ZERO, new BigDecimal("0.5"), BigDecimal.ONE
                    });
            case WEAK -> BigDecimal.ONE;
          };
      if (a.sells()) {
        BigDecimal target =
            BigDecimal.valueOf(Math.round(a.baseTarget() * season(m) / 1000.0) * 1000);
        double completion =
            switch (t) {
              case STAR -> between(1.12, 1.25);
              case GOOD -> between(0.94, 1.04);
              case AVERAGE -> between(0.88, 0.99);
              case WEAK -> between(0.60, 0.70);
            };
        BigDecimal sales =
            target.multiply(BigDecimal.valueOf(completion)).setScale(2, RoundingMode.HALF_UP);
        int orders = (int) Math.round(sales.doubleValue() / between(330, 420));
        int deals = Math.max(1, (int) Math.round(orders * between(0.90, 0.98)));
        double conversion =
            switch (t) {
              case STAR -> between(0.0165, 0.022);
              case GOOD -> between(0.0155, 0.019);
              case AVERAGE -> between(0.0105, 0.0145);
              case WEAK -> between(0.0055, 0.0095);
            };
        double refundRate =
            switch (t) {
              case STAR -> between(0, 0.006);
              case GOOD -> between(0.002, 0.008);
              case AVERAGE -> between(0.003, 0.0095);
              case WEAK -> between(0.012, 0.02);
            };
        int refunds =
            t == Tier.WEAK
                ? (int) Math.ceil(orders * refundRate)
                : (int) Math.floor(orders * refundRate);
        double flagship =
            switch (t) {
              case STAR -> 1.0;
              case GOOD -> between(0.82, 0.95);
              case AVERAGE -> between(0.80, 0.92);
              case WEAK -> between(0.68, 0.78);
            };
        v.put(Metric.SALES, sales);
        v.put(Metric.SALES_TARGET, target);
        v.put(Metric.VISITORS, (int) Math.round(deals / conversion));
        v.put(Metric.INQUIRIES, inquiries(t));
        v.put(Metric.DEALS, deals);
        v.put(Metric.ORDERS, orders);
        v.put(Metric.REFUND_ORDERS, refunds);
        v.put(
            Metric.FLAGSHIP_RATIO, BigDecimal.valueOf(flagship).setScale(2, RoundingMode.HALF_UP));
      } else {
        v.put(Metric.SALES, BigDecimal.ZERO);
        v.put(Metric.SALES_TARGET, a.id().equals("KF013") ? BigDecimal.ZERO : null);
        v.put(Metric.VISITORS, 0);
        v.put(Metric.INQUIRIES, inquiries(t) + 40);
        v.put(Metric.DEALS, 0);
        v.put(Metric.ORDERS, 0);
        v.put(Metric.REFUND_ORDERS, 0);
        v.put(Metric.FLAGSHIP_RATIO, null);
      }
      v.put(Metric.DISPUTES, t == Tier.WEAK && m.equals(PERIOD) ? 1 : 0);
      int[] levels = levels(t);
      v.put(Metric.PRODUCT_KNOWLEDGE, levels[0]);
      v.put(Metric.GUIDANCE, levels[1]);
      v.put(Metric.COMMUNICATION, levels[2]);
      v.put(Metric.ADAPTABILITY, levels[3]);
      v.put(Metric.RESPONSIBILITY, levels[4]);
      v.put(Metric.SCHEDULED_DAYS, scheduled);
      v.put(Metric.ABSENT_DAYS, absent);
      v.put(
          Metric.LATE_COUNT,
          switch (t) {
            case STAR -> 0;
            case GOOD -> random.nextInt(2);
            case AVERAGE -> random.nextInt(3);
            case WEAK -> 2;
          });
      v.put(Metric.ETIQUETTE_VIOLATIONS, t == Tier.WEAK ? 1 : 0);
      v.put(
          Metric.COMPLAINTS,
          switch (t) {
            case STAR, GOOD -> 0;
            case AVERAGE -> random.nextInt(4) == 0 ? 1 : 0;
            case WEAK -> 1;
          });
      int onTime = t == Tier.WEAK ? 1 : t == Tier.AVERAGE ? 1 + random.nextInt(2) : 2;
      v.put(Metric.REPORTS_ON_TIME, onTime);
      v.put(
          Metric.REPORTS_QUALITY_OK,
          t == Tier.WEAK ? 0 : t == Tier.STAR ? 2 : 1 + random.nextInt(onTime));
      v.put(
          Metric.RULE_VIOLATIONS,
          t == Tier.WEAK ? 1 : t == Tier.AVERAGE ? random.nextInt(4) == 0 ? 1 : 0 : 0);
      v.put(Metric.TEAMWORK_INCIDENTS, 0);
      if (a.id().equals("KF013") && m.equals(PERIOD)) {
        v.put(Metric.LATE_COUNT, 3); // a bad month: his total falls into 60–80
      }
      double attended = scheduled - absent.doubleValue();
      double daily =
          a.id().equals("KF002")
              ? between(155, 175)
              : a.id().equals("KF012") ? between(205, 225) : between(90, 140);
      v.put(Metric.RECEPTIONS, (int) Math.round(daily * attended));
      v.put(Metric.GOOD_REVIEWS, 15 + random.nextInt(t == Tier.WEAK ? 10 : 45));
      v.put(
          Metric.AVG_RESPONSE_SECONDS,
          BigDecimal.valueOf(between(12, t == Tier.WEAK ? 55 : 35))
              .setScale(1, RoundingMode.HALF_UP));
      double satisfaction =
          switch (t) {
            case STAR -> between(0.97, 0.995);
            case GOOD -> between(0.95, 0.98);
            case AVERAGE -> between(0.92, 0.97);
            case WEAK -> between(0.86, 0.91);
          };
      v.put(
          Metric.SATISFACTION, BigDecimal.valueOf(satisfaction).setScale(3, RoundingMode.HALF_UP));
      return v;
    }

    private int inquiries(Tier t) {
      return switch (t) {
        case STAR -> 420 + random.nextInt(100);
        case GOOD -> 330 + random.nextInt(110);
        case AVERAGE -> 290 + random.nextInt(110);
        case WEAK -> 190 + random.nextInt(60);
      };
    }

    private int[] levels(Tier t) {
      return switch (t) {
        case STAR -> new int[] {3, 4, 3, 3, 4};
        case GOOD -> new int[] {2 + random.nextInt(2), 3, 2 + random.nextInt(2), 2, 3};
        case AVERAGE -> new int[] {2, 2 + random.nextInt(2), 2, 2, 3};
        case WEAK -> new int[] {1, 2, 1, 1, 2};
      };
    }

    private double between(double low, double high) {
      return low + random.nextDouble() * (high - low);
    }

    private BigDecimal pick(BigDecimal[] values) {
      return values[random.nextInt(values.length)];
    }
  }

  /** Sales targets follow the shop's year: Double 11, the Spring Festival lull, 618. */
  static double season(YearMonth m) {
    return switch (m.getMonthValue()) {
      case 11 -> 1.6;
      case 12 -> 1.1;
      case 2 -> 0.7;
      case 6 -> 1.3;
      case 7, 8 -> 0.95;
      default -> 1.0;
    };
  }

  /** Weekdays of the month less the public holidays that fall on weekdays (approximate). */
  static int scheduledDays(YearMonth m) {
    int weekdays = 0;
    for (LocalDate d = m.atDay(1); !d.isAfter(m.atEndOfMonth()); d = d.plusDays(1)) {
      if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
        weekdays++;
      }
    }
    int holidays =
        switch (m.toString()) {
          case "2025-10" -> 5;
          case "2026-01", "2026-04", "2026-06", "2026-09" -> 1;
          case "2026-02" -> 4;
          case "2026-05" -> 2;
          default -> 0;
        };
    return weekdays - holidays;
  }

  // ---- the sheets, in one language ----

  /**
   * Turns the numbers into sheet rows in one language, with the cell forms the reader must read.
   */
  static final class Render {
    private final Language language;
    private final boolean zh;

    Render(Language language) {
      this.language = language;
      this.zh = language == Language.ZH;
    }

    List<Map<String, Object>> settings() {
      List<Map<String, Object>> rows = new ArrayList<>();
      setting(rows, Setting.STORE, zh ? "悦享家居旗舰店" : "Harbor Home Official Store");
      setting(rows, Setting.PERIOD, PERIOD.toString());
      setting(rows, Setting.LANGUAGE, zh ? "中文" : "en");
      setting(rows, Setting.CURRENCY, "CNY");
      setting(rows, Setting.STORE_REVENUE, money("1286450.00"));
      setting(rows, Setting.STORE_REVENUE_TARGET, money("1250000"));
      setting(rows, Setting.STORE_REVENUE_PREVIOUS, money("1198300"));
      setting(
          rows,
          Setting.POINTS_POOL_RATE,
          zh ? "0.5%" : new Formatted(new BigDecimal("0.005"), InputSheetWriter.RATE_FORMAT));
      return rows;
    }

    /** zh writes the Chinese labels in the key column, en the keys. */
    private void setting(List<Map<String, Object>> rows, Setting s, Object value) {
      rows.add(row("key", zh ? s.label(language) : s.key(), "value", value));
    }

    private static Formatted money(String amount) {
      return new Formatted(new BigDecimal(amount), InputSheetWriter.MONEY_FORMAT);
    }

    List<String> agentHeaders() {
      List<String> keys = keys(SheetSchema.AGENTS);
      if (!zh) {
        // name first, then the ID: columns are matched by header, not position
        keys.remove("name");
        keys.add(0, "name");
      }
      return keys;
    }

    List<Map<String, Object>> agents() {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (AgentSpec a : AGENTS) {
        rows.add(
            row(
                "agent_id", a.id(),
                "name", zh ? a.zh() : a.en(),
                "team", (zh ? TEAMS_ZH : TEAMS_EN).get(a.team()),
                "role", zh ? a.roleZh() : a.roleEn(),
                "salary_level", a.level(),
                "email", email(a.id()),
                "manager_email", managerEmail(a),
                "status", a.left() ? (zh ? "离职" : "left") : (zh ? "在职" : "active"),
                "account", account(a, language).orElse(null)));
      }
      return rows;
    }

    private String email(String id) {
      return id.toLowerCase(Locale.ROOT)
          + (zh ? "@yuexiang.example.com" : "@harborhome.example.com");
    }

    private String managerEmail(AgentSpec a) {
      if (a.role() == Role.LEAD) {
        return zh ? "zhuguan@yuexiang.example.com" : "cs.manager@harborhome.example.com";
      }
      return AGENTS.stream()
          .filter(l -> l.team() == a.team() && l.role() == Role.LEAD)
          .map(l -> email(l.id()))
          .findFirst()
          .orElseThrow();
    }

    List<Map<String, Object>> salaryLevels() {
      int[][] wages = {
        {1, 3000, 1000}, {2, 3600, 1300}, {3, 4200, 1600}, {4, 5000, 2000}, {5, 6000, 2500}
      };
      List<Map<String, Object>> rows = new ArrayList<>();
      for (int[] w : wages) {
        rows.add(row("level", w[0], "level_wage", w[1], "performance_wage", w[2]));
      }
      return rows;
    }

    List<String> monthlyHeaders() {
      List<String> keys = keys(SheetSchema.MONTHLY);
      if (!zh) {
        // a different order, and an unknown column, to prove columns are matched by header
        move(keys, "month", 0);
        move(keys, Metric.SALES_TARGET.key(), keys.indexOf(Metric.SALES.key()));
        move(keys, Metric.SATISFACTION.key(), 2);
        keys.add(keys.indexOf(Metric.DEALS.key()) + 1, REMARKS);
      }
      return keys;
    }

    List<Map<String, Object>> monthly(List<MonthRow> data) {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (MonthRow d : data) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("agent_id", d.agent().id());
        r.put("month", monthCell(d));
        for (Map.Entry<Metric, Object> e : d.values().entrySet()) {
          if (e.getValue() != null) {
            r.put(e.getKey().key(), e.getValue());
          }
        }
        salesForms(d, r);
        if (!zh) {
          remark(d).ifPresent(text -> r.put(REMARKS, text));
        }
        rows.add(r);
      }
      return rows;
    }

    /**
     * Mostly "YYYY-MM" text; 2025 rows as date cells (Oct on the month's last day, formatted
     * yyyy-mm); in zh, the aftersales team's period rows as "2026年9月".
     */
    private Object monthCell(MonthRow d) {
      YearMonth m = d.month();
      if (m.equals(FIRST)) {
        return new Formatted(m.atEndOfMonth(), InputSheetWriter.MONTH_FORMAT);
      }
      if (m.getYear() == 2025) {
        return m;
      }
      if (zh && m.equals(PERIOD) && d.agent().team() == TEAM_AFTERSALES) {
        return m.getYear() + "年" + m.getMonthValue() + "月";
      }
      return m.toString();
    }

    /** A couple of sales typed as text with the yuan sign, and one target as a formula. */
    private static void salesForms(MonthRow d, Map<String, Object> r) {
      String id = d.agent().id();
      YearMonth m = d.month();
      if ((id.equals("KF003") && m.equals(PERIOD))
          || (id.equals("KF009") && m.equals(YearMonth.of(2026, 5)))) {
        BigDecimal sales = (BigDecimal) d.values().get(Metric.SALES);
        r.put(Metric.SALES.key(), String.format(Locale.ROOT, "¥%,.2f", sales));
      }
      if (id.equals("KF002") && m.equals(PERIOD)) {
        // last quarter's base raised 5%, rounded to the thousand: evaluates to the drawn target
        BigDecimal target = (BigDecimal) d.values().get(Metric.SALES_TARGET);
        long base = Math.round(target.doubleValue() / 1.05);
        r.put(Metric.SALES_TARGET.key(), new Formula("ROUND(" + base + "*1.05,-3)"));
      }
    }

    private static Optional<String> remark(MonthRow d) {
      if (!d.month().equals(PERIOD)) {
        return Optional.empty();
      }
      return switch (d.agent().id()) {
        case "KF002" -> Optional.of("Top seller, 3rd month running");
        case "KF004" -> Optional.of("Back from leave in August");
        case "KF007" -> Optional.of("Improvement plan agreed");
        default -> Optional.empty();
      };
    }

    /**
     * The inspectors' log (source 3: at least 3 chats per agent per day): 赵敏 inspects the presales
     * teams, 孙婷 the aftersales team, 3 chats per attended day, mostly passed, with the designed
     * findings spread over the month. 孙婷 inspected KF012 only twice a day in the last week (a busy
     * week after the holiday): the one coverage gap.
     */
    List<Map<String, Object>> quality(List<MonthRow> monthly) {
      List<Map<String, Object>> rows = new ArrayList<>();
      List<LocalDate> days = workdays();
      String[] inspectors = zh ? new String[] {"赵敏", "孙婷"} : new String[] {"Zhao Min", "Sun Ting"};
      int n = 0;
      for (AgentSpec a : AGENTS) {
        if (a.left()) {
          continue;
        }
        MonthRow period =
            monthly.stream()
                .filter(r -> r.agent() == a && r.month().equals(PERIOD))
                .findFirst()
                .orElseThrow();
        List<LocalDate> dates = inspectionDates(a, period, days);
        List<QaCode> codes = codes(findings(a.id()), dates.size(), n);
        String inspector = inspectors[a.team() == TEAM_AFTERSALES ? 1 : 0];
        for (int i = 0; i < dates.size(); i++) {
          QaCode code = codes.get(i);
          rows.add(
              row(
                  "date",
                  dates.get(i),
                  "agent_id",
                  a.id(),
                  "item",
                  qaItem(code, n + i),
                  "note",
                  code == QaCode.OK ? null : note(code),
                  "inspector",
                  inspector));
        }
        n++;
      }
      rows.sort(Comparator.comparing(r -> (LocalDate) r.get("date")));
      return rows;
    }

    /**
     * 3 per attended day (⌈3 × attended⌉ in all), day by day from the 1st; absent days are the
     * month's last; KF012 only 2 a day in the last five working days.
     */
    private static List<LocalDate> inspectionDates(
        AgentSpec a, MonthRow period, List<LocalDate> days) {
      BigDecimal attended =
          BigDecimal.valueOf((Integer) period.values().get(Metric.SCHEDULED_DAYS))
              .subtract((BigDecimal) period.values().get(Metric.ABSENT_DAYS));
      int required =
          attended
              .multiply(BigDecimal.valueOf(3))
              .setScale(0, RoundingMode.CEILING)
              .intValueExact();
      List<LocalDate> dates = new ArrayList<>();
      for (int d = 0; dates.size() < required && d < days.size(); d++) {
        boolean shortWeek = a.id().equals("KF012") && d >= days.size() - 5;
        int perDay = shortWeek ? 2 : 3;
        for (int k = 0; k < perDay && dates.size() < required; k++) {
          dates.add(days.get(d));
        }
      }
      return dates;
    }

    /** All passed but the designed findings, placed apart from each other over the month. */
    private static List<QaCode> codes(List<QaCode> designed, int total, int agentIndex) {
      List<QaCode> codes = new ArrayList<>(Collections.nCopies(total, QaCode.OK));
      for (int i = 0; i < designed.size(); i++) {
        int at = (agentIndex * 5 + i * 17 + 4) % total;
        while (codes.get(at) != QaCode.OK) {
          at = (at + 1) % total;
        }
        codes.set(at, designed.get(i));
      }
      return codes;
    }

    /** The designed findings of KF003, KF007, KF008 (escalates), KF009 (fatal), KF013. */
    private static List<QaCode> findings(String id) {
      return switch (id) {
        case "KF003" -> List.of(QaCode.N6);
        case "KF007" -> List.of(QaCode.N4, QaCode.N1);
        case "KF008" -> List.of(QaCode.N2, QaCode.N2, QaCode.N2);
        case "KF009" -> List.of(QaCode.F1);
        case "KF013" -> List.of(QaCode.N5);
        default -> List.of();
      };
    }

    /** en: codes. zh: codes and Chinese names mixed. */
    private String qaItem(QaCode code, int n) {
      if (!zh) {
        return code.name();
      }
      return n % 2 == 0 ? code.zh() : code.name();
    }

    private String note(QaCode code) {
      return switch (code) {
        case F1 -> zh ? "顾客追问退款进度时语气生硬，引发投诉" : "Curt with a customer asking about a refund";
        case N1 -> zh ? "使用了“不知道”等禁语" : "Said \"I don't know\"";
        case N2 -> zh ? "顾客多次询问尺寸时表现不耐烦" : "Impatient with repeated sizing questions";
        case N4 -> zh ? "发货时间未给出明确答复" : "No clear shipping date given";
        case N5 -> zh ? "只回答了三个问题中的一个" : "Answered one of three questions";
        case N6 ->
            zh ? "顾客还在提问时发送了结束语" : "Sent the closing phrase while the customer was still asking";
        default -> "";
      };
    }

    List<Map<String, Object>> points() {
      Object[][] entries = {
        {"KF002", 3, 10, "月度好评之星", "Best reviews of the month"},
        {"KF002", 18, 5, "主动跟进老客户复购", "Followed up returning customers"},
        {"KF004", 8, 3, "协助培训新人", "Helped train a newcomer"},
        {"KF005", 10, 5, "新人首月零差评", "No bad review in the first month"},
        {"KF006", 15, 8, "组织中秋活动话术培训", "Ran the Mid-Autumn script training"},
        {"KF007", 22, -5, "迟到未报备", "Late without notice"},
        {"KF009", 11, 2, "提出话术优化建议", "Suggested a better reply script"},
        {"KF011", 16, 6, "妥善处理大额退款纠纷", "Resolved a large refund dispute"},
        {"KF012", 24, 4, "售后回访满意度高", "High satisfaction on follow-up calls"},
        {"KF014", 29, 2, "整理常见问题文档", "Wrote up the FAQ"},
      };
      List<Map<String, Object>> rows = new ArrayList<>();
      for (Object[] e : entries) {
        rows.add(
            row(
                "date",
                PERIOD.atDay((Integer) e[1]),
                "agent_id",
                e[0],
                "points",
                e[2],
                "reason",
                zh ? e[3] : e[4]));
      }
      return rows;
    }

    /** zh: Mid-Autumn Festival as a day off (also in the built-in calendar); en: none. */
    List<Map<String, Object>> holidays() {
      if (!zh) {
        return List.of();
      }
      return List.of(row("date", LocalDate.of(2026, 9, 25), "type", "休", "name", "中秋节"));
    }

    /**
     * The second pass (WD5 2026-10-13, WD7 2026-10-15): most agents confirm (KF005 a day late),
     * KF014 and KF015 have not answered. Objections: #1 KF003 claims 专业知识 level 3, pending; #2
     * KF007's late arrivals 2 → 1, accepted (attendance 1 → 2: total 54.30 → 55.25, same band and
     * rank); #3 KF007's dispute, rejected; #4 KF009's fatal F1 finding voided, accepted (service
     * attitude 0 → 5: total 89.68 → 94.44, band 0.8 → 0.9, rank 6 → 5, past KF004).
     */
    List<Map<String, Object>> confirmations(List<Map<String, Object>> quality) {
      LocalDate f1 =
          quality.stream()
              .filter(q -> q.get("agent_id").equals("KF009"))
              .filter(q -> QaCode.parse((String) q.get("item")).orElseThrow() == QaCode.F1)
              .map(q -> (LocalDate) q.get("date"))
              .findFirst()
              .orElseThrow();
      String confirmed = zh ? "已确认" : "confirmed";
      String objected = zh ? "有异议" : "objected";
      String manager = zh ? "客服经理陈" : "Manager Chen";
      LocalDate wd5 = LocalDate.of(2026, 10, 13);
      LocalDate wd6 = wd5.plusDays(1);
      LocalDate wd7 = wd5.plusDays(2);
      List<Map<String, Object>> rows = new ArrayList<>();
      for (String id : List.of("KF001", "KF002")) {
        rows.add(row("agent_id", id, "status", confirmed, "date", wd5));
      }
      rows.add(
          row(
              "agent_id",
              "KF003",
              "status",
              objected,
              "date",
              wd6,
              "contested",
              zh ? "专业知识" : "product_knowledge",
              "claimed",
              3,
              "reason",
              zh ? "9月参加新品培训并通过考试" : "Passed the new-product training exam in September"));
      rows.add(row("agent_id", "KF004", "status", confirmed, "date", wd6));
      rows.add(row("agent_id", "KF005", "status", confirmed, "date", wd7.plusDays(1)));
      rows.add(row("agent_id", "KF006", "status", confirmed, "date", wd5));
      rows.add(
          row(
              "agent_id",
              "KF007",
              "status",
              objected,
              "date",
              wd6,
              "contested",
              zh ? "迟到次数" : "Late count",
              "claimed",
              1,
              "reason",
              zh
                  ? "9月18日打卡机故障，实际准时到岗"
                  : "The time clock was broken on 18 September; he was on time",
              "decision",
              zh ? "通过" : "accepted",
              "decided_by",
              manager,
              "decided_on",
              wd7));
      rows.add(
          row(
              "agent_id",
              "KF007",
              "status",
              objected,
              "date",
              wd6,
              "contested",
              zh ? "交易纠纷" : "disputes",
              "claimed",
              0,
              "reason",
              zh ? "纠纷因物流延误引起" : "The dispute was about a late delivery",
              "decision",
              zh ? "驳回" : "rejected",
              "decided_by",
              manager,
              "decided_on",
              wd7,
              "note",
              zh ? "聊天记录显示纠纷由服务态度引起" : "The chat log shows the dispute was about his tone"));
      rows.add(row("agent_id", "KF008", "status", confirmed, "date", wd7));
      rows.add(
          row(
              "agent_id",
              "KF009",
              "status",
              objected,
              "date",
              wd5,
              "qa_date",
              f1,
              "qa_item",
              "F1",
              "claimed",
              zh ? "作废" : "void",
              "reason",
              zh
                  ? "顾客投诉的是物流延误，并非服务态度"
                  : "The customer complained about the delivery, not her attitude",
              "decision",
              zh ? "通过" : "accepted",
              "decided_by",
              manager,
              "decided_on",
              wd7));
      for (String id : List.of("KF011", "KF012", "KF013")) {
        rows.add(row("agent_id", id, "status", confirmed, "date", wd6));
      }
      return rows;
    }

    List<Map<String, Object>> parameters() {
      return List.of(row("key", Param.REWARDS_SALES_TOP.key(), "value", "500,300,100"));
    }

    private static List<LocalDate> workdays() {
      List<LocalDate> days = new ArrayList<>();
      for (LocalDate d = PERIOD.atDay(1); !d.isAfter(PERIOD.atEndOfMonth()); d = d.plusDays(1)) {
        if (d.getDayOfWeek() != DayOfWeek.SATURDAY
            && d.getDayOfWeek() != DayOfWeek.SUNDAY
            && !d.equals(LocalDate.of(2026, 9, 25))) {
          days.add(d);
        }
      }
      return days;
    }

    private static List<String> keys(SheetSchema schema) {
      List<String> keys = new ArrayList<>();
      schema.columns().forEach(c -> keys.add(c.key()));
      return keys;
    }

    private static void move(List<String> keys, String key, int to) {
      keys.remove(key);
      keys.add(to, key);
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

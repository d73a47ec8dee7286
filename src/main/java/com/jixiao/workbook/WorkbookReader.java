package com.jixiao.workbook;

import com.jixiao.assess.Alert;
import com.jixiao.assess.MonthInput;
import com.jixiao.assess.Severity;
import com.jixiao.i18n.Message;
import com.jixiao.model.Agent;
import com.jixiao.model.Band;
import com.jixiao.model.CommissionTier;
import com.jixiao.model.HolidayEntry;
import com.jixiao.model.Language;
import com.jixiao.model.Metric;
import com.jixiao.model.MonthlyStats;
import com.jixiao.model.PointsEntry;
import com.jixiao.model.QaCode;
import com.jixiao.model.QaRecord;
import com.jixiao.model.Role;
import com.jixiao.model.SalaryLevel;
import com.jixiao.model.Settings;
import com.jixiao.model.Text;
import com.jixiao.rules.Item;
import com.jixiao.rules.Param;
import com.jixiao.rules.ParamParser;
import com.jixiao.rules.Parameters;
import com.jixiao.rules.RuleSet;
import com.jixiao.rules.WeightTable;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads and validates a standard workbook (SPEC 2) into a {@link MonthInput}, collecting every
 * problem with its sheet and cell instead of stopping at the first.
 */
public final class WorkbookReader {
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Metric[] METRICS = Metric.values(); // values() copies the array each call

  private final Problems problems = new Problems();
  private final List<Alert> alerts = new ArrayList<>();
  private final Map<SheetSchema, String> sheets = new EnumMap<>(SheetSchema.class);
  private final Map<SheetSchema, Optional<SheetTable>> tables = new EnumMap<>(SheetSchema.class);
  private XlsxSource source;
  private final java.util.Set<String> knownIds = new java.util.HashSet<>();
  private Language language = Language.ZH;

  private WorkbookReader() {}

  public static ReadResult read(Path path) {
    WorkbookReader reader = new WorkbookReader();
    Optional<XlsxSource> opened = XlsxSource.open(path, reader.problems);
    if (opened.isEmpty()) {
      return new ReadResult(
          Optional.empty(), reader.problems.sorted(), Language.ZH, List.of(), false);
    }
    Optional<MonthInput> input;
    try (XlsxSource source = opened.get()) {
      reader.source = source;
      input = reader.read();
    }
    return new ReadResult(
        reader.problems.isEmpty() ? input : Optional.empty(),
        reader.problems.sorted(),
        reader.language,
        List.copyOf(reader.alerts),
        true);
  }

  private Optional<MonthInput> read() {
    findSheets();
    Optional<Settings> settings = readSettings();
    Parameters params = readParameters();
    WeightTable weights = readRules();
    List<Band> bands = readBands();
    List<CommissionTier> commission = readCommission();
    Map<Integer, SalaryLevel> levels = readSalaryLevels();
    List<Agent> agents = readAgents(levels);
    RuleSet rules = new RuleSet(weights, bands, commission, params);
    YearMonth period = settings.map(Settings::period).orElse(null);
    List<MonthlyStats> monthly = readMonthly(agents, weights, period);
    List<QaRecord> quality = readQuality();
    List<PointsEntry> points = readPoints();
    List<HolidayEntry> holidays = readHolidays();
    if (!problems.isEmpty() || settings.isEmpty()) {
      return Optional.empty();
    }
    checkPeriodHasRows(monthly, agents, period);
    return Optional.of(
        new MonthInput(settings.get(), rules, agents, levels, monthly, quality, points, holidays));
  }

  // ---- sheets ------------------------------------------------------------------------------

  private void findSheets() {
    for (String sheet : source.sheetNames()) {
      for (SheetSchema schema : SheetSchema.values()) {
        if (schema.matches(sheet)) {
          String first = sheets.putIfAbsent(schema, sheet);
          if (first != null) {
            problems.sheet(
                sheet,
                schema.ordinal(),
                Message.of("error.sheet.duplicate", first, sheet),
                Message.of("hint.sheet.duplicate"));
          }
        }
      }
    }
    // Until Settings says otherwise, report in the language the sheets are named in.
    String named = sheets.getOrDefault(SheetSchema.SETTINGS, sheets.get(SheetSchema.MONTHLY));
    if (named != null && named.chars().allMatch(c -> c < 0x80)) {
      language = Language.EN;
    }
    for (SheetSchema schema : SheetSchema.values()) {
      if (schema.required() && !sheets.containsKey(schema)) {
        problems.sheet(
            schema.name(language),
            schema.ordinal(),
            Message.of("error.sheet.missing", schema.zh(), schema.en()),
            Message.of("hint.sheet.missing", schema.name(language)));
      }
    }
  }

  private Optional<SheetReader> table(SheetSchema schema) {
    return load(schema).map(t -> new SheetReader(t, schema, problems, language));
  }

  /** The sheet's rows, read once with only the columns the schema knows. */
  private Optional<SheetTable> load(SheetSchema schema) {
    return tables.computeIfAbsent(
        schema,
        s -> {
          String name = sheets.get(s);
          if (name == null) {
            return Optional.empty();
          }
          try {
            return Optional.of(source.read(name, rows -> SheetReader.layout(s, rows)));
          } catch (java.io.IOException e) {
            reportUnreadable(s, name, e);
            return Optional.empty();
          }
        });
  }

  /**
   * Reads a table sheet row by row as it is parsed, keeping none of its rows: for the sheets that
   * grow with the team (Monthly, Quality, Points), which can have hundreds of thousands. Each data
   * row goes to {@code each}; empty if the sheet is absent or cannot be read (then reported).
   */
  private Optional<SheetReader> stream(
      SheetSchema schema, java.util.function.BiConsumer<SheetReader, TableRow> each) {
    String name = sheets.get(schema);
    if (name == null) {
      return Optional.empty();
    }
    SheetReader[] reader = new SheetReader[1];
    try {
      source.stream(
          name,
          rows -> SheetReader.layout(schema, rows),
          header -> {
            SheetReader s =
                new SheetReader(
                    new SheetTable(name, header, List.of()), schema, problems, language);
            reader[0] = s;
            return row -> {
              if (s.isDataRow(row)) {
                each.accept(s, row);
              }
            };
          });
    } catch (java.io.IOException e) {
      reportUnreadable(schema, name, e);
      return Optional.empty();
    }
    return Optional.ofNullable(reader[0]);
  }

  private void reportUnreadable(SheetSchema schema, String name, java.io.IOException e) {
    boolean bomb = XlsxSource.isZipBomb(e);
    problems.sheet(
        name,
        schema.ordinal(),
        bomb
            ? Message.of("error.sheet.zip_bomb", name)
            : Message.of("error.sheet.corrupt", name, XlsxSource.describe(e)),
        Message.of(bomb ? "hint.file.zip_bomb" : "hint.file.corrupt"));
  }

  // ---- key-value sheets: Settings, Parameters -----------------------------------------------

  /**
   * Rows of a key | value sheet (column A the key, column B the value; a header row is skipped)
   * whose key {@code find} knows; an unknown key is reported at its cell with {@code hint}.
   */
  private <K> Map<TableRow, K> keyRows(
      SheetTable sheet,
      SheetSchema schema,
      java.util.function.Function<String, Optional<K>> find,
      String unknownKey,
      Message hint) {
    Map<TableRow, K> rows = new LinkedHashMap<>();
    for (TableRow row : sheet.rows()) {
      String key = row.cell(0).display();
      if (key.isEmpty() || (row.index() == 0 && isHeaderWord(key))) {
        continue;
      }
      Optional<K> known = find.apply(key);
      if (known.isPresent()) {
        rows.put(row, known.get());
      } else {
        problems.cell(
            sheet.name(), schema.ordinal(), row.index(), 0, Message.of(unknownKey, key), hint);
      }
    }
    return rows;
  }

  private static boolean isHeaderWord(String key) {
    return List.of("key", "项目", "键", "参数", "设置", "设置项", "名称", "name", "parameter", "setting")
        .contains(Text.normalize(key));
  }

  private Optional<Settings> readSettings() {
    SheetTable sheet = load(SheetSchema.SETTINGS).orElse(null);
    if (sheet == null) {
      return Optional.empty();
    }
    int order = SheetSchema.SETTINGS.ordinal();
    Map<Setting, Object> values = new EnumMap<>(Setting.class);
    Map<TableRow, Setting> rows =
        keyRows(
            sheet,
            SheetSchema.SETTINGS,
            Setting::parse,
            "error.settings.unknown_key",
            Message.of("hint.settings.keys", settingKeys()));
    for (Map.Entry<TableRow, Setting> e : rows.entrySet()) {
      TableRow row = e.getKey();
      CellParser.Result r = CellParser.parse(row.cell(1), e.getValue().type());
      if (r.failed()) {
        problems.cell(sheet.name(), order, row.index(), 1, r.error(), r.hint());
      } else if (r.value() != null && !(r.value() instanceof String s && s.isEmpty())) {
        values.put(e.getValue(), r.value());
      }
    }
    Object languageValue = values.get(Setting.LANGUAGE);
    if (languageValue != null) {
      Optional<Language> parsed = Language.parse((String) languageValue);
      if (parsed.isPresent()) {
        language = parsed.get();
      } else {
        problems.sheet(
            sheet.name(),
            order,
            Message.of("error.settings.language", languageValue),
            Message.of("hint.settings.language"));
      }
    }
    if (!values.containsKey(Setting.PERIOD)) {
      problems.sheet(
          sheet.name(),
          order,
          Message.of("error.settings.period_missing"),
          Message.of("hint.settings.period_missing", Setting.PERIOD.label(language)));
      return Optional.empty();
    }
    return Optional.of(
        new Settings(
            (String) values.getOrDefault(Setting.STORE, ""),
            (YearMonth) values.get(Setting.PERIOD),
            language,
            (String) values.getOrDefault(Setting.CURRENCY, "CNY"),
            money(values, Setting.STORE_REVENUE),
            money(values, Setting.STORE_REVENUE_TARGET),
            money(values, Setting.STORE_REVENUE_PREVIOUS),
            (BigDecimal)
                values.getOrDefault(Setting.POINTS_POOL_RATE, Settings.DEFAULT_POINTS_POOL_RATE),
            money(values, Setting.STORE_ORDERS)));
  }

  private static Optional<BigDecimal> money(Map<Setting, Object> values, Setting key) {
    return Optional.ofNullable((BigDecimal) values.get(key));
  }

  private String settingKeys() {
    return java.util.Arrays.stream(Setting.values())
        .map(s -> s.key() + " (" + s.label(Language.ZH) + ")")
        .collect(Collectors.joining(", "));
  }

  private Parameters readParameters() {
    SheetTable sheet = load(SheetSchema.PARAMETERS).orElse(null);
    Parameters defaults = Parameters.defaults();
    if (sheet == null) {
      return defaults;
    }
    int order = SheetSchema.PARAMETERS.ordinal();
    Map<Param, Object> overrides = new EnumMap<>(Param.class);
    Map<TableRow, Param> rows =
        keyRows(
            sheet,
            SheetSchema.PARAMETERS,
            ParamParser::find,
            "error.parameters.unknown_key",
            Message.of("hint.parameters.keys", paramKeys()));
    for (Map.Entry<TableRow, Param> e : rows.entrySet()) {
      TableRow row = e.getKey();
      Param param = e.getValue();
      RawValue raw = row.cell(1);
      String text =
          raw instanceof RawValue.Num n && n.percentFormat()
              ? n.value().movePointRight(2).toPlainString() + "%"
              : raw.display();
      Optional<Object> value = ParamParser.parse(param, text);
      if (value.isEmpty()) {
        problems.cell(
            sheet.name(),
            order,
            row.index(),
            1,
            Message.of("error.parameters.bad_value", param.key(), text),
            Message.of(
                "hint.parameters." + param.kind().name().toLowerCase(java.util.Locale.ROOT),
                param.defaultText(),
                String.join(" | ", param.choices())));
      } else {
        overrides.put(param, value.get());
      }
    }
    return defaults.with(overrides);
  }

  private static String paramKeys() {
    return java.util.Arrays.stream(Param.values())
        .map(Param::key)
        .collect(Collectors.joining(", "));
  }

  // ---- rule sheets: Rules, Bands, Commission ------------------------------------------------

  private WeightTable readRules() {
    Optional<SheetReader> t = table(SheetSchema.RULES);
    WeightTable defaults = WeightTable.defaults();
    if (t.isEmpty()) {
      return defaults;
    }
    SheetReader s = t.get();
    Map<Role, Map<Item, BigDecimal>> weights = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      weights.put(r, new EnumMap<>(defaults.forRole(r)));
    }
    boolean perRole = java.util.Arrays.stream(Role.values()).anyMatch(r -> s.hasColumn(r.key()));
    Map<Item, Integer> seen = new EnumMap<>(Item.class);
    for (TableRow row : s.dataRows()) {
      s.startRow();
      String itemText = (String) s.require(row, "item");
      if (itemText == null) {
        continue;
      }
      Optional<Item> item = Item.parse(itemText);
      if (item.isEmpty()) {
        s.error(
            row,
            "item",
            Message.of("error.rules.unknown_item", itemText),
            Message.of("hint.rules.items", itemKeys()));
        continue;
      }
      Integer first = seen.putIfAbsent(item.get(), row.index());
      if (first != null) {
        s.error(
            row,
            "item",
            Message.of("error.rules.duplicate_item", itemText, first + 1),
            Message.of("hint.duplicate_row"));
        continue;
      }
      BigDecimal weight = (BigDecimal) s.get(row, "weight");
      if (weight != null && weight.signum() < 0) {
        s.error(
            row,
            "weight",
            Message.of("error.value.negative", weight.toPlainString()),
            Message.of("hint.non_negative"));
      }
      for (Role role : Role.values()) {
        Optional<BigDecimal> w;
        if (perRole && s.hasColumn(role.key())) {
          BigDecimal v = (BigDecimal) s.get(row, role.key());
          if (v != null && v.signum() < 0) {
            s.error(
                row,
                role.key(),
                Message.of("error.value.negative", v.toPlainString()),
                Message.of("hint.non_negative"));
          }
          w = Optional.ofNullable(v);
        } else if (weight == null) {
          if (!perRole) {
            s.error(
                row,
                "weight",
                Message.of("error.rules.weight_missing", itemText),
                Message.of("hint.rules.weight_missing"));
          }
          continue;
        } else if (item.get().assessedByDefault(role)) {
          w = Optional.of(weight);
        } else {
          continue;
        }
        if (w.isEmpty() || w.get().signum() == 0) {
          weights.get(role).remove(item.get());
        } else {
          weights.get(role).put(item.get(), w.get());
        }
      }
    }
    WeightTable table = new WeightTable(weights);
    for (Role role : Role.values()) {
      if (table.forRole(role).isEmpty()) {
        problems.sheet(
            s.name(),
            s.order(),
            Message.of("error.rules.no_items", role.label(language)),
            Message.of("hint.rules.no_items"));
      }
    }
    return table;
  }

  private static String itemKeys() {
    return java.util.Arrays.stream(Item.values())
        .map(i -> i.key() + " (" + i.zh() + ")")
        .collect(Collectors.joining(", "));
  }

  private List<Band> readBands() {
    Optional<SheetReader> t = table(SheetSchema.BANDS);
    if (t.isEmpty()) {
      return RuleSet.defaultBands();
    }
    SheetReader s = t.get();
    List<Band> bands = new ArrayList<>();
    for (TableRow row : s.dataRows()) {
      s.startRow();
      BigDecimal min = (BigDecimal) s.require(row, "min_score");
      BigDecimal coefficient = (BigDecimal) s.require(row, "coefficient");
      BigDecimal change = (BigDecimal) s.get(row, "level_change");
      String action = s.text(row, "action").orElse("");
      if (coefficient != null && coefficient.signum() < 0) {
        s.error(
            row,
            "coefficient",
            Message.of("error.value.negative", coefficient.toPlainString()),
            Message.of("hint.non_negative"));
      }
      if (!s.rowFailed()) {
        bands.add(new Band(min, coefficient, change == null ? 0 : change.intValue(), action));
      }
    }
    if (bands.isEmpty() && !s.dataRows().isEmpty()) {
      return RuleSet.defaultBands();
    }
    if (bands.isEmpty()) {
      problems.sheet(
          s.name(),
          s.order(),
          Message.of("error.sheet.empty", s.name()),
          Message.of("hint.sheet.empty_optional"));
    }
    return bands;
  }

  private List<CommissionTier> readCommission() {
    Optional<SheetReader> t = table(SheetSchema.COMMISSION);
    if (t.isEmpty()) {
      return RuleSet.defaultCommission();
    }
    SheetReader s = t.get();
    List<CommissionTier> tiers = new ArrayList<>();
    for (TableRow row : s.dataRows()) {
      s.startRow();
      BigDecimal from = (BigDecimal) s.require(row, "from");
      BigDecimal rate = (BigDecimal) s.require(row, "rate");
      if (s.rowFailed()) {
        continue;
      }
      BigDecimal before = tiers.isEmpty() ? null : tiers.get(tiers.size() - 1).from();
      if (before != null && from.compareTo(before) <= 0) {
        // a tier table out of order is almost always a typo; sorting it silently would hide it
        s.error(
            row,
            "from",
            Message.of(
                "error.commission.not_ascending",
                from.stripTrailingZeros().toPlainString(),
                before.stripTrailingZeros().toPlainString()),
            Message.of("hint.commission.not_ascending"));
        continue;
      }
      tiers.add(new CommissionTier(from, rate));
    }
    if (tiers.isEmpty() && s.dataRows().isEmpty()) {
      problems.sheet(
          s.name(),
          s.order(),
          Message.of("error.sheet.empty", s.name()),
          Message.of("hint.sheet.empty_optional"));
    }
    return tiers.isEmpty() ? RuleSet.defaultCommission() : tiers;
  }

  // ---- people: SalaryLevels, Agents -----------------------------------------------------------

  private Map<Integer, SalaryLevel> readSalaryLevels() {
    Map<Integer, SalaryLevel> levels = new LinkedHashMap<>();
    Optional<SheetReader> t = table(SheetSchema.SALARY_LEVELS);
    if (t.isEmpty()) {
      return levels;
    }
    SheetReader s = t.get();
    Map<Integer, Integer> rowOf = new HashMap<>();
    for (TableRow row : s.dataRows()) {
      s.startRow();
      BigDecimal level = (BigDecimal) s.require(row, "level");
      BigDecimal wage = (BigDecimal) s.require(row, "level_wage");
      BigDecimal perf = (BigDecimal) s.require(row, "performance_wage");
      if (s.rowFailed()) {
        continue;
      }
      Integer first = rowOf.putIfAbsent(level.intValue(), row.index());
      if (first != null) {
        s.error(
            row,
            "level",
            Message.of("error.salary.duplicate_level", level.toPlainString(), first + 1),
            Message.of("hint.duplicate_row"));
        continue;
      }
      levels.put(level.intValue(), new SalaryLevel(level.intValue(), wage, perf));
    }
    if (levels.isEmpty() && problems.isEmpty()) {
      problems.sheet(
          s.name(),
          s.order(),
          Message.of("error.sheet.empty", s.name()),
          Message.of("hint.salary.empty"));
    }
    return levels;
  }

  private List<Agent> readAgents(Map<Integer, SalaryLevel> levels) {
    List<Agent> agents = new ArrayList<>();
    Optional<SheetReader> t = table(SheetSchema.AGENTS);
    if (t.isEmpty()) {
      return agents;
    }
    SheetReader s = t.get();
    Map<String, Integer> rowOf = new HashMap<>();
    for (TableRow row : s.dataRows()) {
      s.startRow();
      String id = (String) s.require(row, "agent_id");
      String name = (String) s.require(row, "name");
      String team = s.text(row, "team").orElse(language == Language.ZH ? "默认" : "default");
      Role role = s.text(row, "role").map(text -> parseRole(s, row, text)).orElse(Role.PRESALES);
      BigDecimal level = (BigDecimal) s.require(row, "salary_level");
      String email = s.text(row, "email").orElse("");
      String managerEmail = s.text(row, "manager_email").orElse("");
      boolean active = s.text(row, "status").map(text -> parseStatus(s, row, text)).orElse(true);
      checkEmail(s, row, "email", email);
      checkEmail(s, row, "manager_email", managerEmail);
      if (level != null && !levels.isEmpty() && !levels.containsKey(level.intValue())) {
        s.error(
            row,
            "salary_level",
            Message.of("error.agents.unknown_level", level.toPlainString()),
            Message.of(
                "hint.agents.unknown_level",
                levels.keySet().stream()
                    .sorted()
                    .map(String::valueOf)
                    .collect(Collectors.joining(", "))));
      }
      if (id != null) {
        knownIds.add(id);
        Integer first = rowOf.putIfAbsent(id, row.index());
        if (first != null) {
          s.error(
              row,
              "agent_id",
              Message.of("error.agents.duplicate_id", id, first + 1),
              Message.of("hint.agents.duplicate_id"));
        }
      }
      if (!s.rowFailed()) {
        agents.add(new Agent(id, name, team, role, level.intValue(), email, managerEmail, active));
      }
    }
    if (agents.isEmpty() && rowOf.isEmpty()) {
      problems.sheet(
          s.name(),
          s.order(),
          Message.of("error.sheet.empty", s.name()),
          Message.of("hint.agents.empty"));
    }
    return agents;
  }

  private Role parseRole(SheetReader s, TableRow row, String text) {
    Optional<Role> role = Role.parse(text);
    if (role.isEmpty()) {
      s.error(
          row, "role", Message.of("error.agents.bad_role", text), Message.of("hint.agents.roles"));
      return Role.PRESALES;
    }
    return role.get();
  }

  private boolean parseStatus(SheetReader s, TableRow row, String text) {
    String t = Text.normalize(text);
    if (List.of("active", "在职", "正常", "在岗").contains(t)) {
      return true;
    }
    if (List.of("left", "离职", "已离职", "inactive").contains(t)) {
      return false;
    }
    s.error(
        row,
        "status",
        Message.of("error.agents.bad_status", text),
        Message.of("hint.agents.status"));
    return true;
  }

  private void checkEmail(SheetReader s, TableRow row, String key, String email) {
    if (!email.isEmpty() && !EMAIL.matcher(email).matches()) {
      s.error(
          row, key, Message.of("error.agents.bad_email", email), Message.of("hint.agents.email"));
    }
  }

  // ---- Monthly -------------------------------------------------------------------------------

  private List<MonthlyStats> readMonthly(
      List<Agent> agents, WeightTable weights, YearMonth period) {
    List<MonthlyStats> result = new ArrayList<>();
    Map<String, Agent> byId = new HashMap<>();
    agents.forEach(a -> byId.put(a.id(), a));
    Map<String, Integer> rowOf = new HashMap<>();
    int[] future = {0};
    Optional<SheetReader> read =
        stream(
            SheetSchema.MONTHLY,
            (s, row) -> {
              s.startRow();
              String id = (String) s.require(row, "agent_id");
              YearMonth month = (YearMonth) s.require(row, "month");
              Map<Metric, BigDecimal> values = new EnumMap<>(Metric.class);
              for (Metric m : METRICS) {
                BigDecimal v = (BigDecimal) s.get(row, m.key());
                if (v != null) {
                  values.put(m, v);
                }
              }
              Agent agent = id == null ? null : byId.get(id);
              checkKnownAgent(s, row, id);
              if (id != null && month != null) {
                Integer first = rowOf.putIfAbsent(id + "|" + month, row.index());
                if (first != null) {
                  s.error(
                      row,
                      "month",
                      Message.of("error.monthly.duplicate", id, month.toString(), first + 1),
                      Message.of("hint.duplicate_row"));
                }
              }
              checkMonthlyRow(s, row, values, agent, weights);
              if (s.rowFailed()) {
                return;
              }
              if (period != null && month.isAfter(period)) {
                future[0]++;
                return;
              }
              result.add(new MonthlyStats(id, month, values));
            });
    if (future[0] > 0) {
      alerts.add(
          new Alert(
              Severity.WARNING,
              "future_rows",
              read.orElseThrow().name(),
              Message.of("alert.future_rows", future[0], period.toString())));
    }
    return result;
  }

  private void checkMonthlyRow(
      SheetReader s, TableRow row, Map<Metric, BigDecimal> v, Agent agent, WeightTable weights) {
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
    for (Item item : Item.values()) {
      if (weights.weight(agent.role(), item).isEmpty()) {
        continue;
      }
      Metric levelMetric = levelMetricOf(item);
      if (levelMetric != null && !v.containsKey(levelMetric) && !hasBadCell(s, row, levelMetric)) {
        s.error(
            row,
            levelMetric.key(),
            Message.of(
                "error.monthly.level_missing",
                levelMetric.label(language),
                agent.role().label(language)),
            Message.of("hint.level", levelMetric.type().maxLevel()));
      }
    }
    if (weights.weight(agent.role(), Item.SALES_COMPLETION).isPresent()
        && v.getOrDefault(Metric.SALES_TARGET, BigDecimal.ZERO).signum() <= 0
        && !hasBadCell(s, row, Metric.SALES_TARGET)) {
      s.error(
          row,
          Metric.SALES_TARGET.key(),
          Message.of("error.monthly.target_missing", agent.role().label(language)),
          Message.of("hint.monthly.target_missing"));
    }
  }

  private static boolean hasBadCell(SheetReader s, TableRow row, Metric m) {
    RawValue raw = s.raw(row, m.key());
    return !(raw instanceof RawValue.Blank) && CellParser.parse(raw, m.type()).failed();
  }

  private static Metric levelMetricOf(Item item) {
    for (Metric m : METRICS) {
      if (m.type().isLevel() && m.key().equals(item.key())) {
        return m;
      }
    }
    return null;
  }

  private void checkPeriodHasRows(
      List<MonthlyStats> monthly, List<Agent> agents, YearMonth period) {
    java.util.Set<String> inPeriod =
        monthly.stream()
            .filter(m -> m.month().equals(period))
            .map(MonthlyStats::agentId)
            .collect(Collectors.toSet());
    if (inPeriod.isEmpty()) {
      problems.sheet(
          sheets.get(SheetSchema.MONTHLY),
          SheetSchema.MONTHLY.ordinal(),
          Message.of("error.monthly.no_period_rows", period.toString()),
          Message.of("hint.monthly.no_period_rows", period.toString()));
      return;
    }
    for (Agent a : agents) {
      if (a.active() && !inPeriod.contains(a.id())) {
        alerts.add(
            new Alert(
                Severity.WARNING,
                "no_period_row",
                a.id() + " " + a.name(),
                Message.of("alert.no_period_row", period.toString())));
      }
    }
  }

  // ---- Quality, Points, Holidays ---------------------------------------------------------------

  private List<QaRecord> readQuality() {
    List<QaRecord> records = new ArrayList<>();
    stream(
        SheetSchema.QUALITY,
        (s, row) -> {
          s.startRow();
          LocalDate date = (LocalDate) s.require(row, "date");
          String id = (String) s.require(row, "agent_id");
          String itemText = (String) s.require(row, "item");
          checkKnownAgent(s, row, id);
          QaCode code = null;
          if (itemText != null) {
            code = QaCode.parse(itemText).orElse(null);
            if (code == null) {
              s.error(
                  row,
                  "item",
                  Message.of("error.quality.unknown_item", itemText),
                  Message.of("hint.quality.items"));
            }
          }
          if (!s.rowFailed()) {
            records.add(
                new QaRecord(
                    date,
                    id,
                    code,
                    s.text(row, "note").orElse(""),
                    s.text(row, "inspector").orElse("")));
          }
        });
    return records;
  }

  private List<PointsEntry> readPoints() {
    List<PointsEntry> entries = new ArrayList<>();
    stream(
        SheetSchema.POINTS,
        (s, row) -> {
          s.startRow();
          LocalDate date = (LocalDate) s.require(row, "date");
          String id = (String) s.require(row, "agent_id");
          BigDecimal points = (BigDecimal) s.require(row, "points");
          checkKnownAgent(s, row, id);
          if (!s.rowFailed()) {
            entries.add(new PointsEntry(date, id, points, s.text(row, "reason").orElse("")));
          }
        });
    return entries;
  }

  /** Unknown unless the Agents sheet lists the id (even on a row with other errors). */
  private void checkKnownAgent(SheetReader s, TableRow row, String id) {
    if (id != null && sheets.containsKey(SheetSchema.AGENTS) && !knownIds.contains(id)) {
      s.error(
          row,
          "agent_id",
          Message.of("error.monthly.unknown_agent", id),
          Message.of("hint.monthly.unknown_agent"));
    }
  }

  private List<HolidayEntry> readHolidays() {
    List<HolidayEntry> entries = new ArrayList<>();
    Optional<SheetReader> t = table(SheetSchema.HOLIDAYS);
    if (t.isEmpty()) {
      return entries;
    }
    SheetReader s = t.get();
    for (TableRow row : s.dataRows()) {
      s.startRow();
      LocalDate date = (LocalDate) s.require(row, "date");
      String type = (String) s.require(row, "type");
      Boolean workday = null;
      if (type != null) {
        String n = Text.normalize(type);
        if (List.of("holiday", "休", "假", "休息", "放假", "dayoff", "off").contains(n)) {
          workday = false;
        } else if (List.of("workday", "班", "上班", "调休上班", "adjustedworkday", "work").contains(n)) {
          workday = true;
        } else {
          s.error(
              row,
              "type",
              Message.of("error.holidays.bad_type", type),
              Message.of("hint.holidays.types"));
        }
      }
      if (!s.rowFailed()) {
        entries.add(new HolidayEntry(date, workday, s.text(row, "name").orElse("")));
      }
    }
    return entries;
  }
}

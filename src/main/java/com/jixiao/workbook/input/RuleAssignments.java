package com.jixiao.workbook.input;

import com.jixiao.i18n.Message;
import com.jixiao.model.Band;
import com.jixiao.model.CommissionTier;
import com.jixiao.model.Language;
import com.jixiao.model.Numbers;
import com.jixiao.model.Role;
import com.jixiao.model.Text;
import com.jixiao.model.ValueType;
import com.jixiao.report.whatif.Scenario;
import com.jixiao.rules.Item;
import com.jixiao.rules.Param;
import com.jixiao.rules.ParamParser;
import com.jixiao.rules.ParamText;
import com.jixiao.rules.RuleSet;
import com.jixiao.rules.WeightTable;
import com.jixiao.workbook.CellParser;
import com.jixiao.workbook.Column;
import com.jixiao.workbook.InputError;
import com.jixiao.workbook.RawValue;
import com.jixiao.workbook.Setting;
import com.jixiao.workbook.SheetSchema;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A what-if's {@code --set KEY=VALUE} assignments, applied in order to the workbook's rules, with
 * the names and the validation of the sheets that set the same rules:
 *
 * <ul>
 *   <li>a Parameters key ({@code tiers.share=25%}, {@code exceed.conversion.threshold=3%}), read as
 *       the Parameters sheet reads it;
 *   <li>{@code points_pool_rate=0.6%}, the Settings key (a rate);
 *   <li>{@code weight.ITEM=W} for every role assessed on the item now (none: the roles assessed on
 *       it by default), {@code weight.ITEM.ROLE=W} for one role; 0 = not assessed. ITEM and ROLE as
 *       the Rules sheet writes them (key, Chinese or English name; 售前/presales …);
 *   <li>{@code band.MIN.FIELD=V}: the band whose minimum score is MIN now ({@code band.lowest} for
 *       the lowest), FIELD a column of the Bands sheet (min_score, coefficient, level_change,
 *       action, or their Chinese names);
 *   <li>{@code commission.FROM.rate=R}: the tier starting at FROM (added if there is none), {@code
 *       commission.FROM.from=F} moves its start.
 * </ul>
 *
 * Every problem is collected (the assignment, what is wrong, how to fix it); none stops the others.
 *
 * <p>One class because every kind of assignment edits the same rule set under construction
 * (weights, bands, tiers, parameters, pool rate) and adds to the same list of problems; each kind
 * is one short method, and the later ones see what the earlier ones changed.
 */
public final class RuleAssignments {
  private static final List<String> WEIGHT = List.of("weight", "权重");
  private static final List<String> BAND = List.of("band", "档位", "考核档位");
  private static final List<String> COMMISSION = List.of("commission", "提成", "提成阶梯");
  private static final List<String> LOWEST = List.of("lowest", "最低", "最低档");

  private final Language language;
  private final List<InputError> errors = new ArrayList<>();
  private final Map<Role, Map<Item, BigDecimal>> weights;
  private final Map<Param, Object> params = new EnumMap<>(Param.class);
  private final List<Band> bands;
  private final List<CommissionTier> tiers;
  private BigDecimal poolRate;
  private final RuleSet base;
  private String current = "";

  private RuleAssignments(Scenario scenario, Language language) {
    this.language = language;
    this.base = scenario.rules();
    this.weights = new EnumMap<>(Role.class);
    for (Role r : Role.values()) {
      weights.put(r, new EnumMap<>(base.weights().forRole(r)));
    }
    this.bands = new ArrayList<>(base.bands());
    this.tiers = new ArrayList<>(base.commission());
    this.poolRate = scenario.pointsPoolRate();
  }

  /** The scenario, or every problem of the assignments. */
  public record Result(Scenario scenario, List<InputError> errors) {
    public Result {
      errors = List.copyOf(errors);
    }

    public boolean ok() {
      return errors.isEmpty();
    }
  }

  /** Applies the assignments, in order, to {@code scenario}; problems are in {@code language}. */
  public static Result apply(Scenario scenario, List<String> assignments, Language language) {
    RuleAssignments a = new RuleAssignments(scenario, language);
    for (String assignment : assignments) {
      a.assign(assignment);
    }
    return a.result();
  }

  private void assign(String assignment) {
    current = assignment;
    int eq = assignment.indexOf('=');
    if (eq < 0) {
      error(Message.of("whatif.error.no_value", assignment), Message.of("whatif.hint.set_form"));
      return;
    }
    String key = assignment.substring(0, eq).trim();
    String value = assignment.substring(eq + 1).trim();
    Optional<Param> param = ParamParser.find(key);
    if (param.isPresent()) {
      parameter(param.get(), value);
      return;
    }
    Optional<Setting> setting = Setting.parse(key);
    if (setting.isPresent()) {
      setting(setting.get(), value);
      return;
    }
    List<String> parts = Arrays.asList(key.split("[.．。]", -1));
    if (value.isEmpty()) {
      error(Message.of("whatif.error.no_value", assignment), Message.of("whatif.hint.set_form"));
      return;
    }
    String head = Text.normalize(parts.get(0));
    if (WEIGHT.contains(head) && (parts.size() == 2 || parts.size() == 3)) {
      weight(parts, value);
    } else if (BAND.contains(head) && parts.size() == 3) {
      band(parts.get(1), parts.get(2), value);
    } else if (COMMISSION.contains(head) && parts.size() == 3) {
      commission(parts.get(1), parts.get(2), value);
    } else {
      error(Message.of("whatif.error.unknown_key", key), Message.of("whatif.hint.set_form"));
    }
  }

  private void parameter(Param p, String value) {
    Optional<Object> parsed = ParamParser.parse(p, value);
    if (parsed.isEmpty()) {
      error(
          Message.of("error.parameters.bad_value", p.key(), value),
          Message.of(
              "hint.parameters." + p.kind().name().toLowerCase(Locale.ROOT),
              p.defaultText(),
              String.join(" | ", p.choices())));
    } else {
      params.put(p, parsed.get());
    }
  }

  /** Only the pool rate is a rule; the other settings are facts of the month. */
  private void setting(Setting s, String value) {
    if (s != Setting.POINTS_POOL_RATE) {
      error(
          Message.of("whatif.error.not_a_rule", s.key()),
          Message.of("whatif.hint.not_a_rule", s.label(language)));
      return;
    }
    parse(value, s.type()).ifPresent(v -> poolRate = (BigDecimal) v);
  }

  private void weight(List<String> parts, String value) {
    Optional<Item> item = Item.parse(parts.get(1));
    if (item.isEmpty()) {
      error(
          Message.of("error.rules.unknown_item", parts.get(1)),
          Message.of("hint.rules.items", itemNames()));
      return;
    }
    List<Role> roles = new ArrayList<>();
    if (parts.size() == 3) {
      Optional<Role> role = Role.parse(parts.get(2));
      if (role.isEmpty()) {
        error(
            Message.of("whatif.error.unknown_role", parts.get(2)),
            Message.of("whatif.hint.roles", roleNames()));
        return;
      }
      roles.add(role.get());
    } else {
      for (Role r : Role.values()) {
        if (weights.get(r).containsKey(item.get())) {
          roles.add(r);
        }
      }
      if (roles.isEmpty()) {
        Arrays.stream(Role.values()).filter(item.get()::assessedByDefault).forEach(roles::add);
      }
    }
    Optional<BigDecimal> w = nonNegative(value, ValueType.DECIMAL);
    if (w.isEmpty()) {
      return;
    }
    for (Role r : roles) {
      if (w.get().signum() == 0) {
        weights.get(r).remove(item.get());
      } else {
        weights.get(r).put(item.get(), w.get());
      }
    }
  }

  private void band(String which, String field, String value) {
    Optional<Integer> at = bandAt(which);
    Optional<Column> column = column(SheetSchema.BANDS, field);
    if (at.isEmpty()) {
      error(
          Message.of("whatif.error.unknown_band", which),
          Message.of("whatif.hint.bands", bandNames()));
      return;
    }
    if (column.isEmpty()) {
      error(
          Message.of("whatif.error.unknown_field", field),
          Message.of("whatif.hint.fields", fieldNames(SheetSchema.BANDS)));
      return;
    }
    Band b = bands.get(at.get());
    Band changed =
        switch (column.get().key()) {
          case "min_score" ->
              parse(value, ValueType.DECIMAL)
                  .map(v -> new Band((BigDecimal) v, b.coefficient(), b.levelChange(), b.action()))
                  .orElse(null);
          case "coefficient" ->
              nonNegative(value, ValueType.DECIMAL)
                  .map(v -> new Band(b.minScore(), v, b.levelChange(), b.action()))
                  .orElse(null);
          case "level_change" ->
              parse(value, ValueType.INTEGER)
                  .map(
                      v ->
                          new Band(
                              b.minScore(),
                              b.coefficient(),
                              ((BigDecimal) v).intValue(),
                              b.action()))
                  .orElse(null);
          default -> new Band(b.minScore(), b.coefficient(), b.levelChange(), value);
        };
    if (changed != null) {
      bands.set(at.get(), changed);
    }
  }

  /** The band whose minimum is the number written, or the lowest. */
  private Optional<Integer> bandAt(String which) {
    if (LOWEST.contains(Text.normalize(which))) {
      return Optional.of(bands.size() - 1);
    }
    Optional<BigDecimal> min = Numbers.parse(which);
    for (int i = 0; min.isPresent() && i < bands.size(); i++) {
      if (bands.get(i).minScore().compareTo(min.get()) == 0) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private void commission(String fromText, String field, String value) {
    Optional<BigDecimal> from = Numbers.parse(fromText).filter(n -> n.signum() >= 0);
    Optional<Column> column = column(SheetSchema.COMMISSION, field);
    if (from.isEmpty()) {
      error(
          Message.of("whatif.error.unknown_tier", fromText),
          Message.of("whatif.hint.tiers", tierNames()));
      return;
    }
    if (column.isEmpty()) {
      error(
          Message.of("whatif.error.unknown_field", field),
          Message.of("whatif.hint.fields", fieldNames(SheetSchema.COMMISSION)));
      return;
    }
    int at = -1;
    for (int i = 0; i < tiers.size(); i++) {
      if (tiers.get(i).from().compareTo(from.get()) == 0) {
        at = i;
      }
    }
    Optional<Object> parsed = parse(value, column.get().type());
    if (parsed.isEmpty()) {
      return;
    }
    BigDecimal v = (BigDecimal) parsed.get();
    if (column.get().key().equals("rate")) {
      if (at < 0) {
        tiers.add(new CommissionTier(from.get(), v));
      } else {
        tiers.set(at, new CommissionTier(from.get(), v));
      }
    } else if (at < 0) {
      error(
          Message.of("whatif.error.unknown_tier", fromText),
          Message.of("whatif.hint.tiers", tierNames()));
    } else {
      tiers.set(at, new CommissionTier(v, tiers.get(at).rate()));
    }
  }

  private Result result() {
    current = "";
    WeightTable table = new WeightTable(weights);
    for (Role role : Role.values()) {
      if (table.forRole(role).isEmpty()) {
        error(
            Message.of("error.rules.no_items", role.label(language)),
            Message.of("hint.rules.no_items"));
      }
    }
    if (hasDuplicates(bands.stream().map(Band::minScore).toList())) {
      error(Message.of("whatif.error.band_twice"), Message.of("whatif.hint.band_twice"));
    }
    if (hasDuplicates(tiers.stream().map(CommissionTier::from).toList())) {
      error(Message.of("whatif.error.tier_twice"), Message.of("whatif.hint.tier_twice"));
    }
    RuleSet rules = new RuleSet(table, bands, tiers, base.params().with(params));
    return new Result(new Scenario(rules, poolRate), errors);
  }

  /** True when two of the numbers are equal. */
  private static boolean hasDuplicates(List<BigDecimal> numbers) {
    Set<BigDecimal> seen = new HashSet<>();
    for (BigDecimal n : numbers) {
      if (!seen.add(n.signum() == 0 ? BigDecimal.ZERO : n.stripTrailingZeros())) {
        return true;
      }
    }
    return false;
  }

  /** The value read as a cell of that type would be; a problem is recorded. */
  private Optional<Object> parse(String value, ValueType type) {
    CellParser.Result r = CellParser.parse(new RawValue.Str(value), type);
    if (r.failed()) {
      error(r.error(), r.hint());
      return Optional.empty();
    }
    if (r.value() == null) {
      error(Message.of("whatif.error.no_value", current), Message.of("whatif.hint.set_form"));
      return Optional.empty();
    }
    return Optional.of(r.value());
  }

  private Optional<BigDecimal> nonNegative(String value, ValueType type) {
    Optional<BigDecimal> v = parse(value, type).map(o -> (BigDecimal) o);
    if (v.isPresent() && v.get().signum() < 0) {
      error(
          Message.of("error.value.negative", v.get().toPlainString()),
          Message.of("hint.non_negative"));
      return Optional.empty();
    }
    return v;
  }

  private static Optional<Column> column(SheetSchema schema, String field) {
    return schema.columns().stream().filter(c -> c.matches(field)).findFirst();
  }

  /** Where: "--set KEY=VALUE" as typed, control characters shown as "?" (it goes to a console). */
  private void error(Message what, Message hint) {
    String shown = current.replaceAll("\\p{Cntrl}", "?");
    String where = shown.isEmpty() ? "--set" : "--set " + shown;
    errors.add(new InputError(where, "", 0, errors.size(), 0, what, hint));
  }

  private String itemNames() {
    return Arrays.stream(Item.values())
        .map(i -> i.key() + " (" + i.label(language) + ")")
        .collect(Collectors.joining(", "));
  }

  private String roleNames() {
    return Arrays.stream(Role.values())
        .map(r -> r.key() + " (" + r.label(language) + ")")
        .collect(Collectors.joining(", "));
  }

  private String bandNames() {
    List<String> names = new ArrayList<>();
    for (int i = 0; i < bands.size() - 1; i++) {
      names.add(ParamText.plain(bands.get(i).minScore()));
    }
    names.add("lowest");
    return String.join(", ", names);
  }

  private String tierNames() {
    return tiers.stream().map(t -> ParamText.plain(t.from())).collect(Collectors.joining(", "));
  }

  private String fieldNames(SheetSchema schema) {
    return schema.columns().stream()
        .map(c -> c.key() + " (" + c.label(language) + ")")
        .collect(Collectors.joining(", "));
  }
}

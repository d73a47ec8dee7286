package com.jixiao.workbook.input;

import com.jixiao.i18n.Message;
import com.jixiao.model.Language;
import com.jixiao.model.Settings;
import com.jixiao.model.ValueType;
import com.jixiao.workbook.CellParser;
import com.jixiao.workbook.Setting;
import com.jixiao.workbook.SheetSchema;
import com.jixiao.workbook.SheetTable;
import com.jixiao.workbook.TableRow;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The Settings / 设置 sheet: key | value. Its {@code language} decides the language of every problem
 * reported after it; {@code period} is required.
 */
final class SettingsReader {
  private SettingsReader() {}

  static Optional<Settings> read(ReadContext ctx) {
    SheetTable sheet = ctx.load(SheetSchema.SETTINGS).orElse(null);
    if (sheet == null) {
      return Optional.empty();
    }
    int order = SheetSchema.SETTINGS.ordinal();
    Map<Setting, Object> values = new EnumMap<>(Setting.class);
    Map<TableRow, Setting> rows =
        KeyValueRows.known(
            ctx,
            sheet,
            SheetSchema.SETTINGS,
            Setting::parse,
            "error.settings.unknown_key",
            Message.of("hint.settings.keys", settingKeys()));
    for (Map.Entry<TableRow, Setting> e : rows.entrySet()) {
      TableRow row = e.getKey();
      CellParser.Result r = CellParser.parse(row.cell(1), e.getValue().type());
      if (r.failed()) {
        ctx.problems().cell(sheet.name(), order, row.index(), 1, r.error(), r.hint());
      } else if (r.value() != null && !(r.value() instanceof String s && s.isEmpty())) {
        values.put(e.getValue(), r.value());
        if (e.getValue().type() == ValueType.MONEY) {
          Plausibility.check(
              ctx,
              sheet.name(),
              row.index(),
              1,
              e.getValue().label(ctx.language()),
              (BigDecimal) r.value(),
              Plausibility.STORE_MONTH,
              sheet.name());
        }
      }
    }
    Object languageValue = values.get(Setting.LANGUAGE);
    if (languageValue != null) {
      Optional<Language> parsed = Language.parse((String) languageValue);
      if (parsed.isPresent()) {
        ctx.language(parsed.get());
      } else {
        ctx.problems()
            .sheet(
                sheet.name(),
                order,
                Message.of("error.settings.language", languageValue),
                Message.of("hint.settings.language"));
      }
    }
    if (!values.containsKey(Setting.PERIOD)) {
      ctx.problems()
          .sheet(
              sheet.name(),
              order,
              Message.of("error.settings.period_missing"),
              Message.of("hint.settings.period_missing", Setting.PERIOD.label(ctx.language())));
      return Optional.empty();
    }
    return Optional.of(
        new Settings(
            (String) values.getOrDefault(Setting.STORE, ""),
            (YearMonth) values.get(Setting.PERIOD),
            ctx.language(),
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

  private static String settingKeys() {
    return Arrays.stream(Setting.values())
        .map(s -> s.key() + " (" + s.label(Language.ZH) + ")")
        .collect(Collectors.joining(", "));
  }
}

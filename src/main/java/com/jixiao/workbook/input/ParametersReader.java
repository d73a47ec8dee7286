package com.jixiao.workbook.input;

import com.jixiao.i18n.Message;
import com.jixiao.rules.Param;
import com.jixiao.rules.ParamParser;
import com.jixiao.rules.Parameters;
import com.jixiao.workbook.RawValue;
import com.jixiao.workbook.SheetSchema;
import com.jixiao.workbook.SheetTable;
import com.jixiao.workbook.TableRow;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The optional Parameters / 参数 sheet: key | value, overriding the named defaults. */
final class ParametersReader {
  private ParametersReader() {}

  static Parameters read(ReadContext ctx) {
    SheetTable sheet = ctx.load(SheetSchema.PARAMETERS).orElse(null);
    Parameters defaults = Parameters.defaults();
    if (sheet == null) {
      return defaults;
    }
    int order = SheetSchema.PARAMETERS.ordinal();
    Map<Param, Object> overrides = new EnumMap<>(Param.class);
    Map<TableRow, Param> rows =
        KeyValueRows.known(
            ctx,
            sheet,
            SheetSchema.PARAMETERS,
            ParamParser::find,
            "error.parameters.unknown_key",
            Message.of("hint.parameters.keys", paramKeys()));
    for (Map.Entry<TableRow, Param> e : rows.entrySet()) {
      TableRow row = e.getKey();
      Param param = e.getValue();
      RawValue raw = row.cell(1);
      if (raw instanceof RawValue.Uncalculated) {
        ctx.problems()
            .cell(
                sheet.name(),
                order,
                row.index(),
                1,
                Message.of("error.value.uncalculated"),
                Message.of("hint.value.uncalculated"));
        continue;
      }
      String text =
          raw instanceof RawValue.Num n && n.percentFormat()
              ? n.value().movePointRight(2).toPlainString() + "%"
              : raw.display();
      Optional<Object> value = ParamParser.parse(param, text);
      if (value.isEmpty()) {
        ctx.problems()
            .cell(
                sheet.name(),
                order,
                row.index(),
                1,
                Message.of("error.parameters.bad_value", param.key(), text),
                Message.of(
                    "hint.parameters." + param.kind().name().toLowerCase(Locale.ROOT),
                    param.defaultText(),
                    String.join(" | ", param.choices())));
      } else {
        overrides.put(param, value.get());
      }
    }
    return defaults.with(overrides);
  }

  private static String paramKeys() {
    return Arrays.stream(Param.values()).map(Param::key).collect(Collectors.joining(", "));
  }
}

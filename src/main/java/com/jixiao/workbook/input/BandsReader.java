package com.jixiao.workbook.input;

import com.jixiao.i18n.Message;
import com.jixiao.model.Band;
import com.jixiao.rules.RuleSet;
import com.jixiao.workbook.Field;
import com.jixiao.workbook.SheetReader;
import com.jixiao.workbook.SheetSchema;
import com.jixiao.workbook.TableRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The optional Bands / 考核档位 sheet: replaces the default score bands. */
final class BandsReader {
  private static final Field<BigDecimal> MIN_SCORE = Field.number("min_score");
  private static final Field<BigDecimal> COEFFICIENT = Field.number("coefficient");
  private static final Field<BigDecimal> LEVEL_CHANGE = Field.number("level_change");

  private BandsReader() {}

  static List<Band> read(ReadContext ctx) {
    Optional<SheetReader> t = ctx.table(SheetSchema.BANDS);
    if (t.isEmpty()) {
      return RuleSet.defaultBands();
    }
    SheetReader s = t.get();
    List<Band> bands = new ArrayList<>();
    for (TableRow row : s.dataRows()) {
      s.startRow();
      BigDecimal min = s.require(row, MIN_SCORE);
      BigDecimal coefficient = s.require(row, COEFFICIENT);
      BigDecimal change = s.get(row, LEVEL_CHANGE);
      String action = s.text(row, "action").orElse("");
      if (coefficient != null && coefficient.signum() < 0) {
        s.error(
            row,
            COEFFICIENT.key(),
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
      ctx.problems()
          .sheet(
              s.name(),
              s.order(),
              Message.of("error.sheet.empty", s.name()),
              Message.of("hint.sheet.empty_optional"));
    }
    return bands;
  }
}

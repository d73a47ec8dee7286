package com.jixiao.workbook.input;

import com.jixiao.i18n.Message;
import com.jixiao.model.CommissionTier;
import com.jixiao.rules.RuleSet;
import com.jixiao.workbook.Field;
import com.jixiao.workbook.SheetReader;
import com.jixiao.workbook.SheetSchema;
import com.jixiao.workbook.TableRow;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The optional Commission / 提成阶梯 sheet: replaces the default tiers, which must start at strictly
 * increasing sales.
 */
final class CommissionReader {
  private static final Field<BigDecimal> FROM = Field.number("from");
  private static final Field<BigDecimal> RATE = Field.number("rate");

  private CommissionReader() {}

  static List<CommissionTier> read(ReadContext ctx) {
    Optional<SheetReader> t = ctx.table(SheetSchema.COMMISSION);
    if (t.isEmpty()) {
      return RuleSet.defaultCommission();
    }
    SheetReader s = t.get();
    List<CommissionTier> tiers = new ArrayList<>();
    for (TableRow row : s.dataRows()) {
      s.startRow();
      BigDecimal from = s.require(row, FROM);
      BigDecimal rate = s.require(row, RATE);
      if (s.rowFailed()) {
        continue;
      }
      BigDecimal before = tiers.isEmpty() ? null : tiers.get(tiers.size() - 1).from();
      if (before != null && from.compareTo(before) <= 0) {
        // a tier table out of order is almost always a typo; sorting it silently would hide it
        s.error(
            row,
            FROM.key(),
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
      ctx.problems()
          .sheet(
              s.name(),
              s.order(),
              Message.of("error.sheet.empty", s.name()),
              Message.of("hint.sheet.empty_optional"));
    }
    return tiers.isEmpty() ? RuleSet.defaultCommission() : tiers;
  }
}

package com.jixiao.workbook.input;

import com.jixiao.i18n.Message;
import com.jixiao.model.SalaryLevel;
import com.jixiao.workbook.Field;
import com.jixiao.workbook.SheetReader;
import com.jixiao.workbook.SheetSchema;
import com.jixiao.workbook.TableRow;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The SalaryLevels / 薪资级别 sheet: each level's level wage and performance wage. */
final class SalaryLevelsReader {
  private static final Field<BigDecimal> LEVEL = Field.number("level");
  private static final Field<BigDecimal> LEVEL_WAGE = Field.number("level_wage");
  private static final Field<BigDecimal> PERFORMANCE_WAGE = Field.number("performance_wage");

  private SalaryLevelsReader() {}

  static Map<Integer, SalaryLevel> read(ReadContext ctx) {
    Map<Integer, SalaryLevel> levels = new LinkedHashMap<>();
    Optional<SheetReader> t = ctx.table(SheetSchema.SALARY_LEVELS);
    if (t.isEmpty()) {
      return levels;
    }
    SheetReader s = t.get();
    Map<Integer, Integer> rowOf = new HashMap<>();
    for (TableRow row : s.dataRows()) {
      s.startRow();
      BigDecimal level = s.require(row, LEVEL);
      BigDecimal wage = s.require(row, LEVEL_WAGE);
      BigDecimal perf = s.require(row, PERFORMANCE_WAGE);
      if (s.rowFailed()) {
        continue;
      }
      Integer first = rowOf.putIfAbsent(level.intValue(), row.index());
      if (first != null) {
        s.error(
            row,
            LEVEL.key(),
            Message.of("error.salary.duplicate_level", level.toPlainString(), first + 1),
            Message.of("hint.duplicate_row"));
        continue;
      }
      levels.put(level.intValue(), new SalaryLevel(level.intValue(), wage, perf));
      wageIsPlausible(ctx, s, row, LEVEL_WAGE, wage);
      wageIsPlausible(ctx, s, row, PERFORMANCE_WAGE, perf);
    }
    if (levels.isEmpty() && ctx.problems().isEmpty()) {
      ctx.problems()
          .sheet(
              s.name(),
              s.order(),
              Message.of("error.sheet.empty", s.name()),
              Message.of("hint.salary.empty"));
    }
    return levels;
  }

  private static void wageIsPlausible(
      ReadContext ctx, SheetReader s, TableRow row, Field<BigDecimal> field, BigDecimal wage) {
    Plausibility.check(
        ctx,
        s.name(),
        row.index(),
        s.column(field.key()),
        s.label(field.key()),
        wage,
        Plausibility.MONTHLY_WAGE,
        s.name());
  }
}

package com.jixiao.workbook.input;

import com.jixiao.model.PointsEntry;
import com.jixiao.workbook.Field;
import com.jixiao.workbook.SheetSchema;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The optional Points / 积分记录 sheet, streamed: points given or taken, with the reason. */
final class PointsReader {
  private static final Field<LocalDate> DATE = Field.date("date");
  private static final Field<String> AGENT_ID = Field.text("agent_id");
  private static final Field<BigDecimal> POINTS = Field.number("points");

  private PointsReader() {}

  static List<PointsEntry> read(ReadContext ctx) {
    List<PointsEntry> entries = new ArrayList<>();
    ctx.stream(
        SheetSchema.POINTS,
        (s, row) -> {
          s.startRow();
          LocalDate date = s.require(row, DATE);
          String id = s.require(row, AGENT_ID);
          BigDecimal points = s.require(row, POINTS);
          ctx.checkKnownAgent(s, row, id);
          if (!s.rowFailed()) {
            entries.add(new PointsEntry(date, id, points, s.text(row, "reason").orElse("")));
          }
        });
    return entries;
  }
}

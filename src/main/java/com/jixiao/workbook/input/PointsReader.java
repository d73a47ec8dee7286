package com.jixiao.workbook.input;

import com.jixiao.model.PointsEntry;
import com.jixiao.workbook.Field;
import com.jixiao.workbook.SheetReader;
import com.jixiao.workbook.SheetSchema;
import com.jixiao.workbook.TableRow;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The optional Points / 积分记录 sheet, streamed: points given or taken, with the reason. */
final class PointsReader {
  private static final Field<LocalDate> DATE = Field.date("date");
  private static final Field<String> AGENT_ID = Field.text("agent_id");
  private static final Field<BigDecimal> POINTS = Field.number("points");

  private PointsReader() {}

  static List<PointsEntry> read(ReadContext ctx) {
    List<PointsEntry> entries = new ArrayList<>();
    Optional<ReadContext.StreamedSheet> sheet = ctx.rows(SheetSchema.POINTS);
    if (sheet.isEmpty()) {
      return entries;
    }
    try (ReadContext.StreamedSheet rows = sheet.get()) {
      SheetReader s = rows.reader();
      for (TableRow row = rows.next(); row != null; row = rows.next()) {
        s.startRow();
        LocalDate date = s.require(row, DATE);
        String id = s.require(row, AGENT_ID);
        BigDecimal points = s.require(row, POINTS);
        ctx.checkKnownAgent(s, row, id);
        if (!s.rowFailed()) {
          entries.add(new PointsEntry(date, id, points, s.text(row, "reason").orElse("")));
        }
      }
    }
    return entries;
  }
}

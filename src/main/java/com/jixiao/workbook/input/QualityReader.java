package com.jixiao.workbook.input;

import com.jixiao.i18n.Message;
import com.jixiao.model.QaCode;
import com.jixiao.model.QaRecord;
import com.jixiao.workbook.Field;
import com.jixiao.workbook.SheetReader;
import com.jixiao.workbook.SheetSchema;
import com.jixiao.workbook.TableRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The optional Quality / 质检记录 sheet, streamed: one row per inspected chat. */
final class QualityReader {
  private static final Field<LocalDate> DATE = Field.date("date");
  private static final Field<String> AGENT_ID = Field.text("agent_id");
  private static final Field<String> ITEM = Field.text("item");

  private QualityReader() {}

  static List<QaRecord> read(ReadContext ctx) {
    List<QaRecord> records = new ArrayList<>();
    // the item column holds a handful of codes on hundreds of thousands of rows: each read once
    Map<String, Optional<QaCode>> codes = new HashMap<>();
    Optional<ReadContext.StreamedSheet> sheet = ctx.rows(SheetSchema.QUALITY);
    if (sheet.isEmpty()) {
      return records;
    }
    try (ReadContext.StreamedSheet rows = sheet.get()) {
      SheetReader s = rows.reader();
      for (TableRow row = rows.next(); row != null; row = rows.next()) {
        s.startRow();
        LocalDate date = s.require(row, DATE);
        String id = s.require(row, AGENT_ID);
        String itemText = s.require(row, ITEM);
        ctx.checkKnownAgent(s, row, id);
        QaCode code = null;
        if (itemText != null) {
          code =
              (codes.size() < 1024
                      ? codes.computeIfAbsent(itemText, QaCode::parse)
                      : QaCode.parse(itemText))
                  .orElse(null);
          if (code == null) {
            s.error(
                row,
                ITEM.key(),
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
      }
    }
    return records;
  }
}

package com.jixiao.workbook.input;

import com.jixiao.i18n.Message;
import com.jixiao.model.HolidayEntry;
import com.jixiao.model.Text;
import com.jixiao.workbook.Field;
import com.jixiao.workbook.SheetReader;
import com.jixiao.workbook.SheetSchema;
import com.jixiao.workbook.TableRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The optional Holidays / 节假日 sheet: days off (休) and adjusted working days (班) that add to and
 * override the built-in calendar.
 */
final class HolidaysReader {
  private static final Field<LocalDate> DATE = Field.date("date");
  private static final Field<String> TYPE = Field.text("type");
  private static final List<String> DAY_OFF =
      List.of("holiday", "休", "假", "休息", "放假", "dayoff", "off");
  private static final List<String> WORKDAY =
      List.of("workday", "班", "上班", "调休上班", "adjustedworkday", "work");

  private HolidaysReader() {}

  static List<HolidayEntry> read(ReadContext ctx) {
    List<HolidayEntry> entries = new ArrayList<>();
    Optional<SheetReader> t = ctx.table(SheetSchema.HOLIDAYS);
    if (t.isEmpty()) {
      return entries;
    }
    SheetReader s = t.get();
    for (TableRow row : s.dataRows()) {
      s.startRow();
      LocalDate date = s.require(row, DATE);
      String type = s.require(row, TYPE);
      Boolean workday = null;
      if (type != null) {
        String n = Text.normalize(type);
        if (DAY_OFF.contains(n)) {
          workday = false;
        } else if (WORKDAY.contains(n)) {
          workday = true;
        } else {
          s.error(
              row,
              TYPE.key(),
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

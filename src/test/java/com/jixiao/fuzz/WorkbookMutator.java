package com.jixiao.fuzz;

import com.jixiao.workbook.MiniWorkbook;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Seeded random damage to a workbook's values (the fuzzer's, WorkbookFuzzTest): cell types, blanks,
 * huge and negative numbers, NaN-ish text, control characters, formula-like text, wrong, missing
 * and duplicated sheets, renamed, missing and duplicated headers, removed and repeated rows. The
 * same seed gives the same mutations, so a finding is replayed by its seed and case number.
 */
final class WorkbookMutator {
  private final Random random;
  private final List<String> done = new ArrayList<>();

  WorkbookMutator(long seed) {
    this.random = new Random(seed);
  }

  /** What was done, for the failure message. */
  List<String> done() {
    return done;
  }

  /** Applies one to three mutations to {@code w} (in place) and returns it. */
  MiniWorkbook mutate(MiniWorkbook w) {
    int count = 1 + random.nextInt(3);
    for (int i = 0; i < count; i++) {
      mutateOnce(w);
    }
    return w;
  }

  private void mutateOnce(MiniWorkbook w) {
    Map<String, List<List<Object>>> sheets = w.sheets();
    if (sheets.isEmpty()) {
      return;
    }
    List<String> names = new ArrayList<>(sheets.keySet());
    String sheet = names.get(random.nextInt(names.size()));
    List<List<Object>> rows = sheets.get(sheet);
    int kind = random.nextInt(100);
    if (kind < 55) {
      setCell(sheet, rows, value());
    } else if (kind < 65) {
      retypeCell(sheet, rows);
    } else if (kind < 70) {
      sheets.remove(sheet);
      done.add("remove sheet " + sheet);
    } else if (kind < 74) {
      String copy =
          List.of("Settings", "Agents", "Monthly", "SalaryLevels", "Quality", "Points")
              .get(random.nextInt(6));
      if (!sheets.containsKey(copy)) {
        sheets.put(copy, deepCopy(rows));
        done.add("copy sheet " + sheet + " as " + copy);
      }
    } else if (kind < 77) {
      String renamed = randomText(12);
      if (!renamed.isBlank() && !sheets.containsKey(renamed) && validSheetName(renamed)) {
        w.renameSheet(sheet, renamed);
        done.add("rename sheet " + sheet + " to " + quote(renamed));
      }
    } else if (kind < 85) {
      header(sheet, rows);
    } else if (kind < 90) {
      rowsChange(sheet, rows);
    } else if (kind < 93) {
      shiftMonths(sheets);
    } else {
      String name = "Extra" + random.nextInt(100);
      if (!sheets.containsKey(name)) {
        List<List<Object>> extra = new ArrayList<>();
        extra.add(new ArrayList<>(Arrays.asList("工号", "月份", value())));
        sheets.put(name, extra);
        done.add("add sheet " + name);
      }
    }
  }

  private void setCell(String sheet, List<List<Object>> rows, Object value) {
    int r = random.nextInt(rows.size());
    List<Object> row = rows.get(r);
    int width = Math.max(1, rows.get(0).size());
    int c = random.nextInt(width + 1);
    while (row.size() <= c) {
      row.add(null);
    }
    row.set(c, value);
    done.add("set " + sheet + " r" + (r + 1) + " c" + (c + 1) + " = " + describe(value));
  }

  private void retypeCell(String sheet, List<List<Object>> rows) {
    int r = random.nextInt(rows.size());
    List<Object> row = rows.get(r);
    if (row.isEmpty()) {
      return;
    }
    int c = random.nextInt(row.size());
    Object v = row.get(c);
    Object changed;
    if (v instanceof Number n) {
      changed = random.nextBoolean() ? n.toString() : "¥" + n;
    } else if (v instanceof String s) {
      changed = s.length() % 2 == 0 ? (Object) (double) s.length() : (Object) Boolean.TRUE;
    } else if (v instanceof LocalDate d) {
      changed = random.nextBoolean() ? d.toString() : (double) d.toEpochDay();
    } else {
      changed = 0.0;
    }
    row.set(c, changed);
    done.add("retype " + sheet + " r" + (r + 1) + " c" + (c + 1) + " to " + describe(changed));
  }

  private void header(String sheet, List<List<Object>> rows) {
    List<Object> header = rows.get(0);
    if (header.isEmpty()) {
      return;
    }
    int c = random.nextInt(header.size());
    switch (random.nextInt(3)) {
      case 0 -> {
        Object renamed =
            random.nextBoolean() ? randomText(8) : header.get(random.nextInt(header.size()));
        header.set(c, renamed);
        done.add("header " + sheet + " c" + (c + 1) + " = " + describe(renamed));
      }
      case 1 -> {
        for (List<Object> row : rows) {
          if (row.size() > c) {
            row.remove(c);
          }
        }
        done.add("remove column " + sheet + " c" + (c + 1));
      }
      default -> {
        rows.add(0, new ArrayList<>(List.of("标题 " + randomText(4))));
        done.add("title row above the header of " + sheet);
      }
    }
  }

  private void rowsChange(String sheet, List<List<Object>> rows) {
    int r = random.nextInt(rows.size());
    switch (random.nextInt(3)) {
      case 0 -> {
        if (rows.size() > 1) {
          rows.remove(r);
          done.add("remove row " + sheet + " r" + (r + 1));
        }
      }
      case 1 -> {
        rows.add(new ArrayList<>(rows.get(r)));
        done.add("repeat row " + sheet + " r" + (r + 1));
      }
      default -> {
        for (int i = 0; i < 3; i++) {
          rows.add(r, new ArrayList<>());
        }
        done.add("blank rows in " + sheet + " at r" + (r + 1));
      }
    }
  }

  /** Moves the period and its history to other months, the extremes included. */
  private void shiftMonths(Map<String, List<List<Object>>> sheets) {
    List<String> to = List.of("9998-12", "9999-12", "1900-01", "1899-12", "2024-02", "2026年13月");
    String period = to.get(random.nextInt(to.size()));
    String previous = to.get(random.nextInt(to.size()));
    for (List<List<Object>> rows : sheets.values()) {
      for (List<Object> row : rows) {
        row.replaceAll(v -> "2026-09".equals(v) ? period : "2026-08".equals(v) ? previous : v);
      }
    }
    done.add("months 2026-09 → " + period + ", 2026-08 → " + previous);
  }

  /** A value a cell might hold, weighted toward the troublesome. */
  Object value() {
    return switch (random.nextInt(22)) {
      case 0 -> null;
      case 1 -> "";
      case 2 -> 1e308;
      case 3 -> -1e308;
      case 4 -> Double.MIN_VALUE;
      case 5 -> -(double) random.nextInt(1000);
      case 6 ->
          List.of("NaN", "Infinity", "-Infinity", "1e999999999", "-0", "0x10", "1_000")
              .get(random.nextInt(7));
      case 7 -> Double.NaN; // POI writes #NUM!
      case 8 -> Double.POSITIVE_INFINITY; // POI writes #DIV/0!
      case 9 -> random.nextDouble() * Math.pow(10, random.nextInt(20));
      case 10 -> (double) random.nextInt(5);
      case 11 ->
          List.of("=1+1", "+A1", "-A1", "@SUM(A1)", "=HYPERLINK(\"x\")").get(random.nextInt(5));
      case 12 -> randomText(1 + random.nextInt(30));
      case 13 -> "x".repeat(1000 + random.nextInt(4000));
      case 14 ->
          LocalDate.of(1900 + random.nextInt(8100), 1 + random.nextInt(12), 1 + random.nextInt(28));
      case 15 ->
          List.of("2026/13/45", "2026年9月", "2026-09", "2026年9月1日", "9月", "0000-00")
              .get(random.nextInt(6));
      case 16 ->
          List.of("50%", "150%", "-5%", "%", "¥", "¥1,234.50", "1,2,3", "１２３", "1.2.3")
              .get(random.nextInt(9));
      case 17 -> random.nextBoolean();
      case 18 -> List.of("KF001", "KF002", "KF999", " KF001 ", "kf001").get(random.nextInt(5));
      case 19 ->
          List.of("售前", "售后", "组长", "经理", "在职", "离职", "zh", "en", "fr").get(random.nextInt(9));
      case 20 -> (double) (long) (random.nextGaussian() * 1e6);
      default -> "\u0000\u0001\u0007\u001b\u007f\u200b\uFEFF" + randomText(3);
    };
  }

  /** Random text mixing ASCII, CJK, control characters and a surrogate pair. */
  private String randomText(int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      int k = random.nextInt(10);
      if (k < 4) {
        b.append((char) (0x20 + random.nextInt(0x5F)));
      } else if (k < 7) {
        b.append((char) (0x4E00 + random.nextInt(0x5000)));
      } else if (k < 8) {
        b.append((char) random.nextInt(0x20));
      } else if (k < 9) {
        b.appendCodePoint(0x1F600 + random.nextInt(0x40));
      } else {
        b.append(" \t\n\u3000\u00a0".charAt(random.nextInt(5)));
      }
    }
    return b.toString();
  }

  private static boolean validSheetName(String name) {
    return name.length() <= 31
        && name.chars().noneMatch(ch -> ch < 0x20 || "\\/?*[]:'".indexOf(ch) >= 0)
        && !Character.isSurrogate(name.charAt(name.length() - 1));
  }

  private static List<List<Object>> deepCopy(List<List<Object>> rows) {
    List<List<Object>> copy = new ArrayList<>();
    rows.forEach(r -> copy.add(new ArrayList<>(r)));
    return copy;
  }

  private static String describe(Object v) {
    if (v == null) {
      return "blank";
    }
    String s = v instanceof String t ? quote(t) : v + " (" + v.getClass().getSimpleName() + ")";
    return s.length() > 60 ? s.substring(0, 60) + "…(" + s.length() + ")" : s;
  }

  private static String quote(String s) {
    StringBuilder b = new StringBuilder("\"");
    s.codePoints()
        .forEach(
            cp ->
                b.append(
                    cp < 0x20 || cp == 0x7f
                        ? String.format("\\u%04x", cp)
                        : Character.toString(cp)));
    return b.append('"').toString();
  }
}

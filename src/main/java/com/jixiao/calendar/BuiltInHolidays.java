package com.jixiao.calendar;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The official mainland-China arrangement (State Council notices), read from {@code
 * cn-holidays.csv} beside this class: one row per date, and a {@code # covers:} line naming the
 * years the file is complete for. See the README beside the file for its sources.
 */
public final class BuiltInHolidays {
  static final String RESOURCE = "cn-holidays.csv";
  private static final String COVERS = "# covers:";

  private final SortedSet<Integer> years;
  private final List<HolidayDay> days;

  private BuiltInHolidays(SortedSet<Integer> years, List<HolidayDay> days) {
    this.years = Collections.unmodifiableSortedSet(new TreeSet<>(years));
    this.days = List.copyOf(days);
  }

  /** The arrangement shipped with jixiao, read once. */
  public static BuiltInHolidays china() {
    return Shipped.CHINA;
  }

  /** No built-in days at all: every year falls back to weekends unless overridden. */
  public static BuiltInHolidays none() {
    return new BuiltInHolidays(new TreeSet<>(), List.of());
  }

  /** The years whose arrangement is complete in this data. */
  public SortedSet<Integer> years() {
    return years;
  }

  public List<HolidayDay> days() {
    return days;
  }

  /**
   * Reads the CSV format: {@code date,type,name_zh,name_en} with type {@code holiday} or {@code
   * adjusted_workday}; lines starting with '#' are comments. A malformed line is a bug in the
   * shipped data and fails loudly, naming the line.
   */
  public static BuiltInHolidays parse(List<String> lines, String source) {
    SortedSet<Integer> years = new TreeSet<>();
    List<HolidayDay> days = new ArrayList<>();
    boolean headerSeen = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith(COVERS)) {
        for (String year : line.substring(COVERS.length()).split(",")) {
          years.add(Integer.parseInt(year.strip()));
        }
      } else if (line.isEmpty() || line.startsWith("#")) {
        continue;
      } else if (!headerSeen) {
        headerSeen = true;
      } else {
        days.add(parseRow(line, source + " line " + (i + 1)));
      }
    }
    for (HolidayDay day : days) {
      if (!years.contains(day.date().getYear())) {
        throw new IllegalStateException(
            source + ": " + day.date() + " is outside the covered years " + years);
      }
    }
    return new BuiltInHolidays(years, days);
  }

  private static HolidayDay parseRow(String line, String where) {
    String[] cells = line.split(",", -1);
    if (cells.length != 4) {
      throw new IllegalStateException(where + ": expected date,type,name_zh,name_en: " + line);
    }
    LocalDate date;
    try {
      date = LocalDate.parse(cells[0].strip());
    } catch (DateTimeParseException e) {
      throw new IllegalStateException(where + ": not a date: " + cells[0], e);
    }
    boolean workday =
        switch (cells[1].strip()) {
          case "holiday" -> false;
          case "adjusted_workday" -> true;
          default -> throw new IllegalStateException(where + ": unknown type: " + cells[1]);
        };
    return new HolidayDay(date, workday, cells[2].strip(), cells[3].strip());
  }

  private static BuiltInHolidays load() {
    InputStream in = BuiltInHolidays.class.getResourceAsStream(RESOURCE);
    if (in == null) {
      throw new IllegalStateException("the built-in calendar " + RESOURCE + " is missing");
    }
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      return parse(reader.lines().toList(), RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException("reading the built-in calendar " + RESOURCE, e);
    }
  }

  /** Holder: the shipped data is read on first use, and is immutable. */
  private static final class Shipped {
    static final BuiltInHolidays CHINA = load();
  }
}

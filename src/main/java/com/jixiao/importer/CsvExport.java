package com.jixiao.importer;

import com.jixiao.model.Text;
import com.jixiao.workbook.RawValue;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the text of a CSV export into rows with Apache Commons CSV, which handles what hand-written
 * splitting gets wrong: numbers quoted because of their thousands separators ("1,234"), doubled
 * quotes, line breaks inside a quoted cell, CR LF or LF line ends. The separator is a comma, a tab
 * (Excel's "Unicode text" and some back offices write tab-separated files named .csv) or a
 * semicolon: Excel's {@code sep=} first line if there is one, otherwise the one found outside
 * quotes on most of the first lines (the title row above the header has none, every table row has
 * it). Every line is a row, blank ones too, so row numbers are the ones Excel shows.
 */
final class CsvExport {
  private static final int SNIFF_LINES = 50;
  private static final char[] SEPARATORS = {',', '\t', ';'};

  /** The rows, or where the file stopped being CSV. */
  record Parsed(List<ExportRow> rows, long badLine) {
    boolean ok() {
      return badLine < 0;
    }
  }

  private CsvExport() {}

  static Parsed parse(String text) {
    List<ExportRow> rows = new ArrayList<>();
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setDelimiter(separator(text)).setIgnoreEmptyLines(false).get();
    try (CSVParser parser =
        CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
      try {
        for (CSVRecord record : parser) {
          rows.add(new ExportRow(rows.size() + 1, cells(record)));
        }
      } catch (UncheckedIOException | IllegalStateException malformed) {
        return new Parsed(rows, rows.size() + 1L);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("reading CSV text from memory", e);
    }
    return new Parsed(rows, -1);
  }

  /** Excel's {@code sep=;} first line names it (and stays a row of its own), else sniffed. */
  private static char separator(String text) {
    String first = text.lines().findFirst().orElse("").strip();
    if (first.length() == 5 && first.toLowerCase(Locale.ROOT).startsWith("sep=")) {
      return first.charAt(4);
    }
    return sniff(text);
  }

  private static List<RawValue> cells(CSVRecord record) {
    List<RawValue> cells = new ArrayList<>(record.size());
    for (String value : record) {
      cells.add(cell(value));
    }
    return cells;
  }

  /** A cell's text; Excel's {@code ="0012"} (text kept as written) is its inner text. */
  static RawValue cell(String value) {
    String v = Text.trim(value);
    if (v.length() >= 3 && v.startsWith("=\"") && v.endsWith("\"")) {
      v = Text.trim(v.substring(2, v.length() - 1));
    }
    return v.isEmpty() ? RawValue.BLANK : new RawValue.Str(v);
  }

  /** The separator found outside quotes on most of the first lines; a comma on a tie. */
  static char sniff(String text) {
    int[] lines = new int[SEPARATORS.length];
    text.lines()
        .limit(SNIFF_LINES)
        .forEach(
            line -> {
              for (int i = 0; i < SEPARATORS.length; i++) {
                if (outsideQuotes(line, SEPARATORS[i])) {
                  lines[i]++;
                }
              }
            });
    int best = 0;
    for (int i = 1; i < SEPARATORS.length; i++) {
      if (lines[i] > lines[best]) {
        best = i;
      }
    }
    return SEPARATORS[best];
  }

  private static boolean outsideQuotes(String line, char separator) {
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == separator && !quoted) {
        return true;
      }
    }
    return false;
  }
}

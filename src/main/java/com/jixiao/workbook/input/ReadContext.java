package com.jixiao.workbook.input;

import com.jixiao.assess.Alert;
import com.jixiao.i18n.Message;
import com.jixiao.model.Language;
import com.jixiao.workbook.DamagedXml;
import com.jixiao.workbook.Problems;
import com.jixiao.workbook.SheetReader;
import com.jixiao.workbook.SheetSchema;
import com.jixiao.workbook.SheetTable;
import com.jixiao.workbook.TableRow;
import com.jixiao.workbook.XlsxSource;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the sheet readers of one workbook share: the open file, where each sheet of the standard
 * workbook is, the problems and alerts found so far, the language problems are reported in, and the
 * agent IDs the Agents sheet lists.
 */
final class ReadContext {
  private final XlsxSource source;
  private final Problems problems;
  private final List<Alert> alerts = new ArrayList<>();
  private final Map<SheetSchema, String> sheets = new EnumMap<>(SheetSchema.class);
  private final Map<SheetSchema, Optional<SheetTable>> tables = new EnumMap<>(SheetSchema.class);
  private final Set<String> knownIds = new HashSet<>();
  private Language language = Language.ZH;

  ReadContext(XlsxSource source, Problems problems) {
    this.source = source;
    this.problems = problems;
  }

  Problems problems() {
    return problems;
  }

  List<Alert> alerts() {
    return alerts;
  }

  Language language() {
    return language;
  }

  /** The language Settings asks for; problems from here on are reported in it. */
  void language(Language chosen) {
    language = chosen;
  }

  /** The workbook's name of a standard sheet, if the workbook has it. */
  Optional<String> sheetName(SheetSchema schema) {
    return Optional.ofNullable(sheets.get(schema));
  }

  /**
   * Finds the standard sheets by name (either language), passing over the sheets jixiao wrote in an
   * earlier run; a sheet named twice and a required sheet missing are problems. Until Settings says
   * otherwise, problems are reported in the language the sheets are named in.
   */
  void findSheets() {
    findSheets(true);
  }

  /** As {@link #findSheets()}; {@code requireAll} false: a required sheet may be missing. */
  void findSheets(boolean requireAll) {
    for (String sheet : source.sheetNames()) {
      if (source.outputSheets().containsKey(sheet)) {
        continue; // results of an earlier run in a filled workbook, never input
      }
      for (SheetSchema schema : SheetSchema.values()) {
        if (schema.matches(sheet)) {
          String first = sheets.putIfAbsent(schema, sheet);
          if (first != null) {
            problems.sheet(
                sheet,
                schema.ordinal(),
                Message.of("error.sheet.duplicate", first, sheet),
                Message.of("hint.sheet.duplicate"));
          }
        }
      }
    }
    String named = sheets.getOrDefault(SheetSchema.SETTINGS, sheets.get(SheetSchema.MONTHLY));
    if (named != null && named.chars().allMatch(c -> c < 0x80)) {
      language = Language.EN;
    }
    for (SheetSchema schema : SheetSchema.values()) {
      if (requireAll && schema.required() && !sheets.containsKey(schema)) {
        problems.sheet(
            schema.name(language),
            schema.ordinal(),
            Message.of("error.sheet.missing", schema.zh(), schema.en()),
            Message.of("hint.sheet.missing", schema.name(language)));
      }
    }
  }

  /** A small sheet read whole, with its columns found; empty if the workbook does not have it. */
  Optional<SheetReader> table(SheetSchema schema) {
    return load(schema).map(t -> new SheetReader(t, schema, problems, language));
  }

  /** The sheet's rows, read once with only the columns the schema knows. */
  Optional<SheetTable> load(SheetSchema schema) {
    return tables.computeIfAbsent(
        schema,
        s -> {
          String name = sheets.get(s);
          if (name == null) {
            return Optional.empty();
          }
          try {
            return Optional.of(source.read(name, s));
          } catch (IOException e) {
            reportUnreadable(s, name, e);
            return Optional.empty();
          }
        });
  }

  /**
   * Reads a table sheet row by row as it is parsed, keeping none of its rows: for the sheets that
   * grow with the team (Monthly, Quality, Points), which can have hundreds of thousands. Empty if
   * the sheet is absent or its header cannot be read (then reported). Each reader pulls the rows in
   * a loop of its own ({@link StreamedSheet#next}).
   */
  Optional<StreamedSheet> rows(SheetSchema schema) {
    String name = sheets.get(schema);
    if (name == null) {
      return Optional.empty();
    }
    XlsxSource.SheetRows rows = null;
    try {
      rows = source.rows(name, schema);
      SheetReader reader =
          new SheetReader(
              new SheetTable(name, rows.header(), List.of()), schema, problems, language);
      return Optional.of(new StreamedSheet(schema, reader, rows));
    } catch (IOException e) {
      reportUnreadable(schema, name, e);
      close(rows);
      return Optional.empty();
    }
  }

  /**
   * A streamed sheet: the reader of its columns, and its data rows (rows with anything in a known
   * column) one by one. A sheet that turns out unreadable halfway is reported and ends there.
   */
  final class StreamedSheet implements AutoCloseable {
    private final SheetSchema schema;
    private final SheetReader reader;
    private final XlsxSource.SheetRows rows;

    private StreamedSheet(SheetSchema schema, SheetReader reader, XlsxSource.SheetRows rows) {
      this.schema = schema;
      this.reader = reader;
      this.rows = rows;
    }

    SheetReader reader() {
      return reader;
    }

    /** The next data row, or null after the last (or when the rest cannot be read). */
    TableRow next() {
      try {
        for (TableRow row = rows.next(); row != null; row = rows.next()) {
          if (reader.isDataRow(row)) {
            return row;
          }
        }
      } catch (IOException e) {
        reportUnreadable(schema, reader.name(), e);
      }
      return null;
    }

    @Override
    public void close() {
      ReadContext.close(rows);
    }
  }

  private static void close(XlsxSource.SheetRows rows) {
    if (rows == null) {
      return;
    }
    try {
      rows.close();
    } catch (IOException e) {
      // a zip entry opened for reading holds nothing that closing could lose
    }
  }

  private void reportUnreadable(SheetSchema schema, String name, IOException e) {
    if (source.damaged()) {
      return; // the file's damage, reported alone (WorkbookReader)
    }
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof DamagedXml damage) {
        problems.sheet(
            name,
            schema.ordinal(),
            Message.of("error.sheet.damaged", name, damage.reason()),
            Message.of("hint.file.unusual"));
        return;
      }
    }
    boolean bomb = XlsxSource.isZipBomb(e);
    problems.sheet(
        name,
        schema.ordinal(),
        bomb
            ? Message.of("error.sheet.zip_bomb", name)
            : Message.of("error.sheet.corrupt", name, XlsxSource.describe(e)),
        Message.of(bomb ? "hint.file.zip_bomb" : "hint.file.corrupt"));
  }

  /** Remembers an agent ID the Agents sheet lists (even on a row with other errors). */
  void knowAgent(String id) {
    knownIds.add(id);
  }

  /** Whether the Agents sheet lists the id (even on a row with other errors). */
  boolean isKnownAgent(String id) {
    return knownIds.contains(id);
  }

  /** Unknown unless the Agents sheet lists the id (even on a row with other errors). */
  void checkKnownAgent(SheetReader s, TableRow row, String id) {
    if (id != null && sheets.containsKey(SheetSchema.AGENTS) && !knownIds.contains(id)) {
      s.error(
          row,
          "agent_id",
          Message.of("error.monthly.unknown_agent", id),
          Message.of("hint.monthly.unknown_agent"));
    }
  }
}

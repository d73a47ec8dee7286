package com.jixiao.importer;

import com.jixiao.i18n.Message;
import com.jixiao.importer.ImportOutcome.AgentFigures;
import com.jixiao.importer.ImportOutcome.AgentLink;
import com.jixiao.importer.ImportOutcome.TableReport;
import com.jixiao.workbook.Problems;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns export files that have been read into one month's figures per agent (docs/import.md): finds
 * each table's header and columns, reads its rows, matches every agent, and combines all rows of an
 * agent-month. Files, cells and agents that cannot be used become problems with their file, row and
 * column; what was skipped or left for the manager becomes a notice. Pure: no files, no workbook.
 */
public final class MonthImport {
  private static final Pattern TITLE_MONTH =
      Pattern.compile("(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})(?!\\d)");
  private static final Pattern EXPORT_TIME =
      Pattern.compile("导出|下载|生成|打印|export|download|generated", Pattern.CASE_INSENSITIVE);

  private final HeaderAliases aliases;
  private final ImportMap map;
  private final AgentMatcher matcher;
  private final List<RosterAgent> roster;
  private final YearMonth month;
  private final Problems problems;
  private final List<Message> notices = new ArrayList<>();

  private MonthImport(
      HeaderAliases aliases,
      ImportMap map,
      List<RosterAgent> roster,
      YearMonth month,
      Problems problems) {
    this.aliases = aliases;
    this.map = map;
    this.roster = List.copyOf(roster);
    this.matcher = new AgentMatcher(roster);
    this.month = month;
    this.problems = problems;
  }

  /** Imports {@code files} for {@code month}; problems are added to {@code problems}. */
  public static ImportOutcome run(
      List<ExportFile> files,
      List<RosterAgent> roster,
      ImportMap map,
      YearMonth month,
      Problems problems) {
    return new MonthImport(HeaderAliases.builtIn(), map, roster, month, problems).run(files);
  }

  private ImportOutcome run(List<ExportFile> files) {
    List<TableReport> tables = new ArrayList<>();
    List<ExportRecord> records = new ArrayList<>();
    Map<String, ExportFile> byDigest = new HashMap<>();
    for (ExportFile file : files) {
      ExportFile same = byDigest.putIfAbsent(file.digest(), file);
      if (same != null) {
        problems.sheet(
            file.name(),
            file.order(),
            Message.of("import.file.twice", file.name(), same.name()),
            Message.of("import.hint.file.twice"));
        continue;
      }
      readTables(file, tables, records);
    }
    checkSameDayTwice(records);
    Map<String, AgentMonthFigures> byAgent = new LinkedHashMap<>();
    roster.forEach(a -> byAgent.put(a.id(), new AgentMonthFigures(a.id() + " " + a.name())));
    List<AgentLink> links = match(records, byAgent);
    List<AgentFigures> figures = new ArrayList<>();
    List<String> withoutFigures = new ArrayList<>();
    List<AgentMonthFigures.NotCombined> notCombined = new ArrayList<>();
    byAgent.forEach(
        (id, f) -> {
          if (f.rows() > 0) {
            figures.add(new AgentFigures(id, f.combine(notCombined), f.rows()));
          } else if (roster.stream().anyMatch(a -> a.id().equals(id) && a.active())) {
            withoutFigures.add(id);
          }
        });
    noticeNotCombined(notCombined);
    if (!figures.isEmpty() && !withoutFigures.isEmpty()) {
      notices.add(
          Message.of("import.notice.agents_without_figures", String.join(", ", withoutFigures)));
    }
    return new ImportOutcome(month, tables, figures, links, notices);
  }

  /** One notice per rate or average that could not be combined, naming its agents. */
  private void noticeNotCombined(List<AgentMonthFigures.NotCombined> notCombined) {
    Map<ImportField, List<AgentMonthFigures.NotCombined>> byField =
        new EnumMap<>(ImportField.class);
    notCombined.forEach(n -> byField.computeIfAbsent(n.field(), k -> new ArrayList<>()).add(n));
    byField.forEach(
        (f, list) -> {
          String agents =
              String.join(", ", list.stream().map(n -> n.agent() + " (" + n.rows() + ")").toList());
          notices.add(
              f.numerator().isPresent()
                  ? Message.of(
                      "import.notice.rate_not_combined",
                      ImportField.label(f),
                      agents,
                      ImportField.label(f.numerator().get()),
                      ImportField.label(f.denominator().orElseThrow()))
                  : Message.of("import.notice.average_not_combined", ImportField.label(f), agents));
        });
  }

  /** A CSV's one table; an .xlsx's first sheet with a header (others noted, never added twice). */
  private void readTables(ExportFile file, List<TableReport> tables, List<ExportRecord> records) {
    boolean read = false;
    for (ExportSheet sheet : file.sheets()) {
      Optional<ColumnPlan> plan = ColumnPlan.find(sheet, aliases, map);
      if (plan.isEmpty()) {
        continue;
      }
      if (read) {
        notices.add(
            Message.of("import.notice.sheet_not_read", sheet.source().label(), file.name()));
        continue;
      }
      read = true;
      ExportRows.SheetRows rows = ExportRows.read(sheet, plan.get(), month, problems);
      records.addAll(rows.records());
      tables.add(
          new TableReport(
              sheet.source(),
              file.format(),
              plan.get(),
              rows.records().size(),
              rows.totals(),
              rows.repeatedHeaders(),
              rows.withoutFigures(),
              rows.otherMonths()));
      if (rows.records().isEmpty()) {
        notices.add(Message.of("import.notice.no_rows", sheet.source().label(), month.toString()));
      }
      if (plan.get().columnOf(ImportField.DATE).isEmpty()) {
        checkTitle(sheet.source(), rows.titles());
      }
    }
    if (!read) {
      String where = file.sheets().isEmpty() ? file.name() : file.sheets().get(0).source().label();
      problems.sheet(
          where,
          file.order(),
          Message.of("import.no_header", file.name(), ColumnPlan.HEADER_WINDOW),
          Message.of("import.hint.no_header"));
    }
  }

  /**
   * A table without a date column is taken to be of the month imported; if its title names other
   * months only ("2026年8月 客服绩效"), that is worth a look. Export times ("导出时间") are not the table's
   * month and are passed over.
   */
  private void checkTitle(ExportSource source, List<String> titles) {
    List<YearMonth> named = new ArrayList<>();
    for (String title : titles) {
      if (EXPORT_TIME.matcher(title).find()) {
        continue;
      }
      Matcher m = TITLE_MONTH.matcher(title);
      while (m.find()) {
        int mo = Integer.parseInt(m.group(2));
        if (mo >= 1 && mo <= 12) {
          named.add(YearMonth.of(Integer.parseInt(m.group(1)), mo));
        }
      }
    }
    if (!named.isEmpty() && !named.contains(month)) {
      notices.add(
          Message.of(
              "import.notice.title_month",
              source.label(),
              named.get(0).toString(),
              month.toString()));
    }
  }

  /** The same agent name on the same day in two rows would count that day twice. */
  private void checkSameDayTwice(List<ExportRecord> records) {
    Map<String, ExportRecord> seen = new HashMap<>();
    for (ExportRecord r : records) {
      Optional<LocalDate> day = r.date().flatMap(ExportValues.RowDate::day);
      if (day.isEmpty()) {
        continue;
      }
      String key = AgentMatcher.key(r.agent()) + "\u0000" + day.get();
      ExportRecord first = seen.putIfAbsent(key, r);
      if (first != null) {
        problems.cell(
            r.source().label(),
            r.source().order(),
            r.row() - 1,
            r.agentColumn(),
            Message.of(
                "import.row.same_day",
                r.agent(),
                day.get().toString(),
                first.source().label(),
                first.row()),
            Message.of("import.hint.same_day"));
      }
    }
  }

  /**
   * Matches every distinct agent name once; a name that matches no agent or several is one problem,
   * at its first row, saying how many rows carry it and who it could be.
   */
  private List<AgentLink> match(
      List<ExportRecord> records, Map<String, AgentMonthFigures> byAgent) {
    Map<String, List<ExportRecord>> byText = new LinkedHashMap<>();
    records.forEach(
        r -> byText.computeIfAbsent(AgentMatcher.key(r.agent()), k -> new ArrayList<>()).add(r));
    List<AgentLink> links = new ArrayList<>();
    byText.forEach(
        (key, rows) -> {
          ExportRecord first = rows.get(0);
          AgentMatcher.Match m = matcher.match(first.agent());
          if (m instanceof AgentMatcher.Found found) {
            rows.forEach(byAgent.get(found.agentId())::add);
            links.add(new AgentLink(first.agent(), found.agentId(), found.how(), rows.size()));
          } else if (m instanceof AgentMatcher.Several several) {
            problems.cell(
                first.source().label(),
                first.source().order(),
                first.row() - 1,
                first.agentColumn(),
                Message.of(
                    "import.agent.several",
                    first.agent(),
                    rows.size(),
                    describe(several.candidates())),
                Message.of("import.hint.agent.several"));
          } else if (m instanceof AgentMatcher.NotFound none) {
            problems.cell(
                first.source().label(),
                first.source().order(),
                first.row() - 1,
                first.agentColumn(),
                none.lookAlike().isEmpty()
                    ? Message.of("import.agent.none", first.agent(), rows.size())
                    : Message.of(
                        "import.agent.none_but",
                        first.agent(),
                        rows.size(),
                        describe(none.lookAlike())),
                Message.of("import.hint.agent.none"));
          }
        });
    return links;
  }

  /** "KF001 王丽, KF006 周杰". */
  private String describe(List<String> ids) {
    List<String> out = new ArrayList<>();
    for (String id : ids) {
      roster.stream()
          .filter(a -> a.id().equals(id))
          .findFirst()
          .ifPresent(a -> out.add(a.id() + " " + a.name()));
    }
    return String.join(", ", out);
  }
}

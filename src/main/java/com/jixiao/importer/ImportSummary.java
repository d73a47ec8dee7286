package com.jixiao.importer;

import com.jixiao.i18n.Message;
import com.jixiao.i18n.Messages;
import com.jixiao.importer.ColumnPlan.ColumnUse;
import com.jixiao.importer.ImportOutcome.AgentLink;
import com.jixiao.importer.ImportOutcome.TableReport;
import com.jixiao.importer.MonthlySheetEdit.Gap;
import com.jixiao.model.Language;
import com.jixiao.model.ValueType;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.util.CellReference;

/**
 * What an import did, in the workbook's language, twice: as the lines of the Import / 导入说明 sheet
 * written into the new workbook (every file read, every column and what it went to or why it was
 * not imported, every agent name and who it matched, the notices, and the Monthly columns still
 * blank in the month's rows, ratings first), and as the shorter text printed on the console.
 */
public final class ImportSummary {
  /** One line of the notes sheet: its section, what it is about, and what it says. */
  public record Line(String section, String subject, String text) {}

  private final ImportOutcome outcome;
  private final MonthlySheetEdit.Result edit;
  private final Messages messages;
  private final Language language;
  private final String sheetName;

  /** The summary of an import whose notes go to the sheet {@code sheetName}. */
  public ImportSummary(
      ImportOutcome outcome, MonthlySheetEdit.Result edit, Messages messages, String sheetName) {
    this.outcome = outcome;
    this.edit = edit;
    this.messages = messages;
    this.language = messages.language();
    this.sheetName = sheetName;
  }

  // ---- the notes sheet ----

  public List<Line> lines() {
    List<Line> lines = new ArrayList<>();
    String summary = text("import.notes.section.summary");
    lines.add(new Line(summary, text("import.notes.month"), outcome.month().toString()));
    for (TableReport t : outcome.tables()) {
      lines.add(new Line(summary, t.source().label(), tableText(t)));
    }
    lines.add(new Line(summary, text("import.notes.monthly"), monthlyText()));
    String columns = text("import.notes.section.columns");
    for (TableReport t : outcome.tables()) {
      for (ColumnUse c : t.plan().columns()) {
        lines.add(new Line(columns, t.source().label() + " " + columnName(c), columnText(c, t)));
      }
    }
    String agents = text("import.notes.section.agents");
    for (AgentLink l : outcome.links()) {
      lines.add(new Line(agents, l.text(), linkText(l)));
    }
    String notices = text("import.notes.section.notices");
    for (Message n : outcome.notices()) {
      lines.add(new Line(notices, "", messages.format(n)));
    }
    String toFill = text("import.notes.section.to_fill");
    if (edit.gaps().isEmpty()) {
      lines.add(
          new Line(toFill, "", text("import.notes.none_to_fill", outcome.month().toString())));
    }
    for (Gap g : edit.gaps()) {
      lines.add(new Line(toFill, g.metric().label(language), gapText(g)));
    }
    return lines;
  }

  private String tableText(TableReport t) {
    List<String> parts = new ArrayList<>();
    parts.add(text("import.notes.table", t.format(), t.plan().headerNumber(), t.records()));
    if (t.totals() > 0) {
      parts.add(text("import.notes.skipped.totals", t.totals()));
    }
    if (t.repeatedHeaders() > 0) {
      parts.add(text("import.notes.skipped.repeated", t.repeatedHeaders()));
    }
    if (t.withoutFigures() > 0) {
      parts.add(text("import.notes.skipped.empty", t.withoutFigures()));
    }
    for (Map.Entry<YearMonth, Integer> m : t.otherMonths().entrySet()) {
      parts.add(text("import.notes.skipped.other_month", m.getKey().toString(), m.getValue()));
    }
    return String.join(text("import.notes.separator"), parts);
  }

  private String monthlyText() {
    String s = text("import.notes.monthly.rows", edit.updated().size(), edit.appended().size());
    if (!edit.appended().isEmpty()) {
      s +=
          text("import.notes.separator")
              + text("import.notes.monthly.appended", String.join(", ", edit.appended()));
    }
    if (!edit.columnsAdded().isEmpty()) {
      List<String> labels = edit.columnsAdded().stream().map(m -> m.label(language)).toList();
      s +=
          text("import.notes.separator")
              + text("import.notes.monthly.columns", String.join(", ", labels));
    }
    return s;
  }

  /** "B 咨询人数": the column's letter and header. */
  private static String columnName(ColumnUse c) {
    return CellReference.convertNumToColString(c.column()) + " " + c.header();
  }

  private String columnText(ColumnUse c, TableReport t) {
    if (c.used()) {
      ImportField f = c.field().orElseThrow();
      return text("import.notes.column.used", messages.format(ImportField.label(f)), f.key());
    }
    return switch (c.skip().orElseThrow()) {
      case SHADOWED -> {
        Optional<ColumnUse> by =
            t.plan().columns().stream().filter(u -> u.column() == c.shadowedBy()).findFirst();
        yield text(
            "import.notes.column.shadowed",
            by.map(ColumnUse::header).orElse(""),
            messages.format(ImportField.label(c.field().orElseThrow())));
      }
      case DERIVED -> text("import.notes.column.derived");
      case UNUSED -> text("import.notes.column.unused");
      case MAPPED_IGNORE -> text("import.notes.column.mapped_ignore");
      case UNKNOWN -> text("import.notes.column.unknown");
    };
  }

  private String linkText(AgentLink l) {
    return text("import.notes.agent", l.agentId(), text("import.how." + l.how().name()), l.rows());
  }

  private String gapText(Gap g) {
    String agents = String.join(", ", g.agents());
    ValueType type = g.metric().type();
    String key =
        type.isLevel()
            ? "import.notes.gap.level"
            : type.blankIsZero() ? "import.notes.gap.count" : "import.notes.gap.other";
    return text(key, agents, g.agents().size());
  }

  // ---- the console ----

  /** The console text: each table and its columns, agents, notices, what is left to fill. */
  public List<String> consoleLines(String written) {
    List<String> out = new ArrayList<>();
    out.add(
        text(
            "import.console.done",
            outcome.month().toString(),
            outcome.tables().size(),
            outcome.figures().size(),
            written));
    out.add("  " + monthlyText());
    for (TableReport t : outcome.tables()) {
      out.add(t.source().label() + "  " + tableText(t));
      List<String> ignored = new ArrayList<>();
      for (ColumnUse c : t.plan().columns()) {
        if (c.used()) {
          out.add("  " + columnName(c) + " " + columnText(c, t));
        } else {
          ignored.add(c.header());
        }
      }
      if (!ignored.isEmpty()) {
        out.add("  " + text("import.console.ignored", String.join(", ", ignored)));
      }
    }
    for (Message n : outcome.notices()) {
      out.add(text("import.console.notice", messages.format(n)));
    }
    if (!edit.gaps().isEmpty()) {
      out.add(text("import.console.to_fill", sheetName));
      for (Gap g : edit.gaps()) {
        out.add("  " + g.metric().label(language) + text("import.notes.separator") + gapText(g));
      }
    }
    out.add(text("import.console.next", written));
    return out;
  }

  private String text(String key, Object... args) {
    return messages.format(key, args);
  }
}

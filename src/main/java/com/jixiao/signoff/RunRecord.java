package com.jixiao.signoff;

import com.jixiao.files.Digest;
import com.jixiao.model.Language;
import com.jixiao.report.Revision;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What one run's results were made from, written beside them as {@value #FILE}: the program, the
 * period, store and language, the version of the month's results, the day the run counted as today
 * (only when the workbook has a Confirmations sheet: nothing else depends on it), the input
 * workbook and the rules and templates in effect (each by SHA-256), the earlier version it was
 * compared with, the reason a final month was reopened, and the agents whose results changed.
 *
 * <p>The {@link #fingerprint()} is the SHA-256 of every line above the {@code fingerprint:} line.
 * It is known before any output is written, so the Summary sheet and every PDF footer can show it,
 * and {@code finalize} never has to change a file it hashes: the same inputs give the same outputs
 * byte for byte, so the fingerprint stands for the outputs too.
 */
public record RunRecord(
    String program,
    YearMonth period,
    String store,
    Language language,
    int version,
    Optional<LocalDate> asOf,
    String input,
    String inputSha256,
    String rulesSha256,
    List<NamedHash> templates,
    Optional<Revision.Earlier> previous,
    Optional<String> reopened,
    String filled,
    List<String> changed) {

  public static final String FILE = "run-record.txt";

  public RunRecord {
    templates = List.copyOf(templates);
    changed = List.copyOf(changed);
  }

  /** A file by name and SHA-256. */
  public record NamedHash(String name, String sha256) {}

  /** The lines the fingerprint covers, in order. */
  List<String> body() {
    List<String> lines = new ArrayList<>();
    lines.add(RecordText.line("program", program));
    lines.add(RecordText.line("period", period.toString()));
    lines.add(RecordText.line("store", store));
    lines.add(RecordText.line("language", language.name().toLowerCase(Locale.ROOT)));
    lines.add(RecordText.line("version", String.valueOf(version)));
    asOf.ifPresent(d -> lines.add(RecordText.line("as_of", d.toString())));
    lines.add(RecordText.line("input", input));
    lines.add(RecordText.line("input_sha256", inputSha256));
    lines.add(RecordText.line("rules_sha256", rulesSha256));
    for (NamedHash t : templates) {
      lines.add(RecordText.line("template", t.sha256() + " " + t.name()));
    }
    previous.ifPresent(
        p ->
            lines.add(
                RecordText.line(
                    "previous",
                    p.version()
                        + " "
                        + (p.fingerprint().isEmpty() ? "-" : p.fingerprint())
                        + " "
                        + p.file())));
    reopened.ifPresent(r -> lines.add(RecordText.line("reopened", r)));
    lines.add(RecordText.line("filled", filled));
    changed.forEach(id -> lines.add(RecordText.line("changed", id)));
    return lines;
  }

  /** SHA-256 of the body, as hex. */
  public String fingerprint() {
    return Digest.sha256(String.join("\n", body()).concat("\n").getBytes(StandardCharsets.UTF_8));
  }

  /** The file's text: a comment, the body, the fingerprint. */
  public String text() {
    StringBuilder b = new StringBuilder();
    b.append("# jixiao run record: what the results in this folder were made from.\n");
    b.append("# Written by run; finalize and verify check it. Do not edit.\n");
    for (String line : body()) {
      b.append(line).append('\n');
    }
    b.append(RecordText.line("fingerprint", fingerprint())).append('\n');
    return b.toString();
  }

  /**
   * Reads a record; empty when the text is not one (a missing line, a bad number). The fingerprint
   * is recomputed, so a record edited by hand no longer matches what the outputs show.
   */
  public static Optional<Parsed> parse(String text) {
    RecordText t = RecordText.parse(text.lines().toList());
    try {
      List<NamedHash> templates = new ArrayList<>();
      for (String v : t.all("template")) {
        int space = v.indexOf(' ');
        templates.add(new NamedHash(v.substring(space + 1), v.substring(0, space)));
      }
      Optional<Revision.Earlier> previous =
          t.first("previous")
              .map(
                  v -> {
                    String[] p = v.split(" ", 3);
                    return new Revision.Earlier(
                        Integer.parseInt(p[0]), p[1].equals("-") ? "" : p[1], p[2]);
                  });
      RunRecord record =
          new RunRecord(
              t.first("program").orElseThrow(),
              YearMonth.parse(t.first("period").orElseThrow()),
              t.first("store").orElse(""),
              Language.parse(t.first("language").orElse("zh")).orElse(Language.ZH),
              Integer.parseInt(t.first("version").orElseThrow()),
              t.first("as_of").map(LocalDate::parse),
              t.first("input").orElseThrow(),
              t.first("input_sha256").orElseThrow(),
              t.first("rules_sha256").orElseThrow(),
              templates,
              previous,
              t.first("reopened"),
              t.first("filled").orElseThrow(),
              t.all("changed"));
      return Optional.of(new Parsed(record, t.first("fingerprint").orElse("")));
    } catch (RuntimeException notARecord) {
      return Optional.empty();
    }
  }

  /** A record read from a file, with the fingerprint the file states. */
  public record Parsed(RunRecord record, String statedFingerprint) {
    /** Whether the stated fingerprint is the one the record's lines give. */
    public boolean intact() {
      return record.fingerprint().equals(statedFingerprint);
    }
  }
}

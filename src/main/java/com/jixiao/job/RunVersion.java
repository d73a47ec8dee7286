package com.jixiao.job;

import com.jixiao.files.Digest;
import com.jixiao.files.FileNames;
import com.jixiao.i18n.Messages;
import com.jixiao.model.Settings;
import com.jixiao.render.Templates;
import com.jixiao.report.ChangeCauses;
import com.jixiao.report.MonthReport;
import com.jixiao.report.ReportComparison;
import com.jixiao.report.Revision;
import com.jixiao.rules.RulesText;
import com.jixiao.signoff.Manifest;
import com.jixiao.signoff.RunRecord;
import com.jixiao.workbook.ErrorReport;
import com.jixiao.workbook.ReadResult;
import com.jixiao.workbook.input.WorkbookReader;
import com.jixiao.workbook.output.EarlierSummary;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Numbers a run and says what it was made from, before anything is written: finds the earlier
 * version to compare with ({@code --previous}, a reopened final folder's own results, or an earlier
 * result the hot folder found), assesses that version again from its input sheets (so the
 * comparison is of two month reports, not of cells), numbers this run one above the highest version
 * known, compares, and writes the run record whose fingerprint the outputs show.
 */
final class RunVersion {
  private RunVersion() {}

  /** The report with its revision and the run record, or why the run cannot go on. */
  sealed interface Outcome {}

  record Ready(MonthReport report, RunRecord record) implements Outcome {}

  /** The earlier version could not be used: the text for errors.txt. */
  record Problem(String errorReport) implements Outcome {}

  static Outcome of(
      MonthReport report,
      Path workbook,
      Path outDir,
      JobOptions options,
      Optional<Manifest> finalized,
      Messages messages)
      throws IOException {
    Settings settings = report.input().settings();
    Optional<Path> earlierFile = options.previous();
    if (earlierFile.isEmpty() && finalized.isPresent()) {
      earlierFile = Optional.of(outDir.resolve(finalized.get().run().filled()));
    }
    if (earlierFile.isEmpty()) {
      earlierFile = options.earlierRuns().find(settings.store(), settings.period());
    }
    Optional<Revision.Earlier> earlier = Optional.empty();
    Optional<ReportComparison> changes = Optional.empty();
    if (earlierFile.isPresent()) {
      Path file = earlierFile.get();
      if (!Files.isRegularFile(file)) {
        return new Problem(messages.format("run.previous_missing", file.toString()) + "\n");
      }
      ReadResult read = WorkbookReader.read(file);
      if (!read.ok()) {
        return new Problem(
            messages.format("run.previous_invalid", file.toString())
                + "\n"
                + ErrorReport.render(FileNames.nameOf(file), read));
      }
      Settings was = read.input().orElseThrow().settings();
      if (!was.period().equals(settings.period())) {
        return new Problem(
            messages.format(
                    "run.previous_other_month",
                    file.toString(),
                    was.period().toString(),
                    settings.period().toString())
                + "\n");
      }
      MonthReport before = MonthReport.of(read.input().get(), read.alerts());
      earlier = Optional.of(stamp(file));
      changes = Optional.of(ChangeCauses.compare(before, report));
    }
    int version =
        1
            + Math.max(
                earlier.map(Revision.Earlier::version).orElse(0),
                finalized.map(m -> m.run().version()).orElse(0));
    List<String> changed = new ArrayList<>();
    changes.ifPresent(c -> c.agents().forEach(a -> changed.add(a.agentId())));
    RunRecord record =
        new RunRecord(
            program(),
            settings.period(),
            settings.store(),
            settings.language(),
            version,
            report.secondPass().recorded() ? options.asOf() : Optional.empty(),
            FileNames.nameOf(workbook),
            Digest.sha256(workbook),
            rulesSha256(report),
            templates(options),
            earlier,
            options.reopen(),
            MonthJob.filledName(FileNames.nameOf(workbook)),
            changed);
    Revision revision =
        new Revision(version, record.fingerprint(), earlier, options.reopen(), changes);
    return new Ready(report.withRevision(revision), record);
  }

  /**
   * The earlier version's number and fingerprint: from the run record beside it when that record is
   * intact and names it, else from its Summary sheet (a workbook handed over on its own).
   */
  private static Revision.Earlier stamp(Path filled) throws IOException {
    String name = FileNames.nameOf(filled);
    Path recordFile = filled.resolveSibling(RunRecord.FILE);
    if (Files.isRegularFile(recordFile)) {
      Optional<RunRecord.Parsed> parsed =
          RunRecord.parse(Files.readString(recordFile, StandardCharsets.UTF_8));
      if (parsed.isPresent()
          && parsed.get().intact()
          && parsed.get().record().filled().equals(name)) {
        RunRecord r = parsed.get().record();
        return new Revision.Earlier(r.version(), parsed.get().statedFingerprint(), name);
      }
    }
    EarlierSummary.Stamp s = EarlierSummary.read(filled);
    return new Revision.Earlier(s.version(), s.fingerprint(), name);
  }

  private static String rulesSha256(MonthReport report) {
    String text = String.join("\n", RulesText.lines(report.input().rules())) + "\n";
    return Digest.sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The templates by hash; none when a {@code --templates} folder does not exist (rendering then
   * stops with a template error, exit 2, before anything is written).
   */
  private static List<RunRecord.NamedHash> templates(JobOptions options) throws IOException {
    List<RunRecord.NamedHash> hashes = new ArrayList<>();
    if (options.templates().isPresent() && !Files.isDirectory(options.templates().get())) {
      return hashes;
    }
    for (Map.Entry<String, byte[]> e : Templates.sources(options.templates()).entrySet()) {
      hashes.add(new RunRecord.NamedHash(e.getKey(), Digest.sha256(e.getValue())));
    }
    return hashes;
  }

  /** "jixiao 0.1.0" from the jar's manifest; "jixiao dev" when run from classes. */
  static String program() {
    String v = RunVersion.class.getPackage().getImplementationVersion();
    return "jixiao " + (v == null ? "dev" : v);
  }
}

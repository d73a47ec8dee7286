package com.jixiao.cli;

import com.jixiao.i18n.Messages;
import com.jixiao.job.MonthJob;
import com.jixiao.model.Language;
import com.jixiao.signoff.Finalizer;
import com.jixiao.signoff.Manifest;
import com.jixiao.signoff.RunRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code finalize OUTDIR}: the month is signed off; a manifest seals every output file. */
@Command(
    name = "finalize",
    mixinStandardHelpOptions = true,
    description = {
      "Sign the month off after HR's check: write OUTDIR/manifest.txt with the SHA-256 of the",
      "input workbook, the rules and templates in effect and every file in OUTDIR, the period,",
      "store, version and time. Nothing else is changed. A later run into OUTDIR is refused",
      "unless given --reopen \\\"reason\\\". jixiao verify OUTDIR checks the files against it.",
      "Exit status: 0 finalized, 2 refused (already final, last run failed, no run)."
    })
public final class FinalizeCommand implements Callable<Integer> {
  @Parameters(index = "0", paramLabel = "OUTDIR", description = "The output folder of run.")
  Path outDir;

  @Option(
      names = "--by",
      paramLabel = "NAME",
      description = "Who signs off (recorded in the manifest).")
  String by;

  private final Clock clock;

  public FinalizeCommand() {
    this(Clock.systemDefaultZone());
  }

  FinalizeCommand(Clock clock) {
    this.clock = clock;
  }

  @Override
  public Integer call() throws IOException {
    Optional<Language> language = language(outDir);
    OffsetDateTime now = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    Finalizer.Result result =
        Finalizer.finalize(
            outDir,
            now,
            Optional.ofNullable(by),
            List.of(MonthJob.ERRORS_FILE, MonthJob.WRITING_MARKER));
    if (result instanceof Finalizer.Refused r) {
      for (Language l : language.map(List::of).orElse(List.of(Language.values()))) {
        Console.err().println(new Messages(l).format(r.why()));
      }
      return Main.EXIT_INVALID_INPUT;
    }
    Manifest m = ((Finalizer.Done) result).manifest();
    Messages messages = new Messages(m.run().language());
    Console.out()
        .println(
            messages.format(
                "finalize.done",
                outDir.toString(),
                String.valueOf(m.run().version()),
                m.run().store(),
                m.run().period().toString(),
                m.fingerprint().substring(0, 12),
                m.files().size(),
                outDir.resolve(Manifest.FILE).toString()));
    return 0;
  }

  /** The folder's language, from its run record; empty if it has none (say it in both). */
  static Optional<Language> language(Path folder) throws IOException {
    Path record = folder.resolve(RunRecord.FILE);
    if (!Files.isRegularFile(record)) {
      return Optional.empty();
    }
    return RunRecord.parse(Files.readString(record, StandardCharsets.UTF_8))
        .map(p -> p.record().language());
  }
}

package com.jixiao.signoff;

import com.jixiao.files.AtomicFiles;
import com.jixiao.i18n.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * Signs a month off ({@code jixiao finalize OUTDIR}): writes the manifest of the folder's last
 * successful run and changes nothing else, so every hash in it stays true until someone edits a
 * file. Refuses a folder that is already final, whose last run failed, or that holds no intact run
 * record.
 */
public final class Finalizer {
  private Finalizer() {}

  /** The manifest written, or why not. */
  public sealed interface Result {}

  public record Done(Manifest manifest) implements Result {}

  public record Refused(Message why) implements Result {}

  /**
   * Finalizes {@code folder}; {@code failureSigns} are the files a failed or unfinished run leaves
   * (errors.txt, the run's writing marker): with one of them there, the folder is not signed off.
   */
  public static Result finalize(
      Path folder, OffsetDateTime now, Optional<String> by, List<String> failureSigns)
      throws IOException {
    if (!Files.isDirectory(folder)) {
      return new Refused(Message.of("finalize.not_a_folder", folder.toString()));
    }
    if (Manifest.present(folder)) {
      Optional<Manifest> m = Manifest.read(folder);
      return new Refused(
          m.map(
                  x ->
                      Message.of(
                          "finalize.already",
                          folder.toString(),
                          String.valueOf(x.run().version()),
                          x.finalized().toString()))
              .orElse(Message.of("run.manifest_unreadable", folder.toString())));
    }
    for (String sign : failureSigns) {
      if (Files.exists(folder.resolve(sign))) {
        return new Refused(Message.of("finalize.last_run_failed", folder.toString(), sign));
      }
    }
    Path recordFile = folder.resolve(RunRecord.FILE);
    Optional<RunRecord.Parsed> parsed =
        Files.isRegularFile(recordFile)
            ? RunRecord.parse(Files.readString(recordFile, StandardCharsets.UTF_8))
            : Optional.empty();
    if (parsed.isEmpty() || !parsed.get().intact()) {
      return new Refused(Message.of("finalize.no_run", folder.toString(), RunRecord.FILE));
    }
    RunRecord run = parsed.get().record();
    if (!Files.isRegularFile(folder.resolve(run.filled()))) {
      return new Refused(Message.of("finalize.filled_missing", run.filled()));
    }
    Manifest manifest =
        new Manifest(
            now,
            by.map(String::strip).filter(s -> !s.isEmpty()),
            run,
            parsed.get().statedFingerprint(),
            SealedFiles.hashes(folder));
    AtomicFiles.writeString(folder.resolve(Manifest.FILE), manifest.text());
    return new Done(manifest);
  }
}

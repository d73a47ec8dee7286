package com.jixiao.job;

import com.jixiao.i18n.Messages;
import com.jixiao.model.Language;
import com.jixiao.signoff.Manifest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * A run into a final output folder (one with a manifest): refused, so that the numbers finance pays
 * from do not move, unless {@code --reopen "reason"} is given; then the run is the next version and
 * the old manifest is kept as {@code manifest-v<n>.txt}. {@code --reopen} on a folder that is not
 * final is refused too: there is nothing to reopen.
 */
final class SignedOff {
  private SignedOff() {}

  /** Why the run must not go on, in the folder's language; empty when it may. */
  static Optional<String> refusal(Path outDir, Optional<Manifest> finalized, JobOptions options) {
    boolean reopen = options.reopen().isPresent();
    if (finalized.isPresent() && !reopen) {
      Manifest m = finalized.get();
      Messages messages = new Messages(m.run().language());
      return Optional.of(
          messages.format(
                  "run.final_refused",
                  outDir.toString(),
                  String.valueOf(m.run().version()),
                  m.fingerprint().substring(0, Math.min(12, m.fingerprint().length())),
                  m.finalized().toLocalDate().toString(),
                  String.valueOf(m.run().version() + 1))
              + "\n");
    }
    if (finalized.isEmpty() && Manifest.present(outDir)) {
      return Optional.of(both("run.manifest_unreadable", outDir));
    }
    if (finalized.isEmpty() && reopen) {
      return Optional.of(both("run.reopen_not_final", outDir));
    }
    return Optional.empty();
  }

  private static String both(String key, Path outDir) {
    return new Messages(Language.ZH).format(key, outDir.toString())
        + "\n"
        + new Messages(Language.EN).format(key, outDir.toString())
        + "\n";
  }

  /** Keeps the reopened version's manifest beside the new results, under its version's name. */
  static void archive(Path outDir, Manifest earlier) throws IOException {
    Files.move(
        outDir.resolve(Manifest.FILE),
        outDir.resolve(Manifest.archivedName(earlier.run().version())),
        StandardCopyOption.REPLACE_EXISTING,
        StandardCopyOption.ATOMIC_MOVE);
  }
}

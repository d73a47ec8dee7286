package com.jixiao.signoff;

import com.jixiao.files.Digest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code jixiao verify OUTDIR} finds in a final folder: the files whose bytes differ from the
 * manifest, those missing, those added since (mail's log and .eml files aside), and whether the
 * manifest itself still holds together (its stated fingerprint is the one its run lines give).
 */
public record Verification(
    Manifest manifest,
    List<String> changed,
    List<String> missing,
    List<String> added,
    boolean manifestIntact) {

  public Verification {
    changed = List.copyOf(changed);
    missing = List.copyOf(missing);
    added = List.copyOf(added);
  }

  public boolean unchanged() {
    return changed.isEmpty() && missing.isEmpty() && added.isEmpty() && manifestIntact;
  }

  /** Empty when the folder is not final (no readable manifest). */
  public static Optional<Verification> of(Path folder) throws IOException {
    Optional<Manifest> read = Manifest.read(folder);
    if (read.isEmpty()) {
      return Optional.empty();
    }
    Manifest m = read.get();
    List<String> changed = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (Map.Entry<String, String> e : m.files().entrySet()) {
      Path file = folder.resolve(e.getKey()).normalize();
      if (!file.startsWith(folder.normalize()) || !Files.isRegularFile(file)) {
        missing.add(e.getKey());
      } else if (!Digest.sha256(file).equals(e.getValue())) {
        changed.add(e.getKey());
      }
    }
    List<String> added = new ArrayList<>();
    for (String name : SealedFiles.list(folder)) {
      if (!m.files().containsKey(name)) {
        added.add(name);
      }
    }
    boolean intact = m.run().fingerprint().equals(m.fingerprint());
    return Optional.of(new Verification(m, changed, missing, added, intact));
  }
}

package com.jixiao.signoff;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The sign-off of a month's output folder ({@value #FILE}): when and by whom it was finalized, the
 * run record it seals (version, period, store, the fingerprint, the input, rules and templates by
 * SHA-256), and the SHA-256 of every file in the folder. The file list is in {@code sha256sum}'s
 * format, so it can also be checked without jixiao: {@code sed '1,/^files:$/d' manifest.txt |
 * sha256sum -c}.
 */
public record Manifest(
    OffsetDateTime finalized,
    Optional<String> finalizedBy,
    RunRecord run,
    String fingerprint,
    Map<String, String> files) {

  public static final String FILE = "manifest.txt";

  public Manifest {
    files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
  }

  /** The name an earlier manifest keeps when its month is reopened: manifest-v2.txt. */
  public static String archivedName(int version) {
    return "manifest-v" + version + ".txt";
  }

  /** The folder's manifest, if it is final; empty when there is none or it cannot be read. */
  public static Optional<Manifest> read(Path folder) throws IOException {
    Path file = folder.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  /** Whether the folder holds a manifest file at all (readable or not). */
  public static boolean present(Path folder) {
    return Files.exists(folder.resolve(FILE));
  }

  public String text() {
    StringBuilder b = new StringBuilder();
    b.append("# jixiao manifest: this month's results, signed off. `jixiao verify` checks every\n");
    b.append("# file listed below; so does: sed '1,/^files:$/d' manifest.txt | sha256sum -c\n");
    b.append(RecordText.line("manifest", "1")).append('\n');
    b.append(RecordText.line("finalized", finalized.toString())).append('\n');
    finalizedBy.ifPresent(by -> b.append(RecordText.line("finalized_by", by)).append('\n'));
    for (String line : run.body()) {
      b.append(line).append('\n');
    }
    b.append(RecordText.line("fingerprint", fingerprint)).append('\n');
    b.append("files:\n");
    files.forEach((path, sha) -> b.append(sha).append("  ").append(path).append('\n'));
    return b.toString();
  }

  static Optional<Manifest> parse(String text) {
    List<String> lines = text.lines().toList();
    int filesAt = lines.indexOf("files:");
    if (filesAt < 0) {
      return Optional.empty();
    }
    List<String> head = new ArrayList<>(lines.subList(0, filesAt));
    RecordText t = RecordText.parse(head);
    Optional<RunRecord.Parsed> run = RunRecord.parse(String.join("\n", head));
    Optional<String> finalized = t.first("finalized");
    if (run.isEmpty() || finalized.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> files = new LinkedHashMap<>();
    for (String line : lines.subList(filesAt + 1, lines.size())) {
      int gap = line.indexOf("  ");
      if (gap == 64) {
        files.put(line.substring(gap + 2), line.substring(0, gap));
      }
    }
    try {
      return Optional.of(
          new Manifest(
              OffsetDateTime.parse(finalized.get()),
              t.first("finalized_by"),
              run.get().record(),
              run.get().statedFingerprint(),
              files));
    } catch (java.time.format.DateTimeParseException e) {
      return Optional.empty();
    }
  }
}

package com.jixiao.service;

import com.jixiao.files.FileNames;
import com.jixiao.files.Folders;
import com.jixiao.job.EarlierRuns;
import com.jixiao.signoff.RunRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Optional;

/**
 * The hot folder's earlier results of the same store and period: every finished result folder in
 * the outbox has its run record, which names the store, the period, the version and the filled
 * workbook. The highest version wins (of equal versions, the later folder by name, whose time stamp
 * sorts). Folders still being written ({@code .…tmp}) and records edited by hand are left out.
 */
final class EarlierResults implements EarlierRuns {
  private final Path outbox;

  EarlierResults(Path outbox) {
    this.outbox = outbox;
  }

  private record Candidate(int version, String folder, Path filled) {}

  @Override
  public Optional<Path> find(String store, YearMonth period) throws IOException {
    if (!Files.isDirectory(outbox)) {
      return Optional.empty();
    }
    Optional<Candidate> best = Optional.empty();
    for (Path folder : Folders.list(outbox)) {
      String name = FileNames.nameOf(folder);
      Path recordFile = folder.resolve(RunRecord.FILE);
      if (name.startsWith(".") || !Files.isRegularFile(recordFile)) {
        continue;
      }
      Optional<RunRecord.Parsed> parsed =
          RunRecord.parse(Files.readString(recordFile, StandardCharsets.UTF_8));
      if (parsed.isEmpty() || !parsed.get().intact()) {
        continue;
      }
      RunRecord r = parsed.get().record();
      Path filled = folder.resolve(r.filled());
      if (r.store().equals(store) && r.period().equals(period) && Files.isRegularFile(filled)) {
        Candidate c = new Candidate(r.version(), name, filled);
        Comparator<Candidate> order =
            Comparator.comparingInt(Candidate::version).thenComparing(Candidate::folder);
        if (best.isEmpty() || order.compare(c, best.get()) > 0) {
          best = Optional.of(c);
        }
      }
    }
    return best.map(Candidate::filled);
  }
}

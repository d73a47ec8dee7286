package com.jixiao.job;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * How processing one workbook ended: done (with the month's report and the files written) or
 * invalid (with the error report, already written to {@code errors.txt}).
 */
public record JobOutcome(
    Optional<MonthReport> report,
    List<Path> written,
    Path errorsFile,
    String errorReport,
    long millis) {

  public JobOutcome {
    written = List.copyOf(written);
  }

  public boolean ok() {
    return report.isPresent();
  }

  static JobOutcome done(MonthReport report, List<Path> written, long millis) {
    return new JobOutcome(Optional.of(report), written, null, "", millis);
  }

  static JobOutcome invalid(Path errorsFile, String errorReport, long millis) {
    return new JobOutcome(Optional.empty(), List.of(), errorsFile, errorReport, millis);
  }
}

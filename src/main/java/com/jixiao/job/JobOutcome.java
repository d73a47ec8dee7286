package com.jixiao.job;

import com.jixiao.report.MonthReport;
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
    long millis,
    Phases phases) {

  /** Milliseconds spent in each phase of a done run (zero for phases not reached). */
  public record Phases(long read, long assess, long pdfs, long workbook) {
    static final Phases NONE = new Phases(0, 0, 0, 0);
  }

  public JobOutcome {
    written = List.copyOf(written);
  }

  public boolean ok() {
    return report.isPresent();
  }

  static JobOutcome done(MonthReport report, List<Path> written, long millis, Phases phases) {
    return new JobOutcome(Optional.of(report), written, null, "", millis, phases);
  }

  static JobOutcome invalid(Path errorsFile, String errorReport, long millis) {
    return new JobOutcome(
        Optional.empty(), List.of(), errorsFile, errorReport, millis, Phases.NONE);
  }
}

package com.jixiao.job;

import com.jixiao.money.MonthMoney.AnnualWhen;
import com.jixiao.render.Progress;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;

/**
 * How to process a workbook beyond its own contents: when to add the annual review ({@code
 * --annual}), which PDF templates to use ({@code --templates}, else the built-in ones), where to
 * show rendering progress, the day the run counts as today ({@code --as-of}; the confirmation
 * deadline of the second pass is compared with it; empty: nothing is overdue), the earlier version
 * to compare with ({@code --previous}, or found by {@code earlierRuns}), and the reason to reopen a
 * final output folder ({@code --reopen}).
 */
public record JobOptions(
    AnnualWhen annualWhen,
    Optional<Path> templates,
    Progress progress,
    Optional<LocalDate> asOf,
    Optional<Path> previous,
    EarlierRuns earlierRuns,
    Optional<String> reopen) {
  public static final JobOptions DEFAULT =
      new JobOptions(
          AnnualWhen.IN_ANNUAL_MONTH,
          Optional.empty(),
          Progress.NONE,
          Optional.empty(),
          Optional.empty(),
          EarlierRuns.NONE,
          Optional.empty());

  public JobOptions withAnnual(AnnualWhen when) {
    return new JobOptions(when, templates, progress, asOf, previous, earlierRuns, reopen);
  }

  public JobOptions withTemplates(Optional<Path> folder) {
    return new JobOptions(annualWhen, folder, progress, asOf, previous, earlierRuns, reopen);
  }

  public JobOptions withProgress(Progress shown) {
    return new JobOptions(annualWhen, templates, shown, asOf, previous, earlierRuns, reopen);
  }

  public JobOptions asOf(LocalDate today) {
    return new JobOptions(
        annualWhen, templates, progress, Optional.of(today), previous, earlierRuns, reopen);
  }

  public JobOptions withPrevious(Optional<Path> filled) {
    return new JobOptions(annualWhen, templates, progress, asOf, filled, earlierRuns, reopen);
  }

  public JobOptions withEarlierRuns(EarlierRuns finder) {
    return new JobOptions(annualWhen, templates, progress, asOf, previous, finder, reopen);
  }

  public JobOptions withReopen(Optional<String> reason) {
    return new JobOptions(annualWhen, templates, progress, asOf, previous, earlierRuns, reason);
  }
}

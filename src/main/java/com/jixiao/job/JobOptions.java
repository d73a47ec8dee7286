package com.jixiao.job;

import com.jixiao.money.MonthMoney.AnnualWhen;
import com.jixiao.render.Progress;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How to process a workbook beyond its own contents: when to add the annual review ({@code
 * --annual}), which PDF templates to use ({@code --templates}, else the built-in ones), and where
 * to show rendering progress.
 */
public record JobOptions(AnnualWhen annualWhen, Optional<Path> templates, Progress progress) {
  public static final JobOptions DEFAULT =
      new JobOptions(AnnualWhen.IN_ANNUAL_MONTH, Optional.empty(), Progress.NONE);

  public JobOptions withAnnual(AnnualWhen when) {
    return new JobOptions(when, templates, progress);
  }

  public JobOptions withTemplates(Optional<Path> folder) {
    return new JobOptions(annualWhen, folder, progress);
  }

  public JobOptions withProgress(Progress shown) {
    return new JobOptions(annualWhen, templates, shown);
  }
}

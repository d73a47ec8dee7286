package com.jixiao.workbook;

import com.jixiao.assess.Alert;
import com.jixiao.assess.MonthInput;
import com.jixiao.model.Language;
import java.util.List;
import java.util.Optional;

/**
 * What reading a workbook gave: the input (only when there were no errors), every error, the
 * language to report in, warnings found while reading, and whether the file could be opened as an
 * .xlsx at all.
 */
public record ReadResult(
    Optional<MonthInput> input,
    List<InputError> errors,
    Language language,
    List<Alert> alerts,
    boolean opened) {

  public ReadResult {
    errors = List.copyOf(errors);
    alerts = List.copyOf(alerts);
  }

  public boolean ok() {
    return errors.isEmpty() && input.isPresent();
  }
}

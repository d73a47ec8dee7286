package com.jixiao.workbook;

import com.jixiao.assess.Alert;
import com.jixiao.assess.MonthInput;
import com.jixiao.model.Language;
import java.util.List;
import java.util.Optional;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * What reading a workbook gave: the input (only when there were no errors), every error, the
 * language to report in, warnings found while reading, and the open workbook (for the writer).
 */
public record ReadResult(
    Optional<MonthInput> input,
    List<InputError> errors,
    Language language,
    List<Alert> alerts,
    Optional<XSSFWorkbook> workbook) {

  public boolean ok() {
    return errors.isEmpty() && input.isPresent();
  }
}

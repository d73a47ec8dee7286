package com.jixiao.workbook.input;

import com.jixiao.model.Agent;
import com.jixiao.model.Language;
import com.jixiao.model.Settings;
import com.jixiao.workbook.InputError;
import com.jixiao.workbook.SheetTable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What {@code jixiao import} needs of the workbook it imports into, read and checked without the
 * month's figures (which the import is about to bring): the settings (period, language), the agents
 * with their sub-accounts, the name of the Monthly sheet, and the ImportMap sheet's rows if it has
 * one (the import checks their fields). {@code errors} are problems of these sheets only.
 */
public record ImportTarget(
    Optional<Settings> settings,
    List<Agent> agents,
    Optional<String> monthlySheet,
    Optional<SheetTable> importMap,
    List<String> sheetNames,
    Map<String, String> markedSheets,
    Language language,
    List<InputError> errors,
    boolean opened) {
  public ImportTarget {
    agents = List.copyOf(agents);
    sheetNames = List.copyOf(sheetNames);
    markedSheets = Collections.unmodifiableMap(new LinkedHashMap<>(markedSheets));
    errors = List.copyOf(errors);
  }

  public boolean ok() {
    return opened && errors.isEmpty() && settings.isPresent() && monthlySheet.isPresent();
  }
}

package com.jixiao.workbook.output;

import com.jixiao.i18n.Messages;
import com.jixiao.model.Language;
import com.jixiao.workbook.Problems;
import com.jixiao.workbook.SheetSchema;
import com.jixiao.workbook.SheetTable;
import com.jixiao.workbook.TableRow;
import com.jixiao.workbook.XlsxSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * The version and fingerprint an earlier run wrote into the Summary / 汇总 sheet of its filled
 * workbook: what a later run needs to number itself when it is given that workbook alone. Only
 * these two lines are read; the earlier figures themselves come from assessing the workbook's input
 * sheets again.
 */
public final class EarlierSummary {
  /** The earlier run's version (1 when its Summary has none) and fingerprint (may be empty). */
  public record Stamp(int version, String fingerprint) {}

  private EarlierSummary() {}

  public static Stamp read(Path filled) throws IOException {
    Problems ignored = new Problems();
    Optional<XlsxSource> opened = XlsxSource.open(filled, ignored);
    if (opened.isEmpty()) {
      return new Stamp(1, "");
    }
    try (XlsxSource source = opened.get()) {
      // found by its mark, whatever it is called ("汇总", "Summary", "汇总 (2)")
      Optional<String> sheet =
          source.outputSheets().entrySet().stream()
              .filter(e -> e.getValue().equals(new SummarySheet().key()))
              .map(Map.Entry::getKey)
              .findFirst();
      if (sheet.isEmpty()) {
        return new Stamp(1, "");
      }
      // a key | value sheet: columns A and B of every row, as Settings is read
      SheetTable table = source.read(sheet.get(), SheetSchema.SETTINGS);
      for (Language language : Language.values()) {
        Optional<Stamp> stamp = stamp(table, new Messages(language));
        if (stamp.isPresent()) {
          return stamp.get();
        }
      }
    }
    return new Stamp(1, "");
  }

  /** The stamp in the sheet's labels of one language; empty when it has no version line. */
  private static Optional<Stamp> stamp(SheetTable table, Messages m) {
    String versionLabel = m.format("summary.version");
    String fingerprintLabel = m.format("summary.fingerprint");
    int version = 0;
    String fingerprint = "";
    for (TableRow row : table.rows()) {
      String key = row.cell(0).display();
      String value = row.cell(1).display();
      if (key.equals(versionLabel)) {
        try {
          version = new java.math.BigDecimal(value).intValueExact();
        } catch (ArithmeticException | NumberFormatException notANumber) {
          version = 0;
        }
      } else if (key.equals(fingerprintLabel)) {
        fingerprint = value.matches("[0-9a-f]{12,64}") ? value : "";
      }
    }
    return version > 0 ? Optional.of(new Stamp(version, fingerprint)) : Optional.empty();
  }
}

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
      for (Language language : Language.values()) {
        Messages m = new Messages(language);
        String sheet = m.format("sheet.summary");
        if (source.sheetNames().contains(sheet)) {
          // a key | value sheet: columns A and B of every row, as Settings is read
          SheetTable table = source.read(sheet, SheetSchema.SETTINGS);
          return stamp(table, m);
        }
      }
    }
    return new Stamp(1, "");
  }

  private static Stamp stamp(SheetTable table, Messages m) {
    String versionLabel = m.format("summary.version");
    String fingerprintLabel = m.format("summary.fingerprint");
    int version = 1;
    String fingerprint = "";
    for (TableRow row : table.rows()) {
      String key = row.cell(0).display();
      String value = row.cell(1).display();
      if (key.equals(versionLabel)) {
        try {
          version = new java.math.BigDecimal(value).intValueExact();
        } catch (ArithmeticException | NumberFormatException notANumber) {
          version = 1;
        }
      } else if (key.equals(fingerprintLabel)) {
        fingerprint = value.matches("[0-9a-f]{12,64}") ? value : "";
      }
    }
    return new Stamp(version, fingerprint);
  }
}

package com.jixiao.workbook.output;

import com.jixiao.i18n.Messages;

/** Column headers of output sheets: bundle keys "col.&lt;key&gt;". */
final class Labels {
  private Labels() {}

  static String col(Messages messages, String key) {
    return messages.format("col." + key);
  }

  /** A number in a comment, as written in the workbook: "120000", "0.5", "0". */
  static String plain(java.math.BigDecimal n) {
    return n.signum() == 0 ? "0" : n.stripTrailingZeros().toPlainString();
  }
}

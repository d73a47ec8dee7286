package com.jixiao.workbook.sheets;

import com.jixiao.i18n.Messages;

/** Column headers of output sheets: bundle keys "col.&lt;key&gt;". */
final class Labels {
  private Labels() {}

  static String col(Messages messages, String key) {
    return messages.format("col." + key);
  }
}

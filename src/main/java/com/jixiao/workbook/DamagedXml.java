package com.jixiao.workbook;

import com.jixiao.i18n.Message;
import java.io.IOException;

/**
 * A part of the workbook whose XML no spreadsheet program writes: nested beyond {@link #MAX_DEPTH}
 * levels, a DOCTYPE, a reference to something the file does not have. Carries the reason as a
 * phrase for the person ("its XML is nested more than 256 levels deep"), which the reader places in
 * a sentence naming the file or the sheet. The raw parser text, and the workbook's contents, are
 * never shown.
 */
public final class DamagedXml extends IOException {
  /**
   * How deep XML may nest. The deepest parts spreadsheet programs write (charts, drawings) nest
   * about 20 levels; a hundred thousand levels overflow the stack of the DOM serializer the filled
   * workbook is written with, and of POI's own readers. 256 is generous for any real file and far
   * below any stack's limit.
   */
  public static final int MAX_DEPTH = 256;

  private final transient Message reason;

  public DamagedXml(Message reason) {
    super(reason.key());
    this.reason = reason;
  }

  /** The reason as a phrase, for {@code error.file.damaged} or {@code error.sheet.damaged}. */
  public Message reason() {
    return reason;
  }

  static DamagedXml tooDeep() {
    return new DamagedXml(Message.of("damage.too_deep", MAX_DEPTH));
  }
}

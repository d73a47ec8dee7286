package com.jixiao.workbook;

import com.jixiao.i18n.Message;
import java.util.Locale;
import java.util.Optional;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * A part of the workbook whose XML no spreadsheet program writes: nested beyond {@link #MAX_DEPTH}
 * levels, a DOCTYPE, a reference to something the file does not have. Carries the reason as a
 * phrase for the person ("its XML is nested more than 256 levels deep"), which the reader places in
 * a sentence naming the file or the sheet. The raw parser text, and the workbook's contents, are
 * never shown.
 */
public final class DamagedXml extends SAXException {
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

  /**
   * What a parser's refusal says about the file, when it is one no spreadsheet program writes: a
   * DOCTYPE (POI's parsers refuse them, so that entities cannot expand) or too deep a nesting.
   * Empty for XML that is merely not well-formed, which is what a cut-off file looks like.
   */
  static Optional<Message> unusual(SAXException e) {
    if (e instanceof DamagedXml d) {
      return Optional.of(d.reason());
    }
    String text = String.valueOf(e.getMessage());
    if (text.toUpperCase(Locale.ROOT).contains("DOCTYPE")) {
      return Optional.of(Message.of("damage.doctype"));
    }
    return Optional.empty();
  }

  /**
   * Reports nothing itself: a parse error ends the parse with the exception, and the reader says
   * what is wrong in one line. (Without it, POI's handler logs the error with a stack trace and the
   * JDK's default prints "[Fatal Error]" to the console.)
   */
  static final ErrorHandler SILENT =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
          // warnings do not stop the parse and say nothing the user can act on
        }

        @Override
        public void error(SAXParseException e) {
          // a recoverable error (validity, which is not checked); the parse goes on
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };
}

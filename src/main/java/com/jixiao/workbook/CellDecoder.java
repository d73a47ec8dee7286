package com.jixiao.workbook;

import com.jixiao.i18n.Message;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;

/**
 * Turns a cell of a worksheet part — its type attribute, its style and its text — into a {@link
 * RawValue}: shared strings looked up, formula cells by their cached value, numbers as Excel shows
 * them, dates and percents told by the number format. Values that repeat are made once ({@link
 * SeenValues}). One per sheet being parsed; not thread-safe.
 */
final class CellDecoder {
  /** The cell types of the {@code t} attribute, as codes. */
  static final byte NUMBER = 0;

  static final byte SHARED = 1;
  static final byte INLINE = 2;
  static final byte FORMULA_TEXT = 3;
  static final byte BOOLEAN = 4;
  static final byte ERROR = 5;
  static final byte ISO_DATE = 6;

  /**
   * Text up to this length is looked up among the values seen (IDs, codes, dates, names); longer
   * text, such as a QA note, is rarely repeated and is not kept for the lookup.
   */
  static final int SHORT_TEXT = 12;

  // kinds of values seen: the same text means a different value in each
  private static final byte SEEN_TEXT = 1;
  private static final byte SEEN_ISO_DATE = 2;
  private static final byte SEEN_NUMBER = 3;
  private static final byte SEEN_DATE = 4;
  private static final byte SEEN_PERCENT = 5;

  private final SharedStringTable strings;
  private final CellFormats formats;
  private final SeenValues seen = new SeenValues();
  private RawValue[] shared; // by index, made when a cell first refers to it

  CellDecoder(SharedStringTable strings, CellFormats formats) {
    this.strings = strings;
    this.formats = formats;
  }

  /** The code of a {@code t} attribute's value; anything unknown is read as a number, as Excel. */
  static byte type(XmlInput.AttributeText t) {
    if (t.length() == 1) {
      return switch (t.charAt(0)) {
        case 's' -> SHARED;
        case 'b' -> BOOLEAN;
        case 'e' -> ERROR;
        case 'd' -> ISO_DATE;
        default -> NUMBER;
      };
    }
    return t.is("inlineStr") ? INLINE : t.is("str") ? FORMULA_TEXT : NUMBER;
  }

  static boolean isText(byte type) {
    return type == INLINE || type == FORMULA_TEXT;
  }

  /**
   * The value of a cell of {@code type} and {@code style} whose {@code <v>} or inline text is
   * {@code text}. A shared string the table does not have is damage, said with the cell.
   */
  RawValue value(byte type, int style, XmlInput.TextBuffer text, int row, int column)
      throws DamagedXml {
    return switch (type) {
      case SHARED -> sharedString(index(text, row, column), row, column);
      case INLINE, FORMULA_TEXT ->
          text.length() <= SHORT_TEXT ? seen(SEEN_TEXT, text, style) : str(text.toString());
      case BOOLEAN -> {
        String v = text.toString().trim();
        yield new RawValue.Bool("1".equals(v) || "true".equalsIgnoreCase(v));
      }
      case ERROR -> new RawValue.Err(text.toString().trim());
      case ISO_DATE -> seen(SEEN_ISO_DATE, text, style);
      default ->
          seen(
              formats.isDate(style)
                  ? SEEN_DATE
                  : formats.isPercent(style) ? SEEN_PERCENT : SEEN_NUMBER,
              text,
              style);
    };
  }

  /** The value seen before with this kind and text, else made (and kept while there is room). */
  private RawValue seen(byte kind, XmlInput.TextBuffer text, int style) {
    RawValue known = seen.get(kind, text.chars(), text.length());
    if (known != null) {
      return known;
    }
    String v = text.toString();
    RawValue value =
        switch (kind) {
          case SEEN_TEXT -> str(v);
          case SEEN_ISO_DATE -> isoDate(v);
          default -> number(v, kind == SEEN_DATE, formats.isPercent(style));
        };
    seen.put(kind, text.chars(), text.length(), value);
    return value;
  }

  /** A shared string's index: the digits of {@code <v>}, or the damage of a value that is not. */
  private static int index(XmlInput.TextBuffer text, int row, int column) throws DamagedXml {
    char[] chars = text.chars();
    int n = 0;
    int length = text.length();
    if (length > 0 && length <= 9) {
      for (int i = 0; i < length; i++) {
        char c = chars[i];
        if (c < '0' || c > '9') {
          n = -1;
          break;
        }
        n = n * 10 + (c - '0');
      }
      if (n >= 0) {
        return n;
      }
    }
    String v = text.toString();
    try {
      return Integer.parseInt(v.trim());
    } catch (NumberFormatException e) {
      throw new DamagedXml(
          Message.of("damage.not_a_number", where(row, column), "v=\"" + v + "\""));
    }
  }

  /** The cell, e.g. "B2", for a message. */
  static String where(int row, int column) {
    return new CellReference(row, Math.max(column, 0)).formatAsString(false);
  }

  /**
   * Shared strings repeat (dates, codes, names): one value per index. An index the table does not
   * have is damage.
   */
  private RawValue sharedString(int index, int row, int column) throws DamagedXml {
    if (index < 0 || index >= strings.size()) {
      throw new DamagedXml(
          Message.of("damage.missing_string", where(row, column), String.valueOf(index)));
    }
    if (shared == null) {
      shared = new RawValue[strings.size()];
    }
    if (shared[index] == null) {
      shared[index] = str(strings.get(index));
    }
    return shared[index];
  }

  private static RawValue str(String s) {
    return s == null || com.jixiao.model.Text.trim(s).isEmpty()
        ? RawValue.BLANK
        : new RawValue.Str(s);
  }

  private static RawValue isoDate(String v) {
    try {
      return new RawValue.Date(LocalDate.parse(v.length() >= 10 ? v.substring(0, 10) : v));
    } catch (java.time.format.DateTimeParseException e) {
      return new RawValue.Str(v);
    }
  }

  private static RawValue number(String v, boolean dateStyle, boolean percentStyle) {
    String s = v.trim();
    if (s.isEmpty()) {
      return RawValue.BLANK;
    }
    double d;
    try {
      d = Double.parseDouble(s);
    } catch (NumberFormatException e) {
      return new RawValue.Str(s);
    }
    if (!Double.isFinite(d)) {
      return new RawValue.Str(s); // "NaN", "1e999999999": no number a cell can hold
    }
    if (dateStyle && DateUtil.isValidExcelDate(d)) {
      return new RawValue.Date(DateUtil.getLocalDateTime(d).toLocalDate());
    }
    BigDecimal exact = d == 0 ? BigDecimal.ZERO : new BigDecimal(s); // "1e-999999999" is 0
    return new RawValue.Num(RawValue.excelNumber(exact), percentStyle);
  }
}

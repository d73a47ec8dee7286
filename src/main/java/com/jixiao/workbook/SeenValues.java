package com.jixiao.workbook;

import java.util.Arrays;

/**
 * Cell values already seen, by kind and by the text the sheet holds: dates, IDs, codes, names and
 * small counts repeat on every row of a large sheet, and one value each is kept instead of one per
 * cell. Looked up by the parser's characters, so a repeated value costs neither a String nor a
 * parse. Bounded: a sheet of unique values costs no more than without it.
 *
 * <p>Written here rather than with a HashMap of Strings, which needs the String made (and its hash
 * worked out) for every cell before it can tell that the value is known: on a million-row sheet
 * that was a tenth of the reading time.
 */
final class SeenValues {
  /** At most this many values are kept (of all kinds). */
  static final int LIMIT = 1 << 16;

  // open addressing, at most half full (short probes); grows from small, as most sheets are
  private char[][] texts = new char[256][];
  private byte[] kinds = new byte[256];
  private RawValue[] values = new RawValue[256];
  private int size;

  /** The value seen with this kind and text, or null. */
  RawValue get(byte kind, char[] text, int length) {
    int mask = texts.length - 1;
    for (int i = hash(kind, text, length) & mask; texts[i] != null; i = (i + 1) & mask) {
      if (kinds[i] == kind && texts[i].length == length && same(texts[i], text, length)) {
        return values[i];
      }
    }
    return null;
  }

  /** Remembers a value (while there is room); the text is copied. */
  void put(byte kind, char[] text, int length, RawValue value) {
    if (size >= LIMIT) {
      return;
    }
    if (2 * (size + 1) > texts.length) {
      grow();
    }
    insert(kind, Arrays.copyOf(text, length), value);
    size++;
  }

  private void insert(byte kind, char[] text, RawValue value) {
    int mask = texts.length - 1;
    int i = hash(kind, text, text.length) & mask;
    while (texts[i] != null) {
      i = (i + 1) & mask;
    }
    texts[i] = text;
    kinds[i] = kind;
    values[i] = value;
  }

  private void grow() {
    char[][] oldTexts = texts;
    byte[] oldKinds = kinds;
    RawValue[] oldValues = values;
    texts = new char[oldTexts.length * 2][];
    kinds = new byte[oldTexts.length * 2];
    values = new RawValue[oldTexts.length * 2];
    for (int i = 0; i < oldTexts.length; i++) {
      if (oldTexts[i] != null) {
        insert(oldKinds[i], oldTexts[i], oldValues[i]);
      }
    }
  }

  private static boolean same(char[] known, char[] text, int length) {
    for (int i = 0; i < length; i++) {
      if (known[i] != text[i]) {
        return false;
      }
    }
    return true;
  }

  private static int hash(byte kind, char[] text, int length) {
    int h = kind;
    for (int i = 0; i < length; i++) {
      h = 31 * h + text[i];
    }
    return h ^ (h >>> 16);
  }
}

package com.jixiao.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;

/**
 * The shared strings part of a workbook: the text of each {@code <si>} item, in order, as a
 * spreadsheet shows it — the runs of rich text joined, phonetic guides ({@code <rPh>}) left out,
 * and the {@code _xHHHH_} escapes of characters XML cannot hold decoded (as POI's
 * ReadOnlySharedStringsTable and XSSFRichTextString read them, which this replaces: those go
 * through an XMLBeans object for every string looked up).
 */
final class SharedStringTable {
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final String STRICT = "http://purl.oclc.org/ooxml/spreadsheetml/main";

  static final SharedStringTable NONE = new SharedStringTable(List.of());

  private final List<String> strings;

  private SharedStringTable(List<String> strings) {
    this.strings = strings;
  }

  int size() {
    return strings.size();
  }

  /** The string at {@code index}; an index the table does not have is the caller's to report. */
  String get(int index) {
    return strings.get(index);
  }

  static SharedStringTable read(InputStream part) throws IOException {
    List<String> strings = new ArrayList<>();
    XmlInput parser = XmlInput.of(part);
    XMLStreamReader xml = parser.xml();
    XmlInput.TextBuffer text = new XmlInput.TextBuffer();
    boolean inText = false;
    int phonetic = 0;
    for (int e = parser.next(); e != XMLStreamConstants.END_DOCUMENT; e = parser.next()) {
      if (e == XMLStreamConstants.START_ELEMENT && isMain(xml)) {
        switch (xml.getLocalName()) {
          case "si" -> text.clear();
          case "t" -> inText = true;
          case "rPh" -> phonetic++;
          default -> {
            // runs (<r>) and their properties: only their text counts
          }
        }
      } else if (e == XMLStreamConstants.END_ELEMENT && isMain(xml)) {
        switch (xml.getLocalName()) {
          case "si" -> strings.add(decode(text.toString()));
          case "t" -> inText = false;
          case "rPh" -> phonetic--;
          default -> {
            // nothing to do
          }
        }
      } else if (inText && phonetic == 0 && isText(e)) {
        parser.appendText(text);
      }
    }
    parser.close();
    return new SharedStringTable(strings);
  }

  private static boolean isMain(XMLStreamReader xml) {
    String ns = xml.getNamespaceURI();
    return ns == null || ns.isEmpty() || ns.equals(MAIN) || ns.equals(STRICT);
  }

  static boolean isText(int event) {
    return event == XMLStreamConstants.CHARACTERS
        || event == XMLStreamConstants.CDATA
        || event == XMLStreamConstants.SPACE;
  }

  /** "a_x000D_b" → "a\rb": OOXML's escape for a character XML 1.0 cannot hold. */
  static String decode(String s) {
    int at = s.indexOf("_x");
    if (at < 0) {
      return s;
    }
    StringBuilder b = new StringBuilder(s.length());
    int from = 0;
    for (; at >= 0; at = s.indexOf("_x", at + 1)) {
      if (at >= from && at + 7 <= s.length() && s.charAt(at + 6) == '_' && isHex(s, at + 2)) {
        b.append(s, from, at).append((char) Integer.parseInt(s.substring(at + 2, at + 6), 16));
        from = at + 7;
      }
    }
    return from == 0 ? s : b.append(s, from, s.length()).toString();
  }

  private static boolean isHex(String s, int from) {
    for (int i = from; i < from + 4; i++) {
      char c = s.charAt(i);
      if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F')) {
        return false;
      }
    }
    return true;
  }
}

package com.jixiao.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * What a cell's style says about its number: shown as a date, as a percent, or plain. Read from the
 * styles part's cell formats ({@code cellXfs}) and number formats ({@code numFmts}), a custom
 * format before a built-in one of the same id, as POI's StylesTable gives them; that class parses
 * the whole part into XMLBeans objects, which is most of the time and classes a small workbook
 * takes to read. Not thread-safe: one per workbook being read.
 */
final class CellFormats {
  static final CellFormats NONE = new CellFormats(new short[0], Map.of());

  private static final byte KNOWN = 1;
  private static final byte DATE = 2;
  private static final byte PERCENT = 4;

  /** The number format id of each cell format. */
  private final short[] formatIds;

  private final Map<Short, String> custom;

  /** What each cell format shows, worked out when a cell first uses it. */
  private final byte[] shows;

  private CellFormats(short[] formatIds, Map<Short, String> custom) {
    this.formatIds = formatIds;
    this.custom = custom;
    this.shows = new byte[formatIds.length];
  }

  /** Whether the cell format at {@code style} shows a date (false for a style not defined). */
  boolean isDate(int style) {
    return (shows(style) & DATE) != 0;
  }

  /** Whether the cell format at {@code style} shows a percent (false for a style not defined). */
  boolean isPercent(int style) {
    return (shows(style) & PERCENT) != 0;
  }

  private byte shows(int style) {
    if (style < 0 || style >= shows.length) {
      return 0;
    }
    if (shows[style] == 0) {
      short id = formatIds[style];
      String format = custom.containsKey(id) ? custom.get(id) : BuiltinFormats.getBuiltinFormat(id);
      shows[style] =
          (byte)
              (KNOWN
                  | (DateUtil.isADateFormat(id, format) ? DATE : 0)
                  | (RawValue.isPercentFormat(format) ? PERCENT : 0));
    }
    return shows[style];
  }

  static CellFormats read(InputStream part) throws IOException {
    Map<Short, String> custom = new HashMap<>();
    List<Short> cellFormats = new ArrayList<>();
    XmlInput parser = XmlInput.of(part);
    XMLStreamReader xml = parser.xml();
    boolean inCellXfs = false;
    for (int e = parser.next(); e != XMLStreamConstants.END_DOCUMENT; e = parser.next()) {
      if (e == XMLStreamConstants.START_ELEMENT) {
        switch (xml.getLocalName()) {
          case "numFmt" -> {
            String code = parser.attribute("formatCode");
            if (code != null) {
              custom.put(id(parser.attribute("numFmtId")), code);
            }
          }
          case "cellXfs" -> inCellXfs = true;
          case "xf" -> {
            if (inCellXfs) {
              cellFormats.add(id(parser.attribute("numFmtId")));
            }
          }
          default -> {
            // fonts, fills, borders, cell style formats: no bearing on a value
          }
        }
      } else if (e == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("cellXfs")) {
        inCellXfs = false;
      }
    }
    parser.close();
    short[] ids = new short[cellFormats.size()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = cellFormats.get(i);
    }
    return new CellFormats(ids, custom);
  }

  /** A number format id as the styles part gives it (0, General, when it is not a number). */
  private static short id(String text) {
    try {
      return text == null ? 0 : (short) Long.parseLong(text.trim());
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}

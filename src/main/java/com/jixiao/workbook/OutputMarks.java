package com.jixiao.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.xssf.usermodel.XSSFName;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * How jixiao recognises the sheets it wrote, whatever they are named: each output sheet carries a
 * hidden defined name {@value #NAME}, local to the sheet, whose value is the sheet's key (e.g.
 * {@code "payroll"}). Defined names travel with their sheet when Excel, WPS or LibreOffice save the
 * file or the user renames the sheet, so a run on a filled workbook replaces exactly its own
 * earlier output sheets and never a user's sheet that happens to have the same name.
 *
 * <p>Filled workbooks written before the mark existed are recognised by where the graft put their
 * sheets' parts (a folder {@code jixiao}, {@code jixiao2}, … beside the workbook part), as long as
 * no other program has saved the file since.
 */
public final class OutputMarks {
  public static final String NAME = "_jixiao_output";

  private OutputMarks() {}

  /**
   * Marks the sheet at {@code sheetIndex} of a workbook being written as jixiao's output (the graft
   * hides the name when it adds the sheet to the filled workbook).
   */
  public static void mark(XSSFWorkbook workbook, int sheetIndex, String key) {
    XSSFName name = workbook.createName();
    name.setNameName(NAME);
    name.setSheetIndex(sheetIndex);
    name.setRefersToFormula("\"" + key.replace("\"", "") + "\"");
  }

  /**
   * The marked sheets of a workbook part ({@code xl/workbook.xml}): sheet name → key, in sheet
   * order. Read by streaming; the part has been checked for depth and size before.
   */
  static Map<String, String> read(InputStream workbookXml) throws IOException {
    List<String> sheets = new ArrayList<>();
    Map<Integer, String> keys = new LinkedHashMap<>();
    try {
      XmlInput parser = XmlInput.of(workbookXml);
      XMLStreamReader xml = parser.xml();
      String markedSheet = null; // the localSheetId of the mark being read
      XmlInput.TextBuffer value = new XmlInput.TextBuffer();
      for (int e = parser.next(); e != XMLStreamConstants.END_DOCUMENT; e = parser.next()) {
        if (e == XMLStreamConstants.START_ELEMENT) {
          String local = xml.getLocalName();
          if (local.equals("sheet")) {
            sheets.add(xml.getAttributeValue(null, "name"));
          } else if (local.equals("definedName")
              && NAME.equals(xml.getAttributeValue(null, "name"))) {
            markedSheet = xml.getAttributeValue(null, "localSheetId");
            value.clear();
          }
        } else if (markedSheet != null && SharedStringTable.isText(e)) {
          parser.appendText(value);
        } else if (e == XMLStreamConstants.END_ELEMENT && markedSheet != null) {
          if (markedSheet.chars().allMatch(Character::isDigit)) {
            keys.put(Integer.parseInt(markedSheet), unquote(value.toString().strip()));
          }
          markedSheet = null;
        }
      }
      parser.close();
    } catch (NumberFormatException e) {
      throw new IOException("the workbook part is not readable: " + e.getMessage(), e);
    }
    Map<String, String> marked = new LinkedHashMap<>();
    for (int i = 0; i < sheets.size(); i++) {
      if (keys.containsKey(i) && sheets.get(i) != null) {
        marked.put(sheets.get(i), keys.get(i));
      }
    }
    return marked;
  }

  private static String unquote(String value) {
    return value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")
        ? value.substring(1, value.length() - 1)
        : value;
  }

  /** Whether a sheet part lies where the graft puts output sheets: {@code xl/jixiao…/…}. */
  static boolean isGraftedPart(String partName) {
    String p = partName.startsWith("/") ? partName.substring(1) : partName;
    int slash = p.indexOf('/');
    return slash > 0 && p.startsWith("jixiao", slash + 1);
  }
}

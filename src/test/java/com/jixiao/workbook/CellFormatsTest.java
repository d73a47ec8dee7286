package com.jixiao.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CellFormatsTest {
  private static final String STYLES =
      "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<numFmts count=\"3\">"
          + "<numFmt numFmtId=\"164\" formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;\"/>"
          + "<numFmt numFmtId=\"165\" formatCode=\"0.0%\"/>"
          + "<numFmt numFmtId=\"166\" formatCode=\"0&quot;%&quot;\"/>"
          + "</numFmts>"
          + "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
          + "<cellXfs count=\"6\">"
          + "<xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
          + "<xf numFmtId=\"165\"/><xf numFmtId=\"10\"/><xf numFmtId=\"166\"/>"
          + "</cellXfs></styleSheet>";

  private static CellFormats formats() throws Exception {
    return CellFormats.read(new ByteArrayInputStream(STYLES.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  @DisplayName("built-in and custom date formats show dates; General does not")
  void dates() throws Exception {
    CellFormats f = formats();
    assertThat(f.isDate(0)).isFalse();
    assertThat(f.isDate(1)).as("built-in 14, m/d/yy").isTrue();
    assertThat(f.isDate(2)).as("custom yyyy年m月").isTrue();
    assertThat(f.isDate(3)).isFalse();
  }

  @Test
  @DisplayName("a % outside quotes shows a percent, built-in 10 (0.00%) too; a quoted % does not")
  void percents() throws Exception {
    CellFormats f = formats();
    assertThat(f.isPercent(3)).isTrue();
    assertThat(f.isPercent(4)).isTrue();
    assertThat(f.isPercent(5)).isFalse();
    assertThat(f.isPercent(0)).isFalse();
  }

  @Test
  @DisplayName("a style the file does not define is plain, and cell style formats are not cells'")
  void undefinedStyles() throws Exception {
    CellFormats f = formats();
    assertThat(f.isDate(6)).isFalse();
    assertThat(f.isDate(-1)).isFalse();
    assertThat(CellFormats.NONE.isPercent(0)).isFalse();
  }
}

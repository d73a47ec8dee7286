package com.jixiao.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SharedStringTableTest {
  private static final String SST =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
          + " count=\"6\" uniqueCount=\"6\">"
          + "<si><t>王丽</t></si>"
          + "<si><r><rPr><b/></rPr><t>KF</t></r><r><t xml:space=\"preserve\">001 </t></r></si>"
          + "<si><t>张三</t><rPh sb=\"0\" eb=\"2\"><t>zhāng sān</t></rPh></si>"
          + "<si><t>line_x000D_break_x000a_</t></si>"
          + "<si><t>a &amp; b <![CDATA[<c>]]></t></si>"
          + "<si><t/></si>"
          + "</sst>";

  private static SharedStringTable ours(String xml) throws Exception {
    return SharedStringTable.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  @DisplayName("items read as a spreadsheet shows them: runs joined, phonetic guides left out")
  void itemsReadAsShown() throws Exception {
    SharedStringTable table = ours(SST);
    List<String> strings = new ArrayList<>();
    for (int i = 0; i < table.size(); i++) {
      strings.add(table.get(i));
    }
    assertThat(strings).containsExactly("王丽", "KF001 ", "张三", "line\rbreak\n", "a & b <c>", "");
  }

  @Test
  @DisplayName("every item reads as POI's shared strings table reads it")
  void agreesWithPoi() throws Exception {
    SharedStringTable table = ours(SST);
    ReadOnlySharedStringsTable poi =
        new ReadOnlySharedStringsTable(
            new ByteArrayInputStream(SST.getBytes(StandardCharsets.UTF_8)), false);
    assertThat(table.size()).isEqualTo(poi.getCount());
    for (int i = 0; i < table.size(); i++) {
      assertThat(table.get(i)).isEqualTo(poi.getItemAt(i).getString());
    }
  }

  @ParameterizedTest(name = "\"{0}\" → \"{1}\"")
  @CsvSource(
      delimiter = '|',
      value = {
        "a_x0041_b|aAb",
        "_x4e2d__x6587_|中文",
        "_x00ZZ_|_x00ZZ_",
        "__x0041__|_A_",
        "_x0041|_x0041",
        "no escape|no escape"
      })
  @DisplayName("_xHHHH_ is a character XML cannot hold, other text is kept")
  void escapes(String stored, String shown) {
    assertThat(SharedStringTable.decode(stored)).isEqualTo(shown);
  }
}

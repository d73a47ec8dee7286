package com.jixiao.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XlsxPartsTest {
  @ParameterizedTest(name = "{1} from \"{0}\" → {2}")
  @CsvSource({
    "xl/, worksheets/sheet1.xml, xl/worksheets/sheet1.xml",
    "xl/, /xl/worksheets/sheet1.xml, xl/worksheets/sheet1.xml",
    "xl/, ../docProps/app.xml, docProps/app.xml",
    "xl/, ./styles.xml, xl/styles.xml",
    "'', xl/workbook.xml, xl/workbook.xml"
  })
  @DisplayName("relationship targets resolve to part names as the package stores them")
  void targets(String base, String target, String part) {
    assertThat(XlsxParts.resolve(base, target)).isEqualTo(part);
  }
}

package com.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The random font subset tag and file ID of OpenPDF replaced by ones from the content. */
class DeterministicPdfTest {
  private static byte[] pdf(String tag, String id, String body) {
    return ("%PDF-1.4\n1 0 obj <</FontName/"
            + tag
            + "+NotoSansSC-Regular>> endobj\n2 0 obj <</BaseFont/"
            + tag
            + "+NotoSansSC-Regular>> endobj\n"
            + body
            + "\ntrailer <</ID [<"
            + id
            + "><"
            + id
            + ">]>>\n%%EOF")
        .getBytes(StandardCharsets.ISO_8859_1);
  }

  private static final String ID1 = "0123456789abcdef0123456789abcdef";
  private static final String ID2 = "fedcba9876543210fedcba9876543210";

  @Test
  void theSameContentWithOtherRandomPartsGivesTheSameBytes() {
    byte[] a = DeterministicPdf.fix(pdf("PVAWCP", ID1, "BT (x) Tj ET"));
    byte[] b = DeterministicPdf.fix(pdf("QXZTRA", ID2, "BT (x) Tj ET"));
    assertThat(a).isEqualTo(b).hasSameSizeAs(pdf("PVAWCP", ID1, "BT (x) Tj ET"));
  }

  @Test
  void differentContentGetsADifferentTagAndIdUsedConsistently() {
    String a =
        new String(DeterministicPdf.fix(pdf("PVAWCP", ID1, "one")), StandardCharsets.ISO_8859_1);
    String b =
        new String(DeterministicPdf.fix(pdf("PVAWCP", ID1, "two")), StandardCharsets.ISO_8859_1);
    String tagA = a.substring(a.indexOf("/FontName/") + 10, a.indexOf("/FontName/") + 16);
    assertThat(tagA).matches("[A-Z]{6}").isNotEqualTo("PVAWCP");
    assertThat(a).contains("/BaseFont/" + tagA + "+").doesNotContain("PVAWCP").doesNotContain(ID1);
    assertThat(a).containsPattern("/ID \\[<([0-9a-f]{32})><\\1>\\]");
    assertThat(a.substring(a.indexOf("/ID ["))).isNotEqualTo(b.substring(b.indexOf("/ID [")));
  }

  @Test
  void aFileWithoutAnIdIsAnError() {
    byte[] noId = "%PDF-1.4\ntrailer <<>>".getBytes(StandardCharsets.ISO_8859_1);
    assertThatThrownBy(() -> DeterministicPdf.fix(noId)).isInstanceOf(IllegalStateException.class);
  }
}

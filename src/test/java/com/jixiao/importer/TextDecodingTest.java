package com.jixiao.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextDecodingTest {
  private static final String TEXT = "旺旺,咨询人数,销售额\r\n悦享家居旗舰店:小王,120,\"1,234.50\"\r\n";

  private static byte[] bytes(String text, Charset charset) {
    return text.getBytes(charset);
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  @ParameterizedTest(name = "Chinese text in {0} without a byte-order mark is read as GB18030")
  @ValueSource(strings = {"GBK", "GB2312", "GB18030"})
  void gbkFamilyIsGb18030(String charset) {
    TextDecoding.Decoded d =
        TextDecoding.decode(bytes(TEXT, Charset.forName(charset))).orElseThrow();
    assertThat(d.text()).isEqualTo(TEXT);
    assertThat(d.encoding()).isEqualTo("GB18030");
  }

  @Test
  @DisplayName("UTF-8 with a byte-order mark is UTF-8, the mark dropped")
  void utf8WithBom() {
    byte[] b =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            bytes(TEXT, StandardCharsets.UTF_8));
    TextDecoding.Decoded d = TextDecoding.decode(b).orElseThrow();
    assertThat(d.text()).isEqualTo(TEXT);
    assertThat(d.encoding()).isEqualTo("UTF-8 (BOM)");
  }

  @Test
  @DisplayName("UTF-8 without a mark passes the strict UTF-8 test and is UTF-8")
  void utf8WithoutBom() {
    TextDecoding.Decoded d = TextDecoding.decode(bytes(TEXT, StandardCharsets.UTF_8)).orElseThrow();
    assertThat(d.text()).isEqualTo(TEXT);
    assertThat(d.encoding()).isEqualTo("UTF-8");
  }

  @Test
  @DisplayName("Excel's Unicode text (UTF-16LE with a mark) is read")
  void utf16le() {
    byte[] b =
        concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, bytes(TEXT, StandardCharsets.UTF_16LE));
    assertThat(TextDecoding.decode(b).orElseThrow().text()).isEqualTo(TEXT);
  }

  @Test
  @DisplayName("a file with NUL bytes is binary, not text")
  void nulIsBinary() {
    assertThat(TextDecoding.decode(new byte[] {'a', 0, 'b'})).isEmpty();
  }

  @Test
  @DisplayName("bytes that are neither valid UTF-8 nor valid GB18030 are not guessed")
  void neitherEncoding() {
    // 0x81 opens a GB18030 double byte; 0x20 cannot follow it. Invalid UTF-8 too.
    assertThat(TextDecoding.decode(new byte[] {'a', (byte) 0x81, 0x20, 'b'})).isEmpty();
  }

  @Test
  @DisplayName("a UTF-8 byte-order mark on bytes that are not UTF-8 is not read with replacements")
  void bomWithGbkBytes() {
    byte[] b =
        concat(
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
            bytes(TEXT, Charset.forName("GBK")));
    assertThat(TextDecoding.decode(b)).isEmpty();
  }
}

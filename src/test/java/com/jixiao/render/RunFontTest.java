package com.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.BaseFont;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.BitSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The font of a run: the bundled font's glyphs for the run's characters, and nothing else. */
class RunFontTest {
  private static final PdfRenderer.FontBytes FULL = PdfRenderer.FontBytes.bundled();
  private static BaseFont full;

  @BeforeAll
  static void loadTheFullFont() throws Exception {
    full = font(FULL.bytes());
  }

  private static BaseFont font(byte[] bytes) throws Exception {
    return BaseFont.createFont(
        "f.ttf", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED, bytes, null);
  }

  private static BitSet of(String text) {
    BitSet set = new BitSet();
    text.codePoints().forEach(set::set);
    return set;
  }

  @Test
  @DisplayName(
      "the run's characters keep their glyphs and widths; others are left out; the font is small")
  void theCutFontHasTheRunsCharactersWithTheirWidths() throws Exception {
    String text = "绩效考核评分卡 吴磊 ¥4,839.61 −50 · 第 1 页，共 1 页 Ünïcödé";
    try (RunFont cut = RunFont.cut(FULL, of(text))) {
      BaseFont small = font(cut.font().bytes());
      for (int c : text.codePoints().toArray()) {
        assertThat(small.charExists(c)).as(Character.toString(c)).isEqualTo(full.charExists(c));
        assertThat(small.getWidth(c)).as(Character.toString(c)).isEqualTo(full.getWidth(c));
      }
      assertThat(full.charExists('龍')).isTrue();
      assertThat(small.charExists('龍')).as("a character of no page").isFalse();
      assertThat(cut.font().bytes().length).isLessThan(FULL.bytes().length / 100);
      assertThat(small.getPostscriptFontName()).isEqualTo(full.getPostscriptFontName());
      // OpenPDF reads the decorations from the path: the same bytes are there
      assertThat(Files.readAllBytes(Path.of(cut.font().path()))).isEqualTo(cut.font().bytes());
    }
  }

  @Test
  @DisplayName(
      "printable ASCII and the case forms of letters are always there (page numbers,"
          + " text-transform)")
  void asciiAndCaseFormsAreAlwaysThere() throws Exception {
    try (RunFont cut = RunFont.cut(FULL, of("é"))) {
      BaseFont small = font(cut.font().bytes());
      for (char c : "0123456789 Page of ÉAZaz%-".toCharArray()) {
        assertThat(small.charExists(c)).as(String.valueOf(c)).isTrue();
      }
    }
  }

  @Test
  @DisplayName("the same characters give the same bytes, and the temporary file is removed")
  void theCutIsDeterministicAndLeavesNoFile() throws Exception {
    BitSet characters = of("悦享家居旗舰店 Store · 2026年9月");
    Path file;
    byte[] first;
    try (RunFont a = RunFont.cut(FULL, characters)) {
      first = a.font().bytes();
      file = Path.of(a.font().path());
      assertThat(file).exists();
    }
    assertThat(file).doesNotExist();
    try (RunFont b = RunFont.cut(FULL, characters)) {
      assertThat(b.font().bytes()).isEqualTo(first);
    }
  }
}

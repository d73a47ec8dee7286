package com.jixiao.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.i18n.Messages;
import com.jixiao.report.MonthReport;
import com.jixiao.workbook.ReadResult;
import com.jixiao.workbook.input.WorkbookReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A renderer keeps parsed stylesheets from page to page; what it makes of a page does not depend on
 * the pages it made before.
 */
class PdfRendererTest {
  private static final PdfRenderer.FontBytes FONT = PdfRenderer.FontBytes.bundled();

  @TempDir Path dir;

  @Test
  @DisplayName("a page rendered after others gives the same bytes as on a renderer of its own")
  void aReusedRendererGivesTheSameBytesAsAFreshOne() throws Exception {
    ReadResult read = WorkbookReader.read(Path.of("sample-workbooks", "sample-zh.xlsx"));
    MonthReport report = MonthReport.of(read.input().orElseThrow(), read.alerts());
    Messages messages = new Messages(read.language());
    Pages pages = new Pages(report, messages);
    Templates templates = Templates.from(Optional.empty());
    String summary = templates.render(Templates.TEAM_SUMMARY, pages.teamSummary(), messages);
    List<String> cards =
        report.scores().scores().stream()
            .limit(3)
            .map(
                s -> {
                  try {
                    return templates.render(Templates.SCORECARD, pages.scorecard(s), messages);
                  } catch (TemplateError e) {
                    throw new AssertionError(e);
                  }
                })
            .toList();
    LocalDate date = LocalDate.of(2026, 9, 30);

    PdfRenderer reused = PdfRenderer.create(FONT, templates.folder());
    reused.render(summary, date);
    for (String card : cards) {
      reused.render(card, date);
    }
    for (String page : List.of(cards.get(0), summary, cards.get(2))) {
      byte[] again = reused.render(page, date);
      byte[] fresh = PdfRenderer.create(FONT, templates.folder()).render(page, date);
      assertThat(again).isEqualTo(fresh);
    }
  }

  @Test
  @DisplayName(
      "with Flying Saucer's default stylesheet cut to a page's elements, pages come out byte for"
          + " byte as with the whole sheet: the sample's pages and a page of many elements")
  void theCutDefaultStylesheetChangesNothing() throws Exception {
    ReadResult read = WorkbookReader.read(Path.of("sample-workbooks", "sample-en.xlsx"));
    MonthReport report = MonthReport.of(read.input().orElseThrow(), read.alerts());
    Messages messages = new Messages(read.language());
    Pages pages = new Pages(report, messages);
    Templates templates = Templates.from(Optional.empty());
    List<String> xhtml =
        List.of(
            templates.render(Templates.TEAM_SUMMARY, pages.teamSummary(), messages),
            templates.render(
                Templates.SCORECARD, pages.scorecard(report.scores().scores().get(6)), messages),
            MANY_ELEMENTS);
    LocalDate date = LocalDate.of(2026, 9, 30);
    PdfRenderer cut = PdfRenderer.create(FONT, templates.folder(), true);
    PdfRenderer whole = PdfRenderer.create(FONT, templates.folder(), false);
    for (String page : xhtml) {
      assertThat(cut.render(page, date)).isEqualTo(whole.render(page, date));
    }
    assertThat(UserAgentRules.forPage(new PageParser().parse(MANY_ELEMENTS)).length())
        .isLessThan(UserAgentRules.whole().length());
  }

  /** Elements the default stylesheet styles, in nestings its rules name (ol ul, table > tr). */
  private static final String MANY_ELEMENTS =
      "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body>"
          + "<h1>h1</h1><h3>h3</h3><h5>h5</h5><p>p <b>b</b> <strong>s</strong> <em>em</em>"
          + " <i>i</i> <u>u</u> <s>s</s> <small>small</small> <big>big</big> <sub>sub</sub>"
          + " <sup>sup</sup> <code>code</code> <a href=\"#x\">a</a><br/>after br</p>"
          + "<ol><li>one<ul><li>nested</li></ul></li></ol><dl><dt>dt</dt><dd>dd</dd></dl>"
          + "<blockquote>quote</blockquote><pre>pre  text</pre><center>center</center><hr/>"
          + "<table align=\"center\"><caption>cap</caption><thead><tr><th>h</th></tr></thead>"
          + "<tbody><tr><td>d</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>"
          + "<table><tr><td>no tbody</td></tr></table></body></html>";

  @Test
  @DisplayName(
      "a stylesheet of the folder changed between runs is read anew by a new renderer,"
          + " and two inline styles never share a cached sheet")
  void inlineStylesAreCachedByTheirContent() throws Exception {
    Files.writeString(dir.resolve("a.css"), ".x:before { content: \"AAA\" }");
    TemplateFolder folder = TemplateFolder.of(dir);
    PdfRenderer renderer = PdfRenderer.create(FONT, folder);
    LocalDate date = LocalDate.of(2026, 9, 30);
    String one = page("<style>.x:before { content: \"ONE\" }</style>");
    String two = page("<style>.x:before { content: \"TWO\" }</style>");
    assertThat(PdfText.of(renderer.render(one, date))).contains("ONE");
    assertThat(PdfText.of(renderer.render(two, date))).contains("TWO").doesNotContain("ONE");
    assertThat(PdfText.of(renderer.render(one, date))).contains("ONE").doesNotContain("TWO");
    String linked = page("<link rel=\"stylesheet\" href=\"a.css\"/>");
    assertThat(PdfText.of(renderer.render(linked, date))).contains("AAA");
    Files.writeString(dir.resolve("a.css"), ".x:before { content: \"BBB\" }");
    assertThat(PdfText.of(PdfRenderer.create(FONT, folder).render(linked, date))).contains("BBB");
  }

  private static String page(String head) {
    return "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head>"
        + head
        + "</head><body><div class=\"x\">text</div></body></html>";
  }
}

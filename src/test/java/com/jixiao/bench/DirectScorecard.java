package com.jixiao.bench;

import com.jixiao.render.PdfRenderer;
import com.jixiao.render.ScorecardPage;
import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * The benchmark's baseline: the same scorecard content drawn directly with OpenPDF's table API,
 * without FreeMarker, XHTML or CSS, so the cost of the template path can be measured against it
 * (issue 8). Not used by the product: templates are what users edit.
 */
final class DirectScorecard {
  private final BaseFont font;

  DirectScorecard(PdfRenderer.FontBytes bytes) throws IOException, DocumentException {
    this.font =
        BaseFont.createFont(
            "NotoSansSC-Regular.ttf",
            BaseFont.IDENTITY_H,
            BaseFont.EMBEDDED,
            BaseFont.NOT_CACHED,
            bytes.bytes(),
            null);
    font.setCompressionLevel(PdfRenderer.FONT_COMPRESSION); // as the product embeds it
  }

  byte[] render(ScorecardPage page) throws DocumentException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 36, 36, 36, 36);
    PdfWriter.getInstance(doc, out);
    doc.open();
    Font title = new Font(font, 16, Font.BOLD);
    Font body = new Font(font, 8);
    Font big = new Font(font, 20, Font.BOLD);
    doc.add(new Paragraph(page.store() + " · " + page.period(), body));
    doc.add(
        new Paragraph(
            page.name() + "（" + page.agentId() + "） " + page.team() + " · " + page.role(), title));
    PdfPTable head = new PdfPTable(3);
    head.setWidthPercentage(100);
    head.addCell(cell(page.total(), big));
    head.addCell(cell(page.coefficient(), big));
    head.addCell(cell(page.rank() + " / " + page.agents(), big));
    doc.add(head);
    PdfPTable items = new PdfPTable(new float[] {4, 14, 5, 14, 6, 40});
    items.setWidthPercentage(100);
    items.setSpacingBefore(8);
    for (ScorecardPage.ItemGroup group : page.groups()) {
      PdfPCell g = cell(group.label() + "  " + group.subtotal(), new Font(font, 9, Font.BOLD));
      g.setColspan(6);
      g.setBackgroundColor(new Color(230, 238, 250));
      items.addCell(g);
      for (ScorecardPage.ItemRow row : group.items()) {
        items.addCell(cell(String.valueOf(row.number()), body));
        items.addCell(cell(row.label(), body));
        items.addCell(cell(row.weight(), body));
        items.addCell(cell(row.metric(), body));
        items.addCell(cell(row.score(), body));
        items.addCell(cell(row.explanation(), body));
      }
    }
    doc.add(items);
    PdfPTable findings = new PdfPTable(3);
    findings.setWidthPercentage(60);
    findings.setHorizontalAlignment(Element.ALIGN_LEFT);
    findings.setSpacingBefore(8);
    for (ScorecardPage.Finding f : page.findings()) {
      findings.addCell(cell(f.date(), body));
      findings.addCell(cell(f.code(), body));
      findings.addCell(cell(f.name() + (f.escalated() ? " ↑" : ""), body));
    }
    if (!page.findings().isEmpty()) {
      doc.add(findings);
    }
    PdfPTable chart = new PdfPTable(Math.max(1, page.chart().size()));
    chart.setWidthPercentage(100);
    chart.setSpacingBefore(8);
    for (ScorecardPage.ChartBar bar : page.chart()) {
      PdfPCell c = cell(bar.total(), body);
      c.setFixedHeight(Math.max(10, bar.height() * 0.6f));
      c.setVerticalAlignment(Element.ALIGN_BOTTOM);
      c.setBackgroundColor(bar.current() ? new Color(70, 110, 200) : new Color(180, 200, 230));
      chart.addCell(c);
    }
    for (ScorecardPage.ChartBar bar : page.chart()) {
      chart.addCell(cell(bar.month(), body));
    }
    doc.add(chart);
    doc.add(new Paragraph(page.confirmBy(), body));
    doc.close();
    return out.toByteArray();
  }

  private static PdfPCell cell(String text, Font f) {
    PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, f));
    c.setBorderColor(new Color(200, 200, 200));
    c.setPadding(3);
    return c;
  }
}

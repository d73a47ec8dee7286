package com.jixiao.bench;

import com.jixiao.i18n.Messages;
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
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfPageEventHelper;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * The benchmark's baseline: the same scorecard content drawn directly with OpenPDF's table API,
 * without FreeMarker, XHTML or CSS, so the cost of the template path can be measured against it.
 * Not used by the product: templates are what users edit.
 */
final class DirectScorecard {
  private final BaseFont font;
  private final Font title;
  private final Font big;
  private final Font body;
  private final Font bold;
  private final Font small;
  private final Font tiny;
  private final Font muted;
  private final Font fatal;
  private final Font headingFont;
  private final Font headerFont;
  private final Font confirmFont;

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
    title = new Font(font, 15, Font.BOLD, NAVY);
    big = new Font(font, 16, Font.BOLD);
    body = new Font(font, 8.5f);
    bold = new Font(font, 8.5f, Font.BOLD);
    small = new Font(font, 7.5f);
    tiny = new Font(font, 6.5f);
    muted = new Font(font, 8.5f, Font.NORMAL, new Color(107, 119, 133));
    fatal = new Font(font, 8.5f, Font.BOLD, new Color(180, 35, 24));
    headingFont = new Font(font, 10, Font.BOLD, NAVY);
    headerFont = new Font(font, 8, Font.BOLD, Color.WHITE);
    confirmFont = new Font(font, 10, Font.BOLD, new Color(146, 64, 14));
  }

  /**
   * The scorecard with everything the template shows: header, the four key figures, the items by
   * group, rankings and rewards, QA findings, points, pay, the 12-month chart, the confirmation
   * line and the page footer, with the same labels.
   */
  byte[] render(ScorecardPage page, Messages messages) throws DocumentException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Document doc = new Document(PageSize.A4, 34, 34, 34, 40);
    PdfWriter writer = PdfWriter.getInstance(doc, out);
    String footer =
        page.store()
            + " · "
            + page.period()
            + " · "
            + messages.format("doc.period_ending", page.periodEnd());
    writer.setPageEvent(
        new PdfPageEventHelper() {
          @Override
          public void onEndPage(PdfWriter w, Document d) {
            ColumnText.showTextAligned(
                w.getDirectContent(),
                Element.ALIGN_LEFT,
                new Phrase(footer, small),
                d.left(),
                d.bottom() - 14,
                0);
            ColumnText.showTextAligned(
                w.getDirectContent(),
                Element.ALIGN_RIGHT,
                new Phrase(
                    messages.format("doc.page_before")
                        + " "
                        + w.getPageNumber()
                        + " "
                        + messages.format("doc.page_middle")
                        + " 1 "
                        + messages.format("doc.page_after"),
                    small),
                d.right(),
                d.bottom() - 14,
                0);
          }
        });
    doc.open();

    PdfPTable header = table(new float[] {1, 1});
    PdfPCell left = plain();
    left.addElement(new Paragraph(messages.format("scorecard.title"), title));
    left.addElement(
        new Paragraph(
            messages.format("doc.store")
                + ": "
                + page.store()
                + " · "
                + messages.format("doc.period")
                + ": "
                + page.period(),
            muted));
    header.addCell(left);
    PdfPCell right = plain();
    Paragraph who = new Paragraph(page.name(), big);
    who.setAlignment(Element.ALIGN_RIGHT);
    right.addElement(who);
    Paragraph line =
        new Paragraph(
            messages.format("scorecard.agent_id")
                + " "
                + page.agentId()
                + " · "
                + messages.format("scorecard.team")
                + " "
                + page.team()
                + " · "
                + messages.format("scorecard.role")
                + " "
                + page.role()
                + " · "
                + messages.format("scorecard.salary_level")
                + " "
                + page.salaryLevel(),
            muted);
    line.setAlignment(Element.ALIGN_RIGHT);
    right.addElement(line);
    header.addCell(right);
    doc.add(header);

    PdfPTable kpis = table(new float[] {1, 1, 1, 1});
    kpis.addCell(kpi(messages.format("scorecard.total"), page.total()));
    kpis.addCell(kpi(messages.format("scorecard.coefficient"), page.coefficient()));
    kpis.addCell(
        kpi(
            messages.format("scorecard.rank"),
            page.rank() + " " + messages.format("scorecard.rank_of", page.agents())));
    kpis.addCell(
        page.ranking() != null && page.ranking().tier() != null
            ? kpi(messages.format("scorecard.tier"), page.ranking().tier())
            : plain());
    doc.add(kpis);

    doc.add(heading(messages.format("scorecard.items")));
    PdfPTable items =
        headed(
            new float[] {6, 31, 10, 31, 12, 96},
            messages,
            "scorecard.number",
            "scorecard.item",
            "scorecard.weight",
            "scorecard.metric",
            "scorecard.score",
            "scorecard.explanation");
    for (ScorecardPage.ItemGroup group : page.groups()) {
      PdfPCell g = td(group.label(), bold);
      g.setColspan(4);
      g.setBackgroundColor(GROUP);
      items.addCell(g);
      items.addCell(shaded(td(group.subtotal(), bold)));
      items.addCell(shaded(td(messages.format("scorecard.subtotal"), small)));
      for (ScorecardPage.ItemRow row : group.items()) {
        items.addCell(td(String.valueOf(row.number()), muted));
        items.addCell(td(row.label(), body));
        items.addCell(td(row.weight(), body));
        items.addCell(td(row.metric(), body));
        items.addCell(td(row.score(), bold));
        items.addCell(td(row.explanation(), small));
      }
    }
    doc.add(items);

    PdfPTable columns = table(new float[] {1, 1});
    PdfPCell col1 = plain();
    if (page.ranking() != null) {
      ScorecardPage.Ranking r = page.ranking();
      col1.addElement(heading(messages.format("scorecard.ranking")));
      PdfPTable facts = table(new float[] {27, 60});
      fact(facts, messages.format("scorecard.sales_rank"), orNotRanked(r.salesRank(), messages));
      fact(
          facts,
          messages.format("scorecard.conversion_rank"),
          orNotRanked(r.conversionRank(), messages));
      fact(facts, messages.format("scorecard.reward"), r.reward());
      fact(facts, messages.format("scorecard.penalty"), r.penalty());
      if (!r.reasons().isEmpty()) {
        fact(facts, messages.format("scorecard.reasons"), String.join("\n", r.reasons()));
      }
      fact(
          facts,
          messages.format("scorecard.flags"),
          r.flags() == null ? messages.format("scorecard.flags_none") : r.flags());
      col1.addElement(facts);
    }
    col1.addElement(
        heading(
            messages.format("scorecard.quality")
                + "  "
                + messages.format(
                    "scorecard.quality_summary", page.inspections(), page.findings().size())));
    if (!page.findings().isEmpty()) {
      PdfPTable findings =
          headed(
              new float[] {20, 10, 57},
              messages,
              "scorecard.date",
              "scorecard.code",
              "scorecard.finding");
      for (ScorecardPage.Finding f : page.findings()) {
        findings.addCell(td(f.date(), body));
        findings.addCell(td(f.code(), f.fatal() ? fatal : body));
        String note =
            f.escalated()
                ? " (" + messages.format("scorecard.escalated") + ")"
                : f.fatal() ? " (" + messages.format("scorecard.fatal") + ")" : "";
        findings.addCell(td(f.name() + note, body));
      }
      col1.addElement(findings);
    }
    col1.addElement(heading(messages.format("scorecard.points")));
    if (page.points().isEmpty()) {
      col1.addElement(new Paragraph(messages.format("scorecard.points_none"), muted));
    } else {
      PdfPTable points =
          headed(
              new float[] {20, 10, 57},
              messages,
              "scorecard.date",
              "scorecard.points_value",
              "scorecard.reason");
      for (ScorecardPage.PointsRow p : page.points()) {
        points.addCell(td(p.date(), body));
        points.addCell(td(p.points(), body));
        points.addCell(td(p.reason(), body));
      }
      col1.addElement(points);
    }
    if (page.pay() != null) {
      col1.addElement(
          new Paragraph(
              messages.format("scorecard.points_counted", page.pay().points())
                  + "  = "
                  + page.pay().pointsDetail(),
              small));
    }
    columns.addCell(col1);

    PdfPCell col2 = plain();
    if (page.pay() != null) {
      ScorecardPage.Pay pay = page.pay();
      col2.addElement(heading(messages.format("scorecard.pay")));
      PdfPTable money = table(new float[] {30, 30, 26});
      money(money, messages.format("pay.level_wage"), "", pay.levelWage());
      money(
          money,
          messages.format("pay.performance_pay"),
          pay.performanceWage() + " × " + pay.coefficient(),
          pay.performancePay());
      money(money, messages.format("pay.commission"), "", pay.commission());
      money(money, messages.format("pay.rewards"), "", pay.rewards());
      money(money, messages.format("pay.penalties"), "", pay.penalties());
      money(
          money,
          messages.format("pay.points_bonus"),
          messages.format("pay.points") + " " + pay.points(),
          pay.pointsBonus());
      money(money, messages.format("pay.gross_pay"), "", pay.grossPay());
      col2.addElement(money);
    }
    col2.addElement(heading(messages.format("scorecard.chart")));
    PdfPTable chart = table(new float[Math.max(1, page.chart().size())]);
    for (ScorecardPage.ChartBar bar : page.chart()) {
      PdfPCell c = td(bar.total(), tiny);
      c.setFixedHeight(Math.max(12, bar.height() * 0.75f));
      c.setVerticalAlignment(Element.ALIGN_BOTTOM);
      c.setBackgroundColor(bar.current() ? NAVY : BAR);
      chart.addCell(c);
    }
    for (ScorecardPage.ChartBar bar : page.chart()) {
      chart.addCell(td(bar.month(), bar.current() ? bold : tiny));
    }
    if (!page.chart().isEmpty()) {
      col2.addElement(chart);
    }
    columns.addCell(col2);
    doc.add(columns);

    PdfPTable confirm = table(new float[] {1});
    PdfPCell box = td(messages.format("scorecard.confirm", page.confirmBy()), confirmFont);
    box.setBorderColor(new Color(217, 119, 6));
    box.setBackgroundColor(new Color(255, 247, 237));
    box.setPadding(6);
    confirm.addCell(box);
    confirm.setSpacingBefore(12);
    doc.add(confirm);
    doc.close();
    return out.toByteArray();
  }

  private static final Color NAVY = new Color(11, 60, 93);
  private static final Color GROUP = new Color(232, 238, 244);
  private static final Color BAR = new Color(159, 179, 200);

  private PdfPTable table(float[] widths) {
    for (int i = 0; i < widths.length; i++) {
      widths[i] = widths[i] == 0 ? 1 : widths[i];
    }
    PdfPTable t = new PdfPTable(widths);
    t.setWidthPercentage(100);
    t.setSpacingAfter(2);
    return t;
  }

  /** A table whose first row is a header cell per label key. */
  private PdfPTable headed(float[] widths, Messages messages, String... labelKeys) {
    PdfPTable t = table(widths);
    for (String key : labelKeys) {
      t.addCell(th(messages.format(key)));
    }
    return t;
  }

  private static PdfPCell plain() {
    PdfPCell c = new PdfPCell();
    c.setBorder(0);
    return c;
  }

  private PdfPCell kpi(String label, String value) {
    PdfPCell c = new PdfPCell();
    c.setBorderColor(new Color(197, 208, 219));
    c.setBackgroundColor(new Color(245, 248, 251));
    c.setPadding(4);
    c.addElement(new Paragraph(label, small));
    c.addElement(new Paragraph(value, big));
    return c;
  }

  private Paragraph heading(String text) {
    Paragraph p = new Paragraph(text, headingFont);
    p.setSpacingBefore(8);
    p.setSpacingAfter(3);
    return p;
  }

  private PdfPCell th(String text) {
    PdfPCell c = new PdfPCell(new Phrase(text, headerFont));
    c.setBackgroundColor(NAVY);
    c.setBorder(0);
    c.setPadding(3);
    return c;
  }

  private static PdfPCell td(String text, Font f) {
    PdfPCell c = new PdfPCell(new Phrase(text == null ? "" : text, f));
    c.setBorder(PdfPCell.BOTTOM);
    c.setBorderColor(new Color(217, 222, 228));
    c.setPadding(2);
    return c;
  }

  private static PdfPCell shaded(PdfPCell c) {
    c.setBackgroundColor(GROUP);
    return c;
  }

  private void fact(PdfPTable facts, String key, String value) {
    facts.addCell(td(key, muted));
    facts.addCell(td(value, bold));
  }

  private void money(PdfPTable money, String label, String detail, String amount) {
    money.addCell(td(label, body));
    money.addCell(td(detail, small));
    PdfPCell a = td(amount, body);
    a.setHorizontalAlignment(Element.ALIGN_RIGHT);
    money.addCell(a);
  }

  private static String orNotRanked(String rank, Messages messages) {
    return rank == null ? messages.format("scorecard.not_ranked") : rank;
  }
}

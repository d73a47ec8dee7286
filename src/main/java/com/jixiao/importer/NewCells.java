package com.jixiao.importer;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.XMLEvent;
import org.apache.poi.ss.util.CellReference;

/**
 * The cells the import writes into a sheet's XML, as StAX events in the sheet's own namespace and
 * prefix: numbers as {@code <c><v>}, text as inline strings ({@code <c t="inlineStr"><is><t>}), so
 * the workbook's shared strings table is never touched.
 */
final class NewCells {
  private final XMLEventFactory events;

  NewCells(XMLEventFactory events) {
    this.events = events;
  }

  List<XMLEvent> number(QName row, int r, int c, String style, BigDecimal value) {
    QName cell = sibling(row, "c");
    QName v = sibling(row, "v");
    List<XMLEvent> out = new ArrayList<>();
    out.add(events.createStartElement(cell, cellAttributes(r, c, style, null).iterator(), null));
    out.add(events.createStartElement(v, null, null));
    out.add(events.createCharacters(value.toPlainString()));
    out.add(events.createEndElement(v, null));
    out.add(events.createEndElement(cell, null));
    return out;
  }

  List<XMLEvent> text(QName row, int r, int c, String style, String text) {
    QName cell = sibling(row, "c");
    QName is = sibling(row, "is");
    QName t = sibling(row, "t");
    List<XMLEvent> out = new ArrayList<>();
    out.add(
        events.createStartElement(cell, cellAttributes(r, c, style, "inlineStr").iterator(), null));
    out.add(events.createStartElement(is, null, null));
    out.add(events.createStartElement(t, null, null));
    out.add(events.createCharacters(text));
    out.add(events.createEndElement(t, null));
    out.add(events.createEndElement(is, null));
    out.add(events.createEndElement(cell, null));
    return out;
  }

  private List<Attribute> cellAttributes(int r, int c, String style, String type) {
    List<Attribute> a = new ArrayList<>();
    a.add(events.createAttribute("r", new CellReference(r, c).formatAsString(false)));
    if (style != null) {
      a.add(events.createAttribute("s", style));
    }
    if (type != null) {
      a.add(events.createAttribute("t", type));
    }
    return a;
  }

  private static QName sibling(QName of, String local) {
    return new QName(of.getNamespaceURI(), local, of.getPrefix());
  }
}

package com.jixiao.workbook.graft;

import static com.jixiao.workbook.graft.PartXml.MAIN;
import static com.jixiao.workbook.graft.PartXml.REL_NS;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLEventFactory;
import javax.xml.stream.XMLEventReader;
import javax.xml.stream.XMLEventWriter;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.events.Attribute;
import javax.xml.stream.events.StartElement;
import javax.xml.stream.events.XMLEvent;

/**
 * A grafted sheet's XML made to fit its new package, streaming: style indexes shifted past the
 * input's own, shared-string cells turned into inline strings (the input's shared strings stay as
 * they are), and the reference to its cell notes' drawing put in its schema position.
 */
final class SheetRewrite {
  private SheetRewrite() {}

  /**
   * Shifts every style index (cells, rows, columns) by {@code xfOffset} and turns shared-string
   * cells into inline strings, streaming.
   */
  static byte[] rewrite(
      byte[] sheet, int xfOffset, List<String> sharedStrings, String legacyDrawingRid)
      throws IOException {
    try {
      XMLEventReader reader =
          PartXml.inputFactory().createXMLEventReader(new ByteArrayInputStream(sheet));
      ByteArrayOutputStream out = new ByteArrayOutputStream(sheet.length + 1024);
      XMLEventWriter writer =
          XMLOutputFactory.newDefaultFactory().createXMLEventWriter(out, "UTF-8");
      XMLEventFactory events = XMLEventFactory.newDefaultFactory();
      boolean sharedCell = false;
      boolean inValue = false;
      boolean drawingPlaced = legacyDrawingRid == null;
      int depth = 0;
      while (reader.hasNext()) {
        XMLEvent e = reader.nextEvent();
        if (!drawingPlaced
            && depth == 1
            && ((e.isStartElement()
                    && AFTER_LEGACY_DRAWING.contains(e.asStartElement().getName().getLocalPart()))
                || e.isEndElement())) {
          writer.add(events.createStartElement("", MAIN, "legacyDrawing"));
          writer.add(events.createNamespace("r", REL_NS));
          writer.add(events.createAttribute("r", REL_NS, "id", legacyDrawingRid));
          writer.add(events.createEndElement("", MAIN, "legacyDrawing"));
          drawingPlaced = true;
        }
        if (e.isStartElement()) {
          depth++;
        } else if (e.isEndElement()) {
          depth--;
        }
        if (e.isStartElement()) {
          StartElement start = e.asStartElement();
          String local = start.getName().getLocalPart();
          if (local.equals("c") || local.equals("row") || local.equals("col")) {
            String styleAttr = local.equals("col") ? "style" : "s";
            sharedCell = local.equals("c") && "s".equals(value(start, "t"));
            List<Attribute> attributes = new ArrayList<>();
            start
                .getAttributes()
                .forEachRemaining(
                    a -> {
                      String n = a.getName().getLocalPart();
                      if (n.equals(styleAttr) && a.getName().getNamespaceURI().isEmpty()) {
                        int shifted = Integer.parseInt(a.getValue()) + xfOffset;
                        attributes.add(events.createAttribute(n, String.valueOf(shifted)));
                      } else if (n.equals("t") && local.equals("c") && "s".equals(a.getValue())) {
                        attributes.add(events.createAttribute("t", "inlineStr"));
                      } else {
                        attributes.add(a);
                      }
                    });
            writer.add(
                events.createStartElement(
                    start.getName(), attributes.iterator(), start.getNamespaces()));
            continue;
          }
          if (local.equals("v") && sharedCell) {
            inValue = true;
            continue;
          }
        } else if (e.isCharacters() && inValue) {
          String text = sharedStrings.get(Integer.parseInt(e.asCharacters().getData().trim()));
          writer.add(events.createStartElement("", MAIN, "is"));
          writer.add(events.createStartElement("", MAIN, "t"));
          writer.add(events.createAttribute("xml:space", "preserve"));
          writer.add(events.createCharacters(text));
          writer.add(events.createEndElement("", MAIN, "t"));
          writer.add(events.createEndElement("", MAIN, "is"));
          continue;
        } else if (e.isEndElement()
            && inValue
            && e.asEndElement().getName().getLocalPart().equals("v")) {
          inValue = false;
          continue;
        }
        writer.add(e);
      }
      writer.close();
      return out.toByteArray();
    } catch (XMLStreamException e) {
      throw new IOException("cannot rewrite an output sheet: " + e.getMessage(), e);
    }
  }

  /** Worksheet children that come after legacyDrawing in the schema's order. */
  static final Set<String> AFTER_LEGACY_DRAWING =
      Set.of(
          "legacyDrawingHF",
          "drawingHF",
          "picture",
          "oleObjects",
          "controls",
          "webPublishItems",
          "tableParts",
          "extLst");

  static String value(StartElement start, String attribute) {
    Attribute a = start.getAttributeByName(new QName(attribute));
    return a == null ? null : a.getValue();
  }
}

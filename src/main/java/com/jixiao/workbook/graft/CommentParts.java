package com.jixiao.workbook.graft;

import com.jixiao.workbook.TableWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The two parts that carry a sheet's cell comments in an .xlsx: the comments part (author and text
 * per cell) and the legacy VML drawing Excel needs to show them (one hidden note shape per
 * comment). Written by streaming, in time linear in the number of comments.
 */
final class CommentParts {
  static final String AUTHOR = "jixiao";
  private static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  private static final int SHAPES_PER_BLOCK = 1024;

  private CommentParts() {}

  static byte[] comments(List<TableWriter.CellNote> notes) throws IOException {
    return xml(
        w -> {
          w.writeStartElement("comments");
          w.writeDefaultNamespace(MAIN);
          w.writeStartElement("authors");
          w.writeStartElement("author");
          w.writeCharacters(AUTHOR);
          w.writeEndElement();
          w.writeEndElement();
          w.writeStartElement("commentList");
          for (TableWriter.CellNote note : notes) {
            w.writeStartElement("comment");
            w.writeAttribute("ref", ref(note.row(), note.column()));
            w.writeAttribute("authorId", "0");
            w.writeStartElement("text");
            w.writeStartElement("t");
            w.writeAttribute("xml", "http://www.w3.org/XML/1998/namespace", "space", "preserve");
            w.writeCharacters(note.text());
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndElement();
          }
          w.writeEndElement();
          w.writeEndElement();
        });
  }

  /**
   * The VML drawing of the notes. {@code firstBlock} numbers this drawing's shape-id blocks so they
   * do not clash with other drawings of the workbook (Excel: block b holds ids b×1024 …).
   */
  static byte[] vml(List<TableWriter.CellNote> notes, int firstBlock) throws IOException {
    int blocks = Math.max(1, (notes.size() + SHAPES_PER_BLOCK - 1) / SHAPES_PER_BLOCK);
    StringBuilder idmap = new StringBuilder();
    for (int b = 0; b < blocks; b++) {
      idmap.append(b == 0 ? "" : ",").append(firstBlock + b);
    }
    return xml(
        w -> {
          w.writeStartElement("xml");
          w.writeNamespace("v", "urn:schemas-microsoft-com:vml");
          w.writeNamespace("o", "urn:schemas-microsoft-com:office:office");
          w.writeNamespace("x", "urn:schemas-microsoft-com:office:excel");
          w.writeStartElement("o:shapelayout");
          w.writeAttribute("v:ext", "edit");
          w.writeEmptyElement("o:idmap");
          w.writeAttribute("v:ext", "edit");
          w.writeAttribute("data", idmap.toString());
          w.writeEndElement();
          w.writeStartElement("v:shapetype");
          w.writeAttribute("id", "_x0000_t202");
          w.writeAttribute("coordsize", "21600,21600");
          w.writeAttribute("o:spt", "202");
          w.writeAttribute("path", "m,l,21600r21600,l21600,xe");
          w.writeEmptyElement("v:stroke");
          w.writeAttribute("joinstyle", "miter");
          w.writeEmptyElement("v:path");
          w.writeAttribute("gradientshapeok", "t");
          w.writeAttribute("o:connecttype", "rect");
          w.writeEndElement();
          int i = 0;
          for (TableWriter.CellNote note : notes) {
            shape(w, note, firstBlock * SHAPES_PER_BLOCK + 1 + i++);
          }
          w.writeEndElement();
        });
  }

  private static void shape(XMLStreamWriter w, TableWriter.CellNote note, int id)
      throws XMLStreamException {
    w.writeStartElement("v:shape");
    w.writeAttribute("id", "_x0000_s" + id);
    w.writeAttribute("type", "#_x0000_t202");
    w.writeAttribute(
        "style",
        "position:absolute;margin-left:80pt;margin-top:2pt;width:200pt;height:60pt;"
            + "z-index:1;visibility:hidden");
    w.writeAttribute("fillcolor", "#ffffe1");
    w.writeAttribute("o:insetmode", "auto");
    w.writeEmptyElement("v:fill");
    w.writeAttribute("color2", "#ffffe1");
    w.writeEmptyElement("v:shadow");
    w.writeAttribute("on", "t");
    w.writeAttribute("color", "black");
    w.writeAttribute("obscured", "t");
    w.writeEmptyElement("v:path");
    w.writeAttribute("o:connecttype", "none");
    w.writeStartElement("v:textbox");
    w.writeAttribute("style", "mso-direction-alt:auto");
    w.writeStartElement("div");
    w.writeAttribute("style", "text-align:left");
    w.writeEndElement();
    w.writeEndElement();
    w.writeStartElement("x:ClientData");
    w.writeAttribute("ObjectType", "Note");
    w.writeEmptyElement("x:MoveWithCells");
    w.writeEmptyElement("x:SizeWithCells");
    element(
        w,
        "x:Anchor",
        (note.column() + 1)
            + ", 15, "
            + note.row()
            + ", 2, "
            + (note.column() + 5)
            + ", 15, "
            + (note.row() + 4)
            + ", 4");
    element(w, "x:AutoFill", "False");
    element(w, "x:Row", String.valueOf(note.row()));
    element(w, "x:Column", String.valueOf(note.column()));
    w.writeEndElement();
    w.writeEndElement();
  }

  private static void element(XMLStreamWriter w, String name, String text)
      throws XMLStreamException {
    w.writeStartElement(name);
    w.writeCharacters(text);
    w.writeEndElement();
  }

  /** "E5" for row 4, column 4 (0-based). */
  static String ref(int row, int column) {
    return new org.apache.poi.ss.util.CellReference(row, column).formatAsString(false);
  }

  @FunctionalInterface
  private interface Body {
    void write(XMLStreamWriter w) throws XMLStreamException;
  }

  private static byte[] xml(Body body) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      XMLStreamWriter w = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(out, "UTF-8");
      w.writeStartDocument("UTF-8", "1.0");
      body.write(w);
      w.writeEndDocument();
      w.close();
    } catch (XMLStreamException e) {
      throw new IOException("cannot write comments: " + e.getMessage(), e);
    }
    return out.toByteArray();
  }
}

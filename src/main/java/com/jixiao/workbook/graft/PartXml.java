package com.jixiao.workbook.graft;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.poi.util.XMLHelper;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The XML and zip plumbing of an .xlsx package that the graft needs: its namespaces, parsing a part
 * (with POI's hardened parser settings), writing one back, finding elements, and resolving
 * relationship targets between part names.
 */
final class PartXml {
  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  static final String REL_NS =
      "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
  static final String PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
  static final String TYPES = "http://schemas.openxmlformats.org/package/2006/content-types";

  private PartXml() {}

  /**
   * The JDK's own StAX input factory, hardened as POI's XMLHelper hardens one (no DTD, nothing
   * external). Named, not looked up: the reader's Aalto registers itself as the class path's
   * default, and the graft's output must not depend on which parser the class path offers.
   */
  static javax.xml.stream.XMLInputFactory inputFactory() {
    javax.xml.stream.XMLInputFactory f = javax.xml.stream.XMLInputFactory.newDefaultFactory();
    f.setProperty(javax.xml.stream.XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(javax.xml.stream.XMLInputFactory.IS_VALIDATING, false);
    f.setProperty(javax.xml.stream.XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(javax.xml.stream.XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    return f;
  }

  static Document parse(ZipFile zip, String part) throws IOException {
    ZipArchiveEntry entry = zip.getEntry(part);
    if (entry == null) {
      throw new IOException("missing part " + part);
    }
    try (InputStream in = zip.getInputStream(entry)) {
      return parse(in);
    }
  }

  static Document parse(InputStream in) throws IOException {
    try {
      DocumentBuilder builder = XMLHelper.newDocumentBuilder();
      return builder.parse(in);
    } catch (SAXException e) {
      throw new IOException("unreadable XML part: " + e.getMessage(), e);
    }
  }

  static byte[] bytes(Document doc) throws IOException {
    try {
      Transformer t = XMLHelper.newTransformer();
      t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
      t.setOutputProperty(OutputKeys.INDENT, "no");
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      t.transform(new DOMSource(doc), new StreamResult(out));
      return out.toByteArray();
    } catch (TransformerException e) {
      throw new IOException("cannot write XML: " + e.getMessage(), e);
    }
  }

  static void put(ZipArchiveOutputStream zip, String name, byte[] content) throws IOException {
    ZipArchiveEntry entry = new ZipArchiveEntry(name);
    entry.setTime(0L);
    zip.putArchiveEntry(entry);
    zip.write(content);
    zip.closeArchiveEntry();
  }

  static List<Element> elements(Document doc, String ns, String local) {
    return list(doc.getElementsByTagNameNS(ns, local));
  }

  static List<Element> elements(Element parent, String local) {
    return list(parent.getElementsByTagNameNS(MAIN, local));
  }

  static List<Element> list(NodeList nodes) {
    List<Element> out = new ArrayList<>(nodes.getLength());
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add((Element) nodes.item(i));
    }
    return out;
  }

  static List<Element> childElements(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.ELEMENT_NODE) {
        out.add((Element) n);
      }
    }
    return out;
  }

  static String attr(Element e, String name, String otherwise) {
    return e.hasAttribute(name) ? e.getAttribute(name) : otherwise;
  }

  /** "/xl/workbook.xml" → "xl/workbook.xml". */
  static String strip(String partName) {
    return partName.startsWith("/") ? partName.substring(1) : partName;
  }

  /** Resolves a relationship target against the folder of its source part. */
  static String resolve(String baseFolder, String target) {
    if (target.startsWith("/")) {
      return target.substring(1);
    }
    List<String> parts = new ArrayList<>(List.of(baseFolder.split("/")));
    parts.removeIf(String::isEmpty);
    for (String segment : target.split("/")) {
      if (segment.equals("..")) {
        if (!parts.isEmpty()) {
          parts.remove(parts.size() - 1);
        }
      } else if (!segment.equals(".") && !segment.isEmpty()) {
        parts.add(segment);
      }
    }
    return String.join("/", parts);
  }

  /** The target of {@code part} relative to {@code fromFolder} (both under the package root). */
  static String relative(String fromFolder, String part) {
    String[] from = fromFolder.split("/");
    String[] to = part.split("/");
    int common = 0;
    while (common < from.length && common < to.length - 1 && from[common].equals(to[common])) {
      common++;
    }
    StringBuilder b = new StringBuilder();
    for (int i = common; i < from.length; i++) {
      if (!from[i].isEmpty()) {
        b.append("../");
      }
    }
    for (int i = common; i < to.length; i++) {
      b.append(to[i]).append(i < to.length - 1 ? "/" : "");
    }
    return b.toString();
  }
}

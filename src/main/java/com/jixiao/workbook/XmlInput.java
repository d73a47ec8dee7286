package com.jixiao.workbook;

import com.fasterxml.aalto.UncheckedStreamException;
import com.fasterxml.aalto.stax.InputFactoryImpl;
import com.jixiao.i18n.Message;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.codehaus.stax2.typed.TypedValueDecoder;
import org.codehaus.stax2.typed.TypedXMLStreamReader;

/**
 * Pull parsers for the XML parts of an input workbook, hardened for untrusted files: no DTD (a
 * DOCTYPE is {@link DamagedXml} as soon as it is met, so no entity is ever declared, expanded or
 * fetched), nothing external, and nesting counted against {@link DamagedXml#MAX_DEPTH} by {@link
 * #next}.
 *
 * <p>The parser is Aalto (a StAX implementation), made here by name rather than found through
 * {@code XMLInputFactory.newInstance()}, so what parses a workbook does not depend on the class
 * path. It reads a million-row sheet in about a third of the time the JDK's SAX parser takes,
 * handing over attributes by position and text as a slice of its own buffer; any encoding a part
 * declares is read.
 */
public final class XmlInput {
  private static final XMLInputFactory FACTORY = factory();

  private final XMLStreamReader xml;
  private int depth;

  private XmlInput(XMLStreamReader xml) {
    this.xml = xml;
  }

  private static XMLInputFactory factory() {
    XMLInputFactory f = new InputFactoryImpl();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, false);
    return f;
  }

  /** A parser over a part's bytes; the caller closes the stream. */
  public static XmlInput of(InputStream part) throws IOException {
    try {
      return new XmlInput(FACTORY.createXMLStreamReader(part));
    } catch (XMLStreamException e) {
      throw notXml(e);
    }
  }

  /** The parser itself, positioned on the event {@link #next} returned. */
  public XMLStreamReader xml() {
    return xml;
  }

  /** How deep the current element is (the root element is 1). */
  public int depth() {
    return depth;
  }

  /**
   * The next event, or {@link XMLStreamConstants#END_DOCUMENT} at the end. A DOCTYPE and nesting
   * beyond {@link DamagedXml#MAX_DEPTH} are {@link DamagedXml}; XML that is not well-formed is an
   * {@link IOException} with the parser's first line.
   */
  public int next() throws IOException {
    try {
      if (!xml.hasNext()) {
        return XMLStreamConstants.END_DOCUMENT;
      }
      int event = xml.next();
      switch (event) {
        case XMLStreamConstants.START_ELEMENT -> {
          if (++depth > DamagedXml.MAX_DEPTH) {
            throw DamagedXml.tooDeep();
          }
        }
        case XMLStreamConstants.END_ELEMENT -> depth--;
        case XMLStreamConstants.DTD -> throw new DamagedXml(Message.of("damage.doctype"));
        default -> {
          // text, comments, processing instructions: the caller decides
        }
      }
      return event;
    } catch (XMLStreamException e) {
      throw notXml(e);
    } catch (UncheckedStreamException e) {
      // Aalto parses text lazily and reports its errors unchecked
      throw notXml(e.getCause() instanceof XMLStreamException x ? x : e);
    }
  }

  /**
   * Appends the current text event (characters, CDATA, white space) to {@code into} from the
   * parser's own buffer, without making a String.
   */
  public void appendText(TextBuffer into) throws IOException {
    try {
      into.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
    } catch (UncheckedStreamException e) {
      throw notXml(e.getCause() instanceof XMLStreamException x ? x : e);
    }
  }

  /**
   * The value of the current element's attribute at {@code index}, trimmed, as a slice of the
   * parser's buffer: no String is made. Valid until the next call.
   */
  public AttributeText attributeText(int index) throws IOException {
    try {
      ((TypedXMLStreamReader) xml).getAttributeAs(index, attributeText);
      return attributeText;
    } catch (XMLStreamException e) {
      throw notXml(e);
    }
  }

  private final AttributeText attributeText = new AttributeText();

  /** An attribute's value as characters of the parser's buffer ({@link #attributeText}). */
  public static final class AttributeText extends TypedValueDecoder implements CharSequence {
    private char[] chars = new char[0];
    private int start;
    private int end;

    @Override
    public void decode(String value) {
      chars = value.toCharArray();
      start = 0;
      end = chars.length;
    }

    @Override
    public void decode(char[] buffer, int from, int to) {
      chars = buffer;
      start = from;
      end = to;
    }

    @Override
    public void handleEmptyValue() {
      start = 0;
      end = 0;
    }

    @Override
    public int length() {
      return end - start;
    }

    @Override
    public char charAt(int i) {
      return chars[start + i];
    }

    @Override
    public CharSequence subSequence(int from, int to) {
      return new String(chars, start + from, to - from);
    }

    /** The digits as a whole number, or -1 if it is not one (or too large for an int). */
    public int whole() {
      if (end == start || end - start > 9) {
        return -1;
      }
      int n = 0;
      for (int i = start; i < end; i++) {
        char c = chars[i];
        if (c < '0' || c > '9') {
          return -1;
        }
        n = n * 10 + (c - '0');
      }
      return n;
    }

    public boolean is(String text) {
      if (text.length() != end - start) {
        return false;
      }
      for (int i = 0; i < text.length(); i++) {
        if (chars[start + i] != text.charAt(i)) {
          return false;
        }
      }
      return true;
    }

    @Override
    public String toString() {
      return new String(chars, start, end - start);
    }
  }

  /** The value of the current element's attribute with this local name (any namespace), or null. */
  public String attribute(String localName) {
    for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
      if (localName.equals(xml.getAttributeLocalName(i))) {
        return xml.getAttributeValue(i);
      }
    }
    return null;
  }

  public void close() {
    try {
      xml.close();
    } catch (XMLStreamException e) {
      // closing a reader over a stream its owner closes frees nothing that can fail
    }
  }

  /** The first exception of type {@code type} in {@code e}'s chain of causes. */
  static <T extends Throwable> Optional<T> cause(Throwable e, Class<T> type) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return Optional.of(type.cast(t));
      }
    }
    return Optional.empty();
  }

  /**
   * The parser's error as an IOException: the stream's own when reading the part failed (a zip
   * bomb, a damaged part), else "not well-formed" with the parser's first line.
   */
  private static IOException notXml(Exception e) {
    Optional<IOException> io = cause(e.getCause(), IOException.class);
    if (io.isPresent()) {
      return io.get();
    }
    String text = String.valueOf(e.getMessage());
    return new IOException(
        "not well-formed XML: " + text.lines().findFirst().orElse(text).strip(), e);
  }

  /**
   * A growing char buffer for a value's text as the parser hands it over. Not a StringBuilder,
   * which once given a Chinese character keeps two bytes per character and makes every later value
   * cost a second copy.
   */
  public static final class TextBuffer {
    private char[] chars = new char[64];
    private int length;

    public void clear() {
      length = 0;
    }

    public int length() {
      return length;
    }

    public char[] chars() {
      return chars;
    }

    void append(char[] from, int start, int count) {
      if (length + count > chars.length) {
        chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + count));
      }
      System.arraycopy(from, start, chars, length, count);
      length += count;
    }

    @Override
    public String toString() {
      return new String(chars, 0, length);
    }
  }
}

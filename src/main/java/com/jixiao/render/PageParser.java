package com.jixiao.render;

import java.io.IOException;
import java.io.StringReader;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xhtmlrenderer.resource.FSEntityResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.EntityResolver2;

/**
 * Parses a page the templates made into a DOM for Flying Saucer, with no way out of the sandbox
 * through XML itself: a DOCTYPE may name one of the XHTML DTDs Flying Saucer bundles (for entities
 * like {@code &nbsp;}); any other external entity or DTD ({@code <!ENTITY x SYSTEM
 * "file:///etc/passwd">}, a DTD on a web server) is refused. One parser per thread: not
 * thread-safe.
 */
final class PageParser {
  private final DocumentBuilder builder;
  private TemplateRefusal refused;

  PageParser() {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setNamespaceAware(true);
      factory.setXIncludeAware(false);
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      factory.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      builder = factory.newDocumentBuilder();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK's XML parser lacks secure processing", e);
    }
    builder.setEntityResolver(new BundledDtdsOnly());
    builder.setErrorHandler(
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {
            // not a problem for the page
          }

          @Override
          public void error(SAXParseException e) throws SAXException {
            throw e;
          }

          @Override
          public void fatalError(SAXParseException e) throws SAXException {
            throw e;
          }
        });
  }

  /**
   * The page's DOM. {@link TemplateRefusal} when it refers to an external entity or DTD; {@link
   * MalformedPage} when it is not well-formed XHTML.
   */
  Document parse(String xhtml) throws TemplateRefusal, MalformedPage {
    refused = null;
    try {
      return builder.parse(new InputSource(new StringReader(xhtml)));
    } catch (SAXParseException e) {
      if (refused != null) {
        throw refused;
      }
      throw new MalformedPage(e.getLineNumber(), e.getMessage(), e);
    } catch (SAXException e) {
      if (refused != null) {
        throw refused;
      }
      throw new MalformedPage(0, e.getMessage(), e);
    } catch (IOException e) {
      throw new IllegalStateException("reading a page from memory", e);
    }
  }

  /** The XHTML DTDs bundled with Flying Saucer, by their public IDs; nothing else. */
  private final class BundledDtdsOnly implements EntityResolver2 {
    private final FSEntityResolver bundled = FSEntityResolver.instance();

    @Override
    public InputSource resolveEntity(String publicId, String systemId) throws SAXException {
      return resolveEntity(null, publicId, null, systemId);
    }

    @Override
    public InputSource resolveEntity(String name, String publicId, String baseUri, String systemId)
        throws SAXException {
      if (publicId != null && bundled.getEntities().containsKey(publicId)) {
        return bundled.resolveEntity(name, publicId, baseUri, systemId);
      }
      refused =
          new TemplateRefusal(
              TemplateRefusal.Reason.OUTSIDE, systemId != null ? systemId : String.valueOf(name));
      throw new SAXException("external entity refused: " + systemId);
    }

    @Override
    public InputSource getExternalSubset(String name, String baseUri) throws SAXException {
      return null;
    }
  }
}

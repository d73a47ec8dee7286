package com.jixiao.render;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The text of a PDF, page by page, as OpenPDF extracts it (through the fonts' ToUnicode maps). */
public final class PdfText {
  private PdfText() {}

  public static String of(Path pdf) throws IOException {
    return of(Files.readAllBytes(pdf));
  }

  public static String of(byte[] pdf) throws IOException {
    PdfReader reader = new PdfReader(pdf);
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    } finally {
      reader.close();
    }
  }

  /** The text of each page, in order. */
  public static List<String> byPage(Path pdf) throws IOException {
    PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
    try {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      List<String> pages = new ArrayList<>();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        pages.add(extractor.getTextFromPage(page));
      }
      return pages;
    } finally {
      reader.close();
    }
  }

  public static int pages(Path pdf) throws IOException {
    PdfReader reader = new PdfReader(Files.readAllBytes(pdf));
    try {
      return reader.getNumberOfPages();
    } finally {
      reader.close();
    }
  }
}

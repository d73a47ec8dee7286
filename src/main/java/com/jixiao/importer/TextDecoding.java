package com.jixiao.importer;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Turns the bytes of a text export into text, deciding the encoding by a strict decode test rather
 * than a statistical guess: a byte-order mark says UTF-8 or UTF-16; otherwise the bytes are decoded
 * as UTF-8 with every malformed sequence reported, and only if that fails as GB18030 (which
 * contains GBK and GB2312), again strictly. Chinese text in GBK is practically never valid UTF-8 (a
 * GBK character's bytes do not follow UTF-8's lead/continuation pattern), so the order decides
 * nothing by chance; a file neither decodes is reported, never read with replacement characters. A
 * detector library (ICU4J's CharsetDetector, juniversalchardet) would guess between many encodings
 * from letter statistics, and can guess wrong on the short, number-heavy text of an export; here
 * there are only two candidates and a test that proves one of them.
 */
final class TextDecoding {
  private static final Charset GB18030 = Charset.forName("GB18030");

  /** The text and the encoding it was read in, named for the notes ("UTF-8 (BOM)", "GB18030"). */
  record Decoded(String text, String encoding) {}

  private TextDecoding() {}

  static Optional<Decoded> decode(byte[] bytes) {
    if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
      return strict(bytes, 3, StandardCharsets.UTF_8).map(t -> new Decoded(t, "UTF-8 (BOM)"));
    }
    if (startsWith(bytes, 0xFF, 0xFE)) {
      return strict(bytes, 2, StandardCharsets.UTF_16LE).map(t -> new Decoded(t, "UTF-16LE"));
    }
    if (startsWith(bytes, 0xFE, 0xFF)) {
      return strict(bytes, 2, StandardCharsets.UTF_16BE).map(t -> new Decoded(t, "UTF-16BE"));
    }
    if (hasNul(bytes)) {
      return Optional.empty(); // a text export never holds a NUL byte: this is a binary file
    }
    Optional<String> utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return utf8.map(t -> new Decoded(t, "UTF-8"));
    }
    return strict(bytes, 0, GB18030).map(t -> new Decoded(t, "GB18030"));
  }

  private static Optional<String> strict(byte[] bytes, int offset, Charset charset) {
    CharsetDecoder decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      return Optional.of(
          decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  private static boolean startsWith(byte[] bytes, int... prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if ((bytes[i] & 0xFF) != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasNul(byte[] bytes) {
    for (byte b : bytes) {
      if (b == 0) {
        return true;
      }
    }
    return false;
  }
}

package com.jixiao.workbook;

import com.jixiao.i18n.Messages;
import com.jixiao.model.Language;
import java.util.ArrayList;
import java.util.List;

/**
 * The text of errors.txt: every input error, numbered, sorted by sheet and row, with a fix each.
 */
public final class ErrorReport {
  private ErrorReport() {}

  /**
   * The report in the workbook's language; when the file could not even be opened, its language is
   * unknown, so the report is given in Chinese and then in English.
   */
  public static String render(String fileName, ReadResult read) {
    if (read.opened()) {
      return render(fileName, read.errors(), new Messages(read.language()));
    }
    return render(fileName, read.errors(), new Messages(Language.ZH))
        + "\n"
        + render(fileName, read.errors(), new Messages(Language.EN));
  }

  public static String render(String fileName, List<InputError> errors, Messages messages) {
    StringBuilder b = new StringBuilder();
    long total = errors.stream().mapToLong(InputError::count).sum();
    b.append(messages.format("report.header", fileName, total)).append('\n');
    b.append(lines(errors, messages));
    b.append(messages.format("report.input_untouched")).append('\n');
    return b.toString();
  }

  /** The numbered lines of the problems, each with where, what and how to fix it. */
  public static String lines(List<InputError> errors, Messages messages) {
    StringBuilder b = new StringBuilder();
    numbered(errors, messages).forEach(line -> b.append(line).append('\n'));
    return b.toString();
  }

  /** As {@link #lines}, one string per problem. */
  public static List<String> numbered(List<InputError> errors, Messages messages) {
    List<String> lines = new ArrayList<>();
    int n = 1;
    for (InputError e : errors) {
      String what = messages.format(e.what());
      String hint = messages.format(e.hint());
      lines.add(
          e.where().isEmpty()
              ? messages.format("report.line.nowhere", n, what, hint)
              : messages.format("report.line", n, e.where(), what, hint));
      n++;
    }
    return lines;
  }
}

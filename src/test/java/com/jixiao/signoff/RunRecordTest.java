package com.jixiao.signoff;

import static org.assertj.core.api.Assertions.assertThat;

import com.jixiao.model.Language;
import com.jixiao.report.Revision;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The run record and the manifest: what the fingerprint covers, and reading them back. */
class RunRecordTest {
  static final String H = "a".repeat(64);

  static RunRecord record() {
    return new RunRecord(
        "jixiao 1.0",
        YearMonth.of(2026, 9),
        "悦享家居\n旗舰店",
        Language.ZH,
        2,
        Optional.of(LocalDate.of(2026, 10, 16)),
        "月报.xlsx",
        H,
        H,
        List.of(new RunRecord.NamedHash("scorecard.ftlx", H)),
        Optional.of(new Revision.Earlier(1, H, "月报.filled.xlsx")),
        Optional.of("KF003 的异议已通过"),
        "月报.filled.xlsx",
        List.of("KF003", "KF009"));
  }

  static RunRecord with(UnaryOperator<List<Object>> change) {
    RunRecord r = record();
    List<Object> f =
        new ArrayList<>(
            List.of(
                r.program(),
                r.period(),
                r.store(),
                r.language(),
                r.version(),
                r.asOf(),
                r.input(),
                r.inputSha256(),
                r.rulesSha256(),
                r.templates(),
                r.previous(),
                r.reopened(),
                r.filled(),
                r.changed()));
    f = change.apply(f);
    @SuppressWarnings("unchecked")
    RunRecord changed =
        new RunRecord(
            (String) f.get(0),
            (YearMonth) f.get(1),
            (String) f.get(2),
            (Language) f.get(3),
            (Integer) f.get(4),
            (Optional<LocalDate>) f.get(5),
            (String) f.get(6),
            (String) f.get(7),
            (String) f.get(8),
            (List<RunRecord.NamedHash>) f.get(9),
            (Optional<Revision.Earlier>) f.get(10),
            (Optional<String>) f.get(11),
            (String) f.get(12),
            (List<String>) f.get(13));
    return changed;
  }

  static UnaryOperator<List<Object>> set(int index, Object value) {
    return f -> {
      f.set(index, value);
      return f;
    };
  }

  static Stream<Arguments> everyLine() {
    return Stream.of(
        Arguments.of("program", set(0, "jixiao 1.1")),
        Arguments.of("period", set(1, YearMonth.of(2026, 8))),
        Arguments.of("store", set(2, "另一家店")),
        Arguments.of("language", set(3, Language.EN)),
        Arguments.of("version", set(4, 3)),
        Arguments.of("as_of", set(5, Optional.of(LocalDate.of(2026, 10, 17)))),
        Arguments.of("input", set(6, "other.xlsx")),
        Arguments.of("input_sha256", set(7, "b".repeat(64))),
        Arguments.of("rules_sha256", set(8, "b".repeat(64))),
        Arguments.of(
            "template", set(9, List.of(new RunRecord.NamedHash("scorecard.ftlx", "c".repeat(64))))),
        Arguments.of("previous", set(10, Optional.empty())),
        Arguments.of("reopened", set(11, Optional.empty())),
        Arguments.of("filled", set(12, "x.filled.xlsx")),
        Arguments.of("changed", set(13, List.of("KF003"))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyLine")
  @DisplayName("a change of any line of the run record changes the fingerprint")
  void everyLineIsFingerprinted(String line, UnaryOperator<List<Object>> change) {
    assertThat(with(change).fingerprint()).isNotEqualTo(record().fingerprint());
    assertThat(with(UnaryOperator.identity()).fingerprint()).isEqualTo(record().fingerprint());
  }

  @Test
  @DisplayName("the record reads back as written, a line break in the store included")
  void readsBack() {
    RunRecord.Parsed parsed = RunRecord.parse(record().text()).orElseThrow();
    assertThat(parsed.record()).isEqualTo(record());
    assertThat(parsed.intact()).isTrue();
    assertThat(record().text()).contains("store: 悦享家居\\n旗舰店\n");
  }

  @Test
  @DisplayName("a record edited by hand no longer matches its fingerprint")
  void anEditedRecordIsNotIntact() {
    String edited = record().text().replace("version: 2", "version: 5");
    assertThat(RunRecord.parse(edited).orElseThrow().intact()).isFalse();
    assertThat(RunRecord.parse("not a record")).isEmpty();
  }

  @Test
  @DisplayName("the manifest reads back with its files, in sha256sum's format")
  void manifestReadsBack() {
    Manifest m =
        new Manifest(
            OffsetDateTime.parse("2026-10-16T09:30:00+08:00"),
            Optional.of("人事 李"),
            record(),
            record().fingerprint(),
            Map.of("scorecards/KF001.pdf", H));
    assertThat(m.text()).contains("\nfiles:\n" + H + "  scorecards/KF001.pdf\n");
    Manifest back = Manifest.parse(m.text()).orElseThrow();
    assertThat(back).isEqualTo(m);
    assertThat(Manifest.parse(m.text().replace("files:", "nothing"))).isEmpty();
  }
}

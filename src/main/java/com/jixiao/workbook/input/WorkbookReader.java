package com.jixiao.workbook.input;

import com.jixiao.assess.Alert;
import com.jixiao.assess.MonthInput;
import com.jixiao.assess.Severity;
import com.jixiao.files.FileNames;
import com.jixiao.i18n.Message;
import com.jixiao.model.Agent;
import com.jixiao.model.Band;
import com.jixiao.model.CommissionTier;
import com.jixiao.model.Confirmations;
import com.jixiao.model.HolidayEntry;
import com.jixiao.model.Language;
import com.jixiao.model.MonthlyStats;
import com.jixiao.model.PointsEntry;
import com.jixiao.model.QaRecord;
import com.jixiao.model.SalaryLevel;
import com.jixiao.model.Settings;
import com.jixiao.rules.Parameters;
import com.jixiao.rules.RuleSet;
import com.jixiao.rules.WeightTable;
import com.jixiao.workbook.InputError;
import com.jixiao.workbook.Problems;
import com.jixiao.workbook.ReadResult;
import com.jixiao.workbook.SheetSchema;
import com.jixiao.workbook.XlsxSource;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads and validates a standard workbook into a {@link MonthInput}, collecting every problem with
 * its sheet and cell instead of stopping at the first. One reader per input sheet, in the order
 * their results are needed (Settings first: it sets the language of the problems that follow).
 */
public final class WorkbookReader {
  private WorkbookReader() {}

  public static ReadResult read(Path path) {
    try {
      return readChecked(path);
    } catch (StackOverflowError deep) {
      // the zip check refuses XML nested beyond any real file's depth before anything parses it;
      // this is the last guard, should a part still nest too deeply for a parser on the way
      Problems problems = new Problems();
      problems.file(
          Message.of("error.file.overflow", FileNames.nameOf(path)),
          Message.of("hint.file.unusual"));
      return new ReadResult(Optional.empty(), problems.sorted(), Language.ZH, List.of(), false);
    }
  }

  private static ReadResult readChecked(Path path) {
    Problems problems = new Problems();
    Optional<XlsxSource> opened = XlsxSource.open(path, problems);
    if (opened.isEmpty()) {
      return new ReadResult(Optional.empty(), problems.sorted(), Language.ZH, List.of(), false);
    }
    ReadContext ctx;
    Optional<MonthInput> input;
    try (XlsxSource source = opened.get()) {
      ctx = new ReadContext(source, problems);
      input = read(ctx);
      source.checkUnreadSheets();
      Problems damage = new Problems();
      if (source.reportDamage(damage)) {
        // a damaged part is the file's one problem, as if found before anything was read
        return new ReadResult(Optional.empty(), damage.sorted(), Language.ZH, List.of(), false);
      }
      if (source.hasMacros()) {
        String file = FileNames.nameOf(path);
        ctx.alerts()
            .add(new Alert(Severity.WARNING, "macros", file, Message.of("alert.macros_left_out")));
      }
    }
    return new ReadResult(
        problems.isEmpty() ? input : Optional.empty(),
        problems.sorted(),
        ctx.language(),
        List.copyOf(ctx.alerts()),
        true);
  }

  /** The rules another workbook sets, for a what-if; empty when it has problems (all listed). */
  public record RulesRead(Optional<RuleSet> rules, List<InputError> errors) {
    public RulesRead {
      errors = List.copyOf(errors);
    }
  }

  /**
   * The Rules, Parameters, Bands and Commission sheets of {@code path}, each read and checked as in
   * the workbook itself, replacing the same part of {@code current}; a sheet the file does not have
   * keeps the current rules. A file with none of them is a problem. Problems are in {@code
   * language} (the assessed workbook's).
   */
  public static RulesRead readRules(Path path, RuleSet current, Language language) {
    try {
      return readRulesChecked(path, current, language);
    } catch (StackOverflowError deep) {
      Problems problems = new Problems();
      problems.file(
          Message.of("error.file.overflow", FileNames.nameOf(path)),
          Message.of("hint.file.unusual"));
      return new RulesRead(Optional.empty(), problems.sorted());
    }
  }

  private static RulesRead readRulesChecked(Path path, RuleSet current, Language language) {
    Problems problems = new Problems();
    Optional<XlsxSource> opened = XlsxSource.open(path, problems);
    if (opened.isEmpty()) {
      return new RulesRead(Optional.empty(), problems.sorted());
    }
    RuleSet rules;
    try (XlsxSource source = opened.get()) {
      ReadContext ctx = new ReadContext(source, problems);
      ctx.findSheets(false);
      ctx.language(language);
      Parameters params =
          has(ctx, SheetSchema.PARAMETERS) ? ParametersReader.read(ctx) : current.params();
      WeightTable weights = has(ctx, SheetSchema.RULES) ? RulesReader.read(ctx) : current.weights();
      List<Band> bands = has(ctx, SheetSchema.BANDS) ? BandsReader.read(ctx) : current.bands();
      List<CommissionTier> commission =
          has(ctx, SheetSchema.COMMISSION) ? CommissionReader.read(ctx) : current.commission();
      boolean none =
          List.of(
                  SheetSchema.PARAMETERS,
                  SheetSchema.RULES,
                  SheetSchema.BANDS,
                  SheetSchema.COMMISSION)
              .stream()
              .noneMatch(s -> has(ctx, s));
      if (none) {
        problems.file(
            Message.of("whatif.error.no_rule_sheets", FileNames.nameOf(path)),
            Message.of("whatif.hint.no_rule_sheets"));
      }
      rules = new RuleSet(weights, bands, commission, params);
    }
    return new RulesRead(
        problems.isEmpty() ? Optional.of(rules) : Optional.empty(), problems.sorted());
  }

  private static boolean has(ReadContext ctx, SheetSchema schema) {
    return ctx.sheetName(schema).isPresent();
  }

  /**
   * The workbook as {@code jixiao import} reads it ({@link ImportTarget}): Settings, Agents and the
   * ImportMap sheet, checked as {@link #read} checks them; the other sheets are not read, so a
   * month whose figures are still missing does not stop the import that brings them. Salary levels
   * are not checked against the SalaryLevels sheet here: that is the assessment's concern.
   */
  public static ImportTarget readForImport(Path path) {
    Problems problems = new Problems();
    Optional<XlsxSource> opened = XlsxSource.open(path, problems);
    if (opened.isEmpty()) {
      return new ImportTarget(
          Optional.empty(),
          List.of(),
          Optional.empty(),
          Optional.empty(),
          List.of(),
          Map.of(),
          Language.ZH,
          problems.sorted(),
          false);
    }
    try (XlsxSource source = opened.get()) {
      ReadContext ctx = new ReadContext(source, problems);
      ctx.findSheets();
      Optional<Settings> settings = SettingsReader.read(ctx);
      List<Agent> agents = AgentsReader.read(ctx, Map.of());
      return new ImportTarget(
          settings,
          agents,
          ctx.sheetName(SheetSchema.MONTHLY),
          ctx.load(SheetSchema.IMPORT_MAP),
          source.sheetNames(),
          source.outputSheets(),
          ctx.language(),
          problems.sorted(),
          true);
    }
  }

  private static Optional<MonthInput> read(ReadContext ctx) {
    ctx.findSheets();
    Optional<Settings> settings = SettingsReader.read(ctx);
    Parameters params = ParametersReader.read(ctx);
    WeightTable weights = RulesReader.read(ctx);
    List<Band> bands = BandsReader.read(ctx);
    List<CommissionTier> commission = CommissionReader.read(ctx);
    Map<Integer, SalaryLevel> levels = SalaryLevelsReader.read(ctx);
    List<Agent> agents = AgentsReader.read(ctx, levels);
    RuleSet rules = new RuleSet(weights, bands, commission, params);
    YearMonth period = settings.map(Settings::period).orElse(null);
    List<MonthlyStats> monthly = MonthlyReader.read(ctx, agents, weights, period);
    List<QaRecord> quality = QualityReader.read(ctx);
    List<PointsEntry> points = PointsReader.read(ctx);
    List<HolidayEntry> holidays = HolidaysReader.read(ctx);
    Confirmations confirmations =
        ConfirmationsReader.read(ctx, agents, monthly, quality, weights, period);
    if (!ctx.problems().isEmpty() || settings.isEmpty()) {
      return Optional.empty();
    }
    MonthlyReader.checkPeriodHasRows(ctx, monthly, agents, period);
    return Optional.of(
        new MonthInput(
            settings.get(),
            rules,
            agents,
            levels,
            monthly,
            quality,
            points,
            holidays,
            confirmations));
  }
}

package com.jixiao.cli;

import com.jixiao.files.AtomicFiles;
import com.jixiao.files.FileNames;
import com.jixiao.i18n.Messages;
import com.jixiao.job.MonthJob;
import com.jixiao.model.Language;
import com.jixiao.report.MonthReport;
import com.jixiao.service.MailPlan;
import com.jixiao.service.MailTemplates;
import com.jixiao.service.ScorecardMail;
import com.jixiao.service.ScorecardMessage;
import com.jixiao.service.SentLog;
import com.jixiao.service.SmtpMailer;
import com.jixiao.service.SmtpSettings;
import com.jixiao.service.SmtpSettings.Security;
import com.jixiao.signoff.RunRecord;
import com.jixiao.workbook.ErrorReport;
import com.jixiao.workbook.ReadResult;
import com.jixiao.workbook.input.WorkbookReader;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code mail OUTDIR}: each agent's scorecard to the agent, cc the manager (README.md#mail-mail).
 */
@Command(
    name = "mail",
    mixinStandardHelpOptions = true,
    description = {
      "Send each assessed agent OUTDIR/scorecards/<agent_id>.pdf, to the agent's email, cc the",
      "manager's, with the period, total and confirmation deadline (WD7) in the mail.",
      "Without an SMTP host, writes one .eml per mail to OUTDIR/outbox/ instead.",
      "Environment: JIXIAO_SMTP_HOST, JIXIAO_SMTP_PORT, JIXIAO_SMTP_USER, JIXIAO_SMTP_FROM,",
      "JIXIAO_SMTP_PASSWORD (the password is read from the environment only).",
      "Exit status: 0 done, 2 nothing to mail or bad settings, 1 some mails failed."
    })
public final class MailCommand implements Callable<Integer> {
  static final String EML_FOLDER = "outbox";

  @Parameters(index = "0", paramLabel = "OUTDIR", description = "The output folder of run.")
  Path outDir;

  @Option(names = "--smtp-host", paramLabel = "HOST", description = "Default: $JIXIAO_SMTP_HOST.")
  String host;

  @Option(names = "--smtp-port", paramLabel = "PORT", description = "Default: $JIXIAO_SMTP_PORT,")
  Integer port;

  @Option(
      names = "--smtp-user",
      paramLabel = "USER",
      description = "Login; password from $JIXIAO_SMTP_PASSWORD. Default: $JIXIAO_SMTP_USER.")
  String user;

  @Option(
      names = "--smtp-security",
      paramLabel = "starttls|ssl|none",
      defaultValue = "starttls",
      description =
          "starttls (port 587, required), ssl (port 465) or none (port 25)."
              + " Default: ${DEFAULT-VALUE}.")
  String security;

  @Option(
      names = "--smtp-trust",
      paramLabel = "HOSTS",
      description = "Trust these hosts' certificates without a CA (self-signed in-house server).")
  String trust;

  @Option(names = "--from", paramLabel = "ADDRESS", description = "Default: $JIXIAO_SMTP_FROM.")
  String from;

  @Option(
      names = "--templates",
      paramLabel = "DIR",
      description = "A copy of templates/ with edited mail/*.ftl (default: the built-in ones).")
  Path templates;

  @Option(names = "--dry-run", description = "List recipients and attachments; send nothing.")
  boolean dryRun;

  @Option(
      names = "--only",
      paramLabel = "AGENT_ID",
      arity = "1..*",
      description = "Only these agents; sends again even if already sent.")
  List<String> only = new ArrayList<>();

  @Option(
      names = "--changed-only",
      description = {
        "Only the agents whose results changed since the earlier version (the run's Changes",
        "sheet; run --previous, a reopened final month or the hot folder's next version)."
      })
  boolean changedOnly;

  @Option(
      names = "--retries",
      paramLabel = "N",
      defaultValue = "3",
      description = "Retries of a failed send. Default: ${DEFAULT-VALUE}.")
  int retries;

  @Option(
      names = "--retry-delay-ms",
      paramLabel = "MS",
      defaultValue = "2000",
      description = "Pause before the first retry, doubled each time. Default: ${DEFAULT-VALUE}.")
  long retryDelayMillis;

  @Mixin LogLevel logLevel;

  @Spec CommandSpec spec;

  private final Map<String, String> env;
  private final Clock clock;

  public MailCommand() {
    this(System.getenv(), Clock.systemDefaultZone());
  }

  MailCommand(Map<String, String> env, Clock clock) {
    this.env = env;
    this.clock = clock;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    logLevel.apply();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (lastRunFailed(err)) {
      return Main.EXIT_INVALID_INPUT;
    }
    Optional<Path> filled = findFilledWorkbook(err);
    if (filled.isEmpty()) {
      return Main.EXIT_INVALID_INPUT;
    }
    ReadResult read = WorkbookReader.read(filled.get());
    if (!read.ok()) {
      err.print(ErrorReport.render(FileNames.nameOf(filled.get()), read));
      return Main.EXIT_INVALID_INPUT;
    }
    MonthReport report = MonthReport.of(read.input().orElseThrow(), read.alerts());
    Messages messages = new Messages(report.input().settings().language());
    Path scorecards = outDir.resolve("scorecards");
    if (!Files.isDirectory(scorecards)) {
      err.println(messages.format("mail.no_scorecards", scorecards));
      return Main.EXIT_INVALID_INPUT;
    }
    Set<String> chosen = new LinkedHashSet<>(only);
    if (changedOnly) {
      Optional<Set<String>> changed = changedAgents(messages, err);
      if (changed.isEmpty()) {
        return Main.EXIT_INVALID_INPUT;
      }
      if (chosen.isEmpty()) {
        chosen.addAll(changed.get());
      } else {
        chosen.retainAll(changed.get()); // --only and --changed-only: those of both
      }
      if (chosen.isEmpty()) { // an empty choice would mean everyone
        out.println(messages.format("mail.nothing_changed", outDir.toString()));
        return 0;
      }
    }
    Set<String> unknown = new LinkedHashSet<>(chosen);
    report.scores().scores().forEach(s -> unknown.remove(s.agent().id()));
    if (!unknown.isEmpty()) {
      err.println(messages.format("mail.unknown_agents", String.join(", ", unknown)));
      return Main.EXIT_INVALID_INPUT;
    }
    Optional<SmtpSettings> smtp;
    try {
      smtp = smtpSettings(messages);
    } catch (IllegalArgumentException bad) {
      err.println(bad.getMessage());
      return Main.EXIT_INVALID_INPUT;
    }
    MailPlan plan;
    try {
      plan =
          MailPlan.of(
              report, scorecards, new MailTemplates(Optional.ofNullable(templates)), chosen);
    } catch (MailTemplates.MailTemplateError e) {
      err.println(
          e.line() > 0
              ? messages.format(
                  "render.template_error", e.file(), String.valueOf(e.line()), e.problem())
              : messages.format("render.template_error_no_line", e.file(), e.problem()));
      err.println(messages.format("render.template_error_hint"));
      return Main.EXIT_INVALID_INPUT;
    }
    for (MailPlan.Skipped s : plan.skipped()) {
      out.println(
          messages.format("mail.skipped", s.agentId(), s.agentName(), messages.format(s.reason())));
    }
    if (dryRun) {
      for (ScorecardMail m : plan.mails()) {
        out.println(messages.format("mail.would_send", m.agentId(), m.agentName(), m.to(), cc(m)));
        out.println(messages.format("mail.attachment", m.attachment().toString(), m.subject()));
      }
      out.println(messages.format("mail.dry_run_done", plan.mails().size(), plan.skipped().size()));
      return 0;
    }
    return smtp.isPresent()
        ? send(plan, smtp.get(), messages, out, err)
        : writeEml(plan, messages, out);
  }

  private static String cc(ScorecardMail m) {
    return m.cc().isEmpty() ? "-" : m.cc();
  }

  /**
   * The agents the folder's run record lists as changed since the earlier version; empty (with the
   * reason printed) when the run was not compared with one.
   */
  private Optional<Set<String>> changedAgents(Messages messages, PrintWriter err)
      throws IOException {
    Path file = outDir.resolve(RunRecord.FILE);
    Optional<RunRecord.Parsed> parsed =
        Files.isRegularFile(file)
            ? RunRecord.parse(Files.readString(file, StandardCharsets.UTF_8))
            : Optional.empty();
    if (parsed.isEmpty() || parsed.get().record().previous().isEmpty()) {
      err.println(messages.format("mail.no_earlier_version", outDir.toString()));
      return Optional.empty();
    }
    return Optional.of(new LinkedHashSet<>(parsed.get().record().changed()));
  }

  /**
   * After a failed run the folder holds the new errors.txt (or, if writing failed half-way, the
   * run's marker) beside an earlier run's scorecards: mailing those would send stale results.
   */
  private boolean lastRunFailed(PrintWriter err) {
    for (String sign : List.of(MonthJob.ERRORS_FILE, MonthJob.WRITING_MARKER)) {
      Path file = outDir.resolve(sign);
      if (Files.exists(file)) {
        for (Language language : Language.values()) {
          err.println(new Messages(language).format("mail.last_run_failed", outDir, file));
        }
        return true;
      }
    }
    return false;
  }

  private Optional<Path> findFilledWorkbook(PrintWriter err) throws IOException {
    List<Path> found = new ArrayList<>();
    if (Files.isDirectory(outDir)) {
      try (DirectoryStream<Path> s = Files.newDirectoryStream(outDir, "*.filled.xlsx")) {
        s.forEach(found::add);
      }
    }
    if (found.size() == 1) {
      return Optional.of(found.get(0));
    }
    String key = found.isEmpty() ? "mail.no_filled_workbook" : "mail.many_filled_workbooks";
    for (Language language : Language.values()) {
      err.println(new Messages(language).format(key, outDir, found.toString()));
    }
    return Optional.empty();
  }

  /** Options first, then the environment; empty when no host is set (write .eml files). */
  private Optional<SmtpSettings> smtpSettings(Messages messages) {
    String h = firstOf(host, "JIXIAO_SMTP_HOST");
    if (h == null) {
      return Optional.empty();
    }
    Security sec;
    try {
      sec = Security.valueOf(security.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(messages.format("mail.bad_security", security), e);
    }
    int p;
    String envPort = env.get("JIXIAO_SMTP_PORT");
    try {
      p =
          port != null
              ? port
              : envPort == null || envPort.isBlank()
                  ? sec.defaultPort()
                  : Integer.parseInt(envPort.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(messages.format("mail.bad_port", envPort), e);
    }
    Optional<String> u = Optional.ofNullable(firstOf(user, "JIXIAO_SMTP_USER"));
    Optional<String> password = Optional.ofNullable(env.get("JIXIAO_SMTP_PASSWORD"));
    if (u.isPresent() && password.isEmpty()) {
      throw new IllegalArgumentException(messages.format("mail.no_password", u.get()));
    }
    String f = firstOf(from, "JIXIAO_SMTP_FROM");
    if (f == null) {
      throw new IllegalArgumentException(messages.format("mail.no_from"));
    }
    return Optional.of(new SmtpSettings(h, p, sec, u, password, f, Optional.ofNullable(trust)));
  }

  private String firstOf(String option, String envName) {
    String value = option != null ? option : env.get(envName);
    return value == null || value.isBlank() ? null : value.strip();
  }

  // ---- delivery -------------------------------------------------------------------------------

  private int writeEml(MailPlan plan, Messages messages, PrintWriter out) throws IOException {
    Path folder = outDir.resolve(EML_FOLDER);
    String sender = Optional.ofNullable(firstOf(from, "JIXIAO_SMTP_FROM")).orElse(DEFAULT_FROM);
    Session session = Session.getInstance(new Properties());
    for (ScorecardMail m : plan.mails()) {
      // named like the scorecard, which is safe as a file name whatever the agent_id
      String pdfName = FileNames.nameOf(m.attachment());
      Path eml = folder.resolve(pdfName.substring(0, pdfName.length() - ".pdf".length()) + ".eml");
      try {
        MimeMessage message = ScorecardMessage.build(session, m, sender, clock.instant());
        AtomicFiles.write(
            eml,
            stream -> {
              try {
                message.writeTo(stream);
              } catch (MessagingException e) {
                throw new IOException("encoding the mail for " + m.agentId(), e);
              }
            });
      } catch (MessagingException e) {
        throw new IOException("writing the mail for " + m.agentId() + " to " + eml, e);
      }
      out.println(messages.format("mail.written", m.agentId(), m.agentName(), m.to(), eml));
    }
    out.println(messages.format("mail.eml_done", plan.mails().size(), folder));
    return 0;
  }

  /** Sender of the .eml files when none is configured (they are for looking at, not sending). */
  static final String DEFAULT_FROM = "jixiao@localhost";

  private int send(
      MailPlan plan, SmtpSettings smtp, Messages messages, PrintWriter out, PrintWriter err)
      throws IOException, InterruptedException {
    SmtpMailer mailer = new SmtpMailer(smtp, retries, retryDelayMillis);
    SentLog log = SentLog.open(outDir);
    ProgressDisplay progress = ProgressDisplay.of(plan.mails().size(), logLevel.quiet(), out);
    int sent = 0;
    int already = 0;
    List<String> failures = new ArrayList<>();
    for (ScorecardMail m : plan.mails()) {
      if (only.isEmpty() && log.alreadySent(m)) {
        already++;
        progress.step(messages.format("mail.already_sent", m.agentId(), m.agentName(), m.to()));
        continue;
      }
      try {
        mailer.send(ScorecardMessage.build(mailer.session(), m, smtp.from(), clock.instant()));
        log.record(m, clock.instant());
        sent++;
        progress.step(messages.format("mail.sent", m.agentId(), m.agentName(), m.to(), cc(m)));
      } catch (MessagingException e) {
        String failure = messages.format("mail.failed", m.agentId(), m.agentName(), m.to(), e);
        failures.add(failure);
        progress.step(failure);
      }
    }
    progress.done();
    failures.forEach(err::println);
    out.println(
        messages.format(
            "mail.send_done", sent, already, plan.skipped().size(), failures.size(), smtp));
    return failures.isEmpty() ? 0 : Main.EXIT_INTERNAL;
  }
}

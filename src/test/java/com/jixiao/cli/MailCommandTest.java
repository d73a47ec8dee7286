package com.jixiao.cli;

import static com.jixiao.workbook.MiniWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.jixiao.calendar.Workflow;
import com.jixiao.calendar.WorkingCalendar;
import com.jixiao.job.MonthJob;
import com.jixiao.service.SentLog;
import com.jixiao.workbook.MiniWorkbook;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code mail OUTDIR} on a real run's output, with dummy scorecard PDFs: .eml files, a real SMTP
 * server in the JVM (GreenMail), and a tiny one for STARTTLS, rejected recipients and retries.
 */
@Timeout(20) // a hard stop; each test takes a few seconds at most on an idle machine
class MailCommandTest {
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-10-09T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  static final String LOCALHOST = "127.0.0.1";
  static final long STARTUP_MILLIS = 30_000;

  private static ServerSetup patient(ServerSetup setup) {
    setup.setServerStartupTimeout(STARTUP_MILLIS);
    return setup;
  }

  @RegisterExtension
  static final GreenMailExtension GREEN_MAIL =
      new GreenMailExtension(
              new ServerSetup[] {
                // a loaded machine can take more than GreenMail's default 2 s to start SMTPS
                patient(new ServerSetup(0, LOCALHOST, ServerSetup.PROTOCOL_SMTP).dynamicPort()),
                patient(new ServerSetup(0, LOCALHOST, ServerSetup.PROTOCOL_SMTPS).dynamicPort())
              })
          .withConfiguration(
              GreenMailConfiguration.aConfig().withUser("hr@example.com", "hr", "s3cret"));

  @TempDir Path dir;
  Path out;
  final StringWriter stdout = new StringWriter();
  final StringWriter stderr = new StringWriter();

  /** KF001, KF002 mailable; KF003 has no email; KF004 has no scorecard PDF. */
  @BeforeEach
  void runTheMonthAndDropScorecards() throws Exception {
    MiniWorkbook w =
        MiniWorkbook.valid()
            .sheet(
                "客服名单",
                row("工号", "姓名", "小组", "岗位", "薪资级别", "邮箱", "主管邮箱", "状态"),
                row("KF001", "张三", "一组", "售前", 1, "zs@example.com", "boss@example.com", "在职"),
                row("KF002", "李四", "一组", "售前", 2, "ls@example.com", "boss@example.com", "在职"),
                row("KF003", "王五", "二组", "组长", 2, null, "boss@example.com", null),
                row("KF004", "赵六", "二组", "售后", 1, "zl@example.com", null, null));
    out = dir.resolve("out");
    assertThat(MonthJob.run(w.save(dir.resolve("月报.xlsx")), out).ok()).isTrue();
    // the run renders real scorecards; these tests control which agents have one
    Path scorecards = out.resolve("scorecards");
    try (var pdfs = Files.list(scorecards)) {
      for (Path pdf : pdfs.toList()) {
        Files.delete(pdf);
      }
    }
    for (String id : List.of("KF001", "KF002", "KF003")) {
      Files.writeString(scorecards.resolve(id + ".pdf"), "%PDF-1.4 scorecard of " + id);
    }
  }

  private int mail(Map<String, String> env, String... args) {
    CommandLine cli = new CommandLine(new MailCommand(env, CLOCK));
    cli.setOut(new PrintWriter(stdout, true));
    cli.setErr(new PrintWriter(stderr, true));
    String[] all = new String[args.length + 1];
    all[0] = out.toString();
    System.arraycopy(args, 0, all, 1, args.length);
    return cli.execute(all);
  }

  private static Map<String, String> smtpEnv(int port) {
    Map<String, String> env = new HashMap<>();
    env.put("JIXIAO_SMTP_HOST", LOCALHOST);
    env.put("JIXIAO_SMTP_PORT", String.valueOf(port));
    env.put("JIXIAO_SMTP_FROM", "hr@example.com");
    return env;
  }

  private static int smtpPort() {
    return GREEN_MAIL.getSmtp().getPort();
  }

  /** WD7 of September 2026: the confirmation deadline the mail must state. */
  static LocalDate deadline() {
    return Workflow.of(YearMonth.of(2026, 9), WorkingCalendar.china(List.of())).step(3).dueDate();
  }

  static String zhDate(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  static String text(Part part) throws Exception {
    Multipart multipart = (Multipart) part.getContent();
    return (String) multipart.getBodyPart(0).getContent();
  }

  static Part attachment(Part part) throws Exception {
    return ((Multipart) part.getContent()).getBodyPart(1);
  }

  @Test
  void withoutAHostOneEmlPerMailIsWrittenAndParsesBack() throws Exception {
    assertThat(mail(Map.of())).isZero();
    Path outbox = out.resolve("outbox");
    assertThat(outbox.resolve("KF001.eml")).isRegularFile();
    assertThat(outbox.resolve("KF002.eml")).isRegularFile();
    assertThat(Files.list(outbox)).hasSize(2);

    byte[] raw = Files.readAllBytes(outbox.resolve("KF001.eml"));
    assertThat(new String(raw, StandardCharsets.US_ASCII)).contains("Subject: =?UTF-8?");
    MimeMessage m =
        new MimeMessage(Session.getInstance(new Properties()), new ByteArrayInputStream(raw));
    assertThat(m.getSubject()).startsWith("2026年9月绩效考核结果：张三（KF001），总分 ");
    assertThat(m.getRecipients(RecipientType.TO))
        .extracting(Object::toString)
        .containsExactly("zs@example.com");
    assertThat(m.getRecipients(RecipientType.CC))
        .extracting(Object::toString)
        .containsExactly("boss@example.com");
    assertThat(text(m)).contains("张三，您好").contains(zhDate(deadline()));
    Part pdf = attachment(m);
    assertThat(pdf.getFileName()).isEqualTo("KF001.pdf");
    assertThat(pdf.getContentType()).startsWith("application/pdf");
    try (InputStream in = pdf.getInputStream()) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .isEqualTo("%PDF-1.4 scorecard of KF001");
    }
    assertThat(stdout.toString()).contains("跳过 KF003 王五：名单中没有邮箱").contains("跳过 KF004 赵六：没有考核表");
  }

  @Test
  void greenMailReceivesEachScorecardToTheAgentCcTheManagerAndARerunSendsNothingTwice()
      throws Exception {
    assertThat(mail(smtpEnv(smtpPort()), "--smtp-security", "none")).isZero();
    MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
    assertThat(received).hasSize(4); // one copy per recipient: to and cc of two mails
    MimeMessage toLisi =
        Arrays.stream(received).filter(m -> subject(m).contains("KF002")).findFirst().orElseThrow();
    assertThat(toLisi.getFrom()[0].toString()).isEqualTo("hr@example.com");
    assertThat(toLisi.getRecipients(RecipientType.TO)[0].toString()).isEqualTo("ls@example.com");
    assertThat(toLisi.getRecipients(RecipientType.CC)[0].toString()).isEqualTo("boss@example.com");
    assertThat(text(toLisi)).contains("李四，您好").contains(zhDate(deadline()) + "（");
    assertThat(attachment(toLisi).getFileName()).isEqualTo("KF002.pdf");
    assertThat(Files.readAllLines(out.resolve(SentLog.FILE))).hasSize(2);

    assertThat(mail(smtpEnv(smtpPort()), "--smtp-security", "none")).isZero();
    assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(4);
    assertThat(stdout.toString()).contains("此前已发送过同一份考核表");

    assertThat(mail(smtpEnv(smtpPort()), "--smtp-security", "none", "--only", "KF002")).isZero();
    assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(6);
  }

  @Test
  void aChangedScorecardIsSentAgain() throws Exception {
    assertThat(mail(smtpEnv(smtpPort()), "--smtp-security", "none")).isZero();
    Files.writeString(out.resolve("scorecards/KF001.pdf"), "%PDF-1.4 corrected");
    assertThat(mail(smtpEnv(smtpPort()), "--smtp-security", "none")).isZero();
    assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(6);
  }

  @Test
  void dryRunListsRecipientsAndAttachmentsAndSendsNothing() {
    assertThat(mail(smtpEnv(smtpPort()), "--smtp-security", "none", "--dry-run")).isZero();
    assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    assertThat(out.resolve("outbox")).doesNotExist();
    assertThat(stdout.toString())
        .contains("将发送 KF001 张三 → zs@example.com（抄送 boss@example.com）")
        .contains("KF002.pdf")
        .contains("跳过 KF003");
  }

  @Test
  void onlyMailsTheChosenAgents() {
    assertThat(mail(Map.of(), "--only", "KF002")).isZero();
    assertThat(out.resolve("outbox/KF002.eml")).isRegularFile();
    assertThat(out.resolve("outbox/KF001.eml")).doesNotExist();
    assertThat(mail(Map.of(), "--only", "KF999")).isEqualTo(2);
  }

  @Test
  void thePasswordComesFromTheEnvironmentOnly() {
    Map<String, String> env = smtpEnv(smtpPort());
    env.put("JIXIAO_SMTP_USER", "hr");
    assertThat(mail(env, "--smtp-security", "none", "--smtp-password", "s3cret")).isEqualTo(2);
    assertThat(mail(env, "--smtp-security", "none")).isEqualTo(2);
    assertThat(stderr.toString()).contains("JIXIAO_SMTP_PASSWORD");
    assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();

    env.put("JIXIAO_SMTP_PASSWORD", "wrong");
    assertThat(mail(env, "--smtp-security", "none", "--retries", "0")).isEqualTo(1);
    assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();

    env.put("JIXIAO_SMTP_PASSWORD", "s3cret");
    assertThat(mail(env, "--smtp-security", "none")).isZero();
    assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(4);
  }

  @Test
  void sslConnectsToTheImplicitTlsPort() {
    int port = GREEN_MAIL.getSmtps().getPort();
    assertThat(mail(smtpEnv(port), "--smtp-security", "ssl", "--smtp-trust", LOCALHOST)).isZero();
    assertThat(GREEN_MAIL.getReceivedMessages()).hasSize(4);
  }

  @Test
  void startTlsUpgradesBeforeAnythingIsSent() throws Exception {
    try (TinySmtpServer server = new TinySmtpServer(true, Set.of(), 0)) {
      Map<String, String> env = smtpEnv(server.port());
      assertThat(mail(env, "--smtp-security", "starttls", "--smtp-trust", LOCALHOST)).isZero();
      assertThat(server.messages).hasSize(2);
      List<String> commands = List.copyOf(server.commands);
      int startTls = commands.indexOf("STARTTLS");
      assertThat(startTls).isNotNegative();
      assertThat(commands.subList(0, startTls)).noneMatch(c -> c.startsWith("MAIL"));
    }
  }

  @Test
  void startTlsIsRequiredNeverAFallbackToPlainText() {
    // GreenMail's SMTP does not offer STARTTLS
    assertThat(mail(smtpEnv(smtpPort()), "--smtp-security", "starttls", "--retries", "0"))
        .isEqualTo(1);
    assertThat(GREEN_MAIL.getReceivedMessages()).isEmpty();
    assertThat(stderr.toString()).contains("发送失败 KF001");
  }

  @Test
  void aRejectedRecipientIsReportedNotRetriedAndTheOthersAreSent() throws Exception {
    try (TinySmtpServer server = new TinySmtpServer(false, Set.of("ls@example.com"), 0)) {
      Map<String, String> env = smtpEnv(server.port());
      assertThat(mail(env, "--smtp-security", "none", "--retry-delay-ms", "10")).isEqualTo(1);
      assertThat(server.messages).hasSize(1);
      assertThat(server.commands.stream().filter(c -> c.contains("ls@example.com"))).hasSize(1);
      assertThat(stderr.toString()).contains("发送失败 KF002 李四 → ls@example.com");
      assertThat(Files.readAllLines(out.resolve(SentLog.FILE))).hasSize(1);
    }
  }

  @Test
  void aBusyServerIsRetried() throws Exception {
    try (TinySmtpServer server = new TinySmtpServer(false, Set.of(), 2)) {
      Map<String, String> env = smtpEnv(server.port());
      assertThat(mail(env, "--smtp-security", "none", "--retry-delay-ms", "10")).isZero();
      assertThat(server.messages).hasSize(2);
    }
  }

  @Test
  void withoutScorecardsItSaysSoAndExitsWith2() throws Exception {
    try (var pdfs = Files.list(out.resolve("scorecards"))) {
      for (Path p : pdfs.toList()) {
        Files.delete(p);
      }
    }
    Files.delete(out.resolve("scorecards"));
    assertThat(mail(Map.of())).isEqualTo(2);
    assertThat(stderr.toString()).contains("没有考核表文件夹");
  }

  @Test
  void withoutAFilledWorkbookItSaysSoAndExitsWith2() throws Exception {
    Files.delete(out.resolve("月报.filled.xlsx"));
    assertThat(mail(Map.of())).isEqualTo(2);
    assertThat(stderr.toString()).contains("*.filled.xlsx").contains("Run the run command first");
  }

  @Test
  void userEditedTemplatesAreUsedFromACopy() throws Exception {
    Path copy = Files.createDirectories(dir.resolve("my-templates/mail"));
    Files.writeString(
        copy.resolve("subject_zh.ftl"), "请确认 ${period} 考核 ${total}（截止 ${deadlineIso}）");
    assertThat(mail(Map.of(), "--templates", dir.resolve("my-templates").toString())).isZero();
    MimeMessage m =
        new MimeMessage(
            Session.getInstance(new Properties()),
            Files.newInputStream(out.resolve("outbox/KF001.eml")));
    assertThat(m.getSubject()).startsWith("请确认 2026年9月 考核 ").endsWith("（截止 " + deadline() + "）");
    assertThat(text(m)).contains("张三，您好"); // the body falls back to the built-in template
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}

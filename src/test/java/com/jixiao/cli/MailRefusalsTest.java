package com.jixiao.cli;

import static com.jixiao.workbook.MiniWorkbook.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import com.jixiao.service.ScorecardMail;
import com.jixiao.service.ScorecardMessage;
import com.jixiao.service.SmtpMailer;
import com.jixiao.service.SmtpSettings;
import com.jixiao.workbook.MiniWorkbook;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * What mail refuses: a folder whose last run failed (its scorecards are an earlier run's), and an
 * email cell of more than one address. Each refusal is printed before the command exits.
 */
@Timeout(120)
class MailRefusalsTest {
  @RegisterExtension
  static final GreenMailExtension GREEN_MAIL =
      new GreenMailExtension(
          new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort());

  @TempDir Path dir;

  private static MiniWorkbook withEmails(String kf001Email) {
    return MiniWorkbook.valid()
        .sheet(
            "客服名单",
            row("工号", "姓名", "小组", "岗位", "薪资级别", "邮箱", "主管邮箱", "状态"),
            row("KF001", "张三", "一组", "售前", 1, kf001Email, "boss@example.com", "在职"),
            row("KF002", "李四", "一组", "售前", 2, "ls@example.com", "boss@example.com", "在职"),
            row("KF003", "王五", "二组", "组长", 2, null, null, null),
            row("KF004", "赵六", "二组", "售后", 1, null, null, null));
  }

  @Test
  @DisplayName("after a failed run, mail refuses the folder: its scorecards are an earlier run's")
  void aFolderWhoseLastRunFailedIsRefused() throws Exception {
    Path input = withEmails("zs@example.com").save(dir.resolve("月报.xlsx"));
    Path out = dir.resolve("out");
    assertThat(Main.execute("run", input.toString(), "--out", out.toString())).isZero();
    withEmails("zs@example.com").set("月度数据", 6, "销售额", "很多").save(input);
    assertThat(Main.execute("run", input.toString(), "--out", out.toString())).isEqualTo(2);
    assertThat(out.resolve("scorecards/KF001.pdf")).as("the earlier run's scorecard").exists();

    Captured mail = Captured.run("mail", out.toString());

    assertThat(mail.status()).isEqualTo(2);
    assertThat(mail.err()).contains("上一次运行没有成功").contains("errors.txt").contains("The last run on");
    assertThat(out.resolve("outbox")).as("nothing written").doesNotExist();
  }

  @Test
  @DisplayName("a run that stopped while writing leaves its marker, and mail refuses the folder")
  void aRunStoppedWhileWritingIsRefused() throws Exception {
    Path input = withEmails("zs@example.com").save(dir.resolve("月报.xlsx"));
    Path out = dir.resolve("out");
    assertThat(Main.execute("run", input.toString(), "--out", out.toString())).isZero();
    assertThat(out.resolve(com.jixiao.job.MonthJob.WRITING_MARKER)).doesNotExist();
    Files.writeString(out.resolve(com.jixiao.job.MonthJob.WRITING_MARKER), "killed");

    Captured mail = Captured.run("mail", out.toString(), "--dry-run");

    assertThat(mail.status()).isEqualTo(2);
    assertThat(mail.err()).contains("上一次运行没有成功");
  }

  @Test
  @DisplayName("mail prints the problems of a filled workbook that does not read, before it exits")
  void theProblemsOfAnUnreadableFilledWorkbookArePrinted() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    MiniWorkbook.valid().set("月度数据", 2, "销售额", "很多").save(out.resolve("月报.filled.xlsx"));
    Files.createDirectories(out.resolve("scorecards"));

    Captured mail = Captured.run("mail", out.toString());

    assertThat(mail.status()).isEqualTo(2);
    assertThat(mail.err()).contains("有 1 处问题").contains("月度数据!C2");
  }

  @Test
  @DisplayName("an email cell of two addresses is an error with its cell; nothing is written")
  void anEmailCellOfTwoAddressesIsAnError() throws Exception {
    Path input = withEmails("kf001@example.com,evil@example.com").save(dir.resolve("月报.xlsx"));
    Path out = dir.resolve("out");

    Captured run = Captured.run("run", input.toString(), "--out", out.toString());

    assertThat(run.status()).isEqualTo(2);
    assertThat(Files.readString(out.resolve("errors.txt"), StandardCharsets.UTF_8))
        .contains("客服名单!F2：邮箱“kf001@example.com,evil@example.com”中有不止一个地址")
        .contains("每个单元格只填一个邮箱地址");
  }

  @Test
  @DisplayName("the mailer sends to one parsed address: a list in an address is refused, not split")
  void theMailerSendsToOneAddressOnly() throws Exception {
    Path pdf = Files.writeString(dir.resolve("KF001.pdf"), "%PDF-1.4 scorecard");
    SmtpSettings smtp =
        new SmtpSettings(
            "127.0.0.1",
            GREEN_MAIL.getSmtp().getPort(),
            SmtpSettings.Security.NONE,
            Optional.empty(),
            Optional.empty(),
            "hr@example.com",
            Optional.empty());
    SmtpMailer mailer = new SmtpMailer(smtp, 0, 0);
    Instant now = Instant.parse("2026-10-09T02:00:00Z");

    ScorecardMail one = mail("zs@example.com", "boss@example.com", pdf);
    mailer.send(ScorecardMessage.build(mailer.session(), one, "hr@example.com", now));
    MimeMessage[] received = GREEN_MAIL.getReceivedMessages();
    assertThat(received).hasSize(2); // the agent and the manager
    assertThat(received[0].getRecipients(RecipientType.TO)).hasSize(1);
    assertThat(received[0].getRecipients(RecipientType.CC)).hasSize(1);

    ScorecardMail list = mail("zs@example.com,evil@example.com", "", pdf);
    assertThatThrownBy(() -> ScorecardMessage.build(mailer.session(), list, "hr@example.com", now))
        .isInstanceOf(MessagingException.class);
    ScorecardMail ccList = mail("zs@example.com", "boss@example.com; evil@example.com", pdf);
    assertThatThrownBy(
            () -> ScorecardMessage.build(mailer.session(), ccList, "hr@example.com", now))
        .isInstanceOf(MessagingException.class);
    assertThat(GREEN_MAIL.getReceivedMessages()).as("nothing more sent").hasSize(2);
  }

  private static ScorecardMail mail(String to, String cc, Path pdf) {
    return new ScorecardMail("KF001", "张三", to, cc, "subject", "body", pdf);
  }
}

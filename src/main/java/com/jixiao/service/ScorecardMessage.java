package com.jixiao.service;

import jakarta.activation.DataHandler;
import jakarta.activation.FileDataSource;
import jakarta.mail.Message.RecipientType;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.time.Instant;
import java.util.Date;

/** A {@link ScorecardMail} as a MIME message: UTF-8 text body, the PDF attached. */
public final class ScorecardMessage {
  private ScorecardMessage() {}

  public static MimeMessage build(Session session, ScorecardMail mail, String from, Instant now)
      throws MessagingException {
    MimeMessage message = new MimeMessage(session);
    message.setFrom(new InternetAddress(from, true));
    // one parsed address each (the InternetAddress constructor refuses a list): a cell that holds
    // "a@x.com,b@y.com" never becomes two recipients
    message.setRecipient(RecipientType.TO, new InternetAddress(mail.to(), true));
    if (!mail.cc().isEmpty()) {
      message.setRecipient(RecipientType.CC, new InternetAddress(mail.cc(), true));
    }
    message.setSubject(mail.subject(), "UTF-8"); // RFC 2047 encoded words for Chinese
    message.setSentDate(Date.from(now));

    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.body(), "UTF-8");
    MimeBodyPart pdf = new MimeBodyPart();
    FileDataSource source = new FileDataSource(mail.attachment().toFile());
    source.setFileTypeMap(
        new jakarta.activation.MimetypesFileTypeMap() {
          @Override
          public String getContentType(String filename) {
            return "application/pdf";
          }
        });
    pdf.setDataHandler(new DataHandler(source));
    pdf.setFileName(mail.attachmentName());
    pdf.setDisposition(MimeBodyPart.ATTACHMENT);
    message.setContent(new MimeMultipart(text, pdf));
    message.saveChanges();
    return message;
  }
}

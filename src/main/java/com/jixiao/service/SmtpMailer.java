package com.jixiao.service;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends through an SMTP server. A failure that may pass (connection refused or dropped, a temporary
 * 4xx) is retried with a growing pause; a rejected address or a failed login is not, as trying
 * again would fail the same way.
 */
public final class SmtpMailer {
  private static final Logger LOG = LoggerFactory.getLogger(SmtpMailer.class);

  private final SmtpSettings settings;
  private final Session session;
  private final int retries;
  private final long retryDelayMillis;

  public SmtpMailer(SmtpSettings settings, int retries, long retryDelayMillis) {
    this.settings = settings;
    this.session = Session.getInstance(settings.sessionProperties());
    this.retries = retries;
    this.retryDelayMillis = retryDelayMillis;
  }

  public Session session() {
    return session;
  }

  public void send(MimeMessage message) throws MessagingException, InterruptedException {
    for (int attempt = 0; ; attempt++) {
      try {
        if (settings.user().isPresent()) {
          Transport.send(message, settings.user().get(), settings.password().orElse(""));
        } else {
          Transport.send(message);
        }
        return;
      } catch (AuthenticationFailedException permanent) {
        throw permanent;
      } catch (MessagingException e) {
        if (attempt >= retries || rejectedAddress(e)) {
          throw e;
        }
        long pause = retryDelayMillis << attempt;
        LOG.warn("sending failed ({}); retry {} of {} in {} ms", e, attempt + 1, retries, pause);
        Thread.sleep(pause);
      }
    }
  }

  /** A 5xx for an address; a 4xx leaves it among the "valid unsent" ones, worth a retry. */
  private static boolean rejectedAddress(MessagingException e) {
    return e instanceof SendFailedException failed
        && failed.getInvalidAddresses() != null
        && failed.getInvalidAddresses().length > 0;
  }
}

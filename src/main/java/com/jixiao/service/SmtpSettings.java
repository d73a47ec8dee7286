package com.jixiao.service;

import java.util.Optional;
import java.util.Properties;

/**
 * Where and how to send: the SMTP server, its security, the login (the password comes from the
 * environment only), the sender, and hosts whose certificate is trusted without a CA (for an
 * in-house server with a self-signed certificate).
 */
public record SmtpSettings(
    String host,
    int port,
    Security security,
    Optional<String> user,
    Optional<String> password,
    String from,
    Optional<String> trust) {

  /** {@code starttls} (upgrade required, never falls back to plain text), {@code ssl}, none. */
  public enum Security {
    STARTTLS(587),
    SSL(465),
    NONE(25);

    private final int defaultPort;

    Security(int defaultPort) {
      this.defaultPort = defaultPort;
    }

    public int defaultPort() {
      return defaultPort;
    }
  }

  @Override
  public String toString() { // never print the password
    return "smtp://" + user.map(u -> u + "@").orElse("") + host + ":" + port + " " + security;
  }

  Properties sessionProperties() {
    Properties p = new Properties();
    p.put("mail.smtp.host", host);
    p.put("mail.smtp.port", String.valueOf(port));
    p.put("mail.smtp.connectiontimeout", "15000");
    p.put("mail.smtp.timeout", "30000");
    p.put("mail.smtp.writetimeout", "30000");
    p.put("mail.smtp.auth", String.valueOf(user.isPresent()));
    switch (security) {
      case STARTTLS -> {
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", "true");
        p.put("mail.smtp.ssl.checkserveridentity", String.valueOf(trust.isEmpty()));
      }
      case SSL -> {
        p.put("mail.smtp.ssl.enable", "true");
        p.put("mail.smtp.ssl.checkserveridentity", String.valueOf(trust.isEmpty()));
      }
      case NONE -> {}
    }
    trust.ifPresent(hosts -> p.put("mail.smtp.ssl.trust", hosts));
    return p;
  }
}

package com.jixiao.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A minimal SMTP server on 127.0.0.1 for what GreenMail does not do: offer STARTTLS (with
 * GreenMail's self-signed test certificate), reject chosen recipients with 550, and refuse the
 * first connections with 421 (a busy server). Records the commands it received.
 */
final class TinySmtpServer implements AutoCloseable {
  private final ServerSocket server;
  private final Thread thread;
  private final SSLContext tls;
  private final Set<String> rejected;
  private int busyConnections;
  final List<String> commands = Collections.synchronizedList(new ArrayList<>());
  final List<String> messages = Collections.synchronizedList(new ArrayList<>());

  TinySmtpServer(boolean offerStartTls, Set<String> rejected, int busyConnections)
      throws Exception {
    this.tls = offerStartTls ? greenMailCertificate() : null;
    this.rejected = rejected;
    this.busyConnections = busyConnections;
    this.server = new ServerSocket(0, 10, InetAddress.getByName("127.0.0.1"));
    this.thread = new Thread(this::serve, "tiny-smtp");
    thread.start();
  }

  int port() {
    return server.getLocalPort();
  }

  @Override
  public void close() throws IOException {
    server.close();
    try {
      thread.join(5000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static SSLContext greenMailCertificate() throws Exception {
    KeyStore keys = KeyStore.getInstance("PKCS12");
    try (InputStream in = TinySmtpServer.class.getResourceAsStream("/greenmail.p12")) {
      keys.load(in, "changeit".toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(keys, "changeit".toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(kmf.getKeyManagers(), null, null);
    return context;
  }

  private void serve() {
    while (!server.isClosed()) {
      try (Socket socket = server.accept()) {
        socket.setSoTimeout(5000);
        if (busyConnections > 0) {
          busyConnections--;
          reply(socket.getOutputStream(), "421 4.3.2 busy, try again later");
          continue;
        }
        converse(socket);
      } catch (IOException closedOrBroken) {
        // closed by close(), or the client hung up
      }
    }
  }

  private static PrintWriter writer(OutputStream out) {
    return new PrintWriter(new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8), true);
  }

  private static void reply(OutputStream out, String line) {
    PrintWriter w = writer(out);
    w.print(line + "\r\n");
    w.flush();
  }

  private void converse(Socket plain) throws IOException {
    Socket socket = plain;
    BufferedReader in = reader(socket);
    OutputStream out = socket.getOutputStream();
    boolean secured = false;
    reply(out, "220 tiny ESMTP");
    String line;
    while ((line = in.readLine()) != null) {
      commands.add(line);
      String verb = line.split(" ", 2)[0].toUpperCase(Locale.ROOT);
      switch (verb) {
        case "EHLO" ->
            reply(out, tls != null && !secured ? "250-tiny\r\n250 STARTTLS" : "250 tiny");
        case "HELO", "MAIL", "RSET", "NOOP" -> reply(out, "250 OK");
        case "STARTTLS" -> {
          reply(out, "220 2.0.0 ready to start TLS");
          SSLSocket ssl =
              (SSLSocket)
                  tls.getSocketFactory()
                      .createSocket(socket, "127.0.0.1", socket.getLocalPort(), true);
          ssl.setUseClientMode(false);
          ssl.startHandshake();
          socket = ssl;
          in = reader(socket);
          out = socket.getOutputStream();
          secured = true;
        }
        case "RCPT" -> {
          String address = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
          reply(out, rejected.contains(address) ? "550 5.1.1 no such user" : "250 OK");
        }
        case "DATA" -> {
          reply(out, "354 end with <CRLF>.<CRLF>");
          StringBuilder data = new StringBuilder();
          for (String d = in.readLine(); d != null && !d.equals("."); d = in.readLine()) {
            data.append(d).append("\r\n");
          }
          messages.add(data.toString());
          reply(out, "250 2.0.0 queued");
        }
        case "QUIT" -> {
          reply(out, "221 bye");
          return;
        }
        default -> reply(out, "502 not implemented");
      }
    }
  }

  private static BufferedReader reader(Socket socket) throws IOException {
    return new BufferedReader(
        new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
  }
}

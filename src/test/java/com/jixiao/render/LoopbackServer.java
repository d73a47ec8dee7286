package com.jixiao.render;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A listener on the loopback address that remembers every connection made to it, whatever the
 * protocol (http, https, ftp all start with a connection), and answers plain HTTP with a stylesheet
 * that would blank the page: a test points a template or a workbook value at it and asserts that
 * nothing arrived.
 */
public final class LoopbackServer implements AutoCloseable {
  private final ServerSocket socket;
  private final List<String> requests = new CopyOnWriteArrayList<>();
  private final Thread acceptor;

  public LoopbackServer() throws IOException {
    socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    acceptor = new Thread(this::accept, "loopback-server");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  private void accept() {
    while (!socket.isClosed()) {
      try (Socket client = socket.accept()) {
        client.setSoTimeout(2000);
        String first;
        try {
          first =
              new BufferedReader(
                      new InputStreamReader(client.getInputStream(), StandardCharsets.ISO_8859_1))
                  .readLine();
        } catch (IOException e) {
          first = "(no request line: " + e.getMessage() + ")";
        }
        requests.add(String.valueOf(first));
        OutputStream out = client.getOutputStream();
        out.write(
            "HTTP/1.0 200 OK\r\nContent-Type: text/css\r\n\r\nbody { display: none }"
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
      } catch (IOException e) {
        // closed, or the client went away
      }
    }
  }

  /** {@code SCHEME://127.0.0.1:PORT/PATH}. */
  public String url(String scheme, String path) {
    return scheme + "://127.0.0.1:" + port() + "/" + path;
  }

  public int port() {
    return socket.getLocalPort();
  }

  /** The first line of every connection so far ("GET /x HTTP/1.1"). */
  public List<String> requests() {
    return List.copyOf(requests);
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}

package org.ascassure.devserver;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** A port the product needs is taken; says which, and which setting moves it. */
public final class PortInUseException extends IllegalStateException {

  private PortInUseException(String message) {
    super(message);
  }

  /** Fails unless {@code port} can be bound on loopback now. */
  static void requireFree(int port, String what, String setting) {
    try (ServerSocket probe = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
      probe.setReuseAddress(true);
    } catch (IOException taken) {
      throw new PortInUseException(
          "Port "
              + port
              + " ("
              + what
              + ") is already in use on 127.0.0.1 - is ASC Assure already running? Stop it,"
              + " or set "
              + setting
              + " to choose other ports.");
    }
  }
}

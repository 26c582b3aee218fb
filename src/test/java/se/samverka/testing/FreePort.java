package se.samverka.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;

/** A TCP port nobody listens on right now, so that two suites on one machine never clash. */
public final class FreePort {

    private FreePort() {
    }

    public static int take() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The port in this system property (set by the build), else a free one. */
    public static int fromProperty(String name) {
        String value = System.getProperty(name);
        return value == null || value.isBlank() ? take() : Integer.parseInt(value.strip());
    }
}

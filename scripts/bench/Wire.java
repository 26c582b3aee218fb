import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Objects;

/**
 * The registrations' own HTTP/1.1 client: plain blocking sockets, one kept alive per thread. The JDK's
 * HttpClient used 2 to 3 ms of CPU per request on the two-core machine the bench runs on (see "CPU
 * ms/reg: generator"), all of it taken from the server being measured; this uses a fraction of that.
 * Setting up the event and reading the registrations back still go through HttpClient.
 */
final class Wire {
    record Answer(int status, String body) {
    }

    private final String host;
    private final int port;
    private final ThreadLocal<Connection> connections = new ThreadLocal<>();

    Wire(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** POSTs JSON to PATH; status -1 with the exception as body when no answer came. */
    Answer post(String path, String json) {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        return send(("POST " + path + " HTTP/1.1\r\nHost: " + host + ":" + port
                + "\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: " + body.length
                + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII), body);
    }

    /** GETs PATH on this thread's connection (opening it first when there is none), as {@link #post} does. */
    Answer get(String path) {
        return send(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII), new byte[0]);
    }

    /**
     * Starts every sender thread and opens its connection with a GET of the health check, before the clock starts:
     * made as the first arrivals came, 200 threads and connections took CPU from the server in the first seconds
     * (a pool makes a new thread for each task until it is full), where the arrivals of a real rush come from
     * other machines.
     */
    void connectEach(java.util.concurrent.ExecutorService senders, int count) throws InterruptedException {
        java.util.concurrent.CountDownLatch all = new java.util.concurrent.CountDownLatch(count);
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(count);
        for (int i = 0; i < count; i++) {
            senders.execute(() -> {
                all.countDown();
                try {
                    all.await(); // every task on a thread of its own: each opens one connection
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                get("/health/live");
                done.countDown();
            });
        }
        done.await(1, java.util.concurrent.TimeUnit.MINUTES);
    }

    private Answer send(byte[] head, byte[] body) {
        Connection connection = connections.get();
        boolean reused = connection != null;
        try {
            if (connection == null) {
                connection = open();
            }
            try {
                return connection.exchange(head, body);
            } catch (Connection.ClosedBeforeAnswer e) {
                connection.close();
                if (!reused) {
                    throw e;
                }
                // the server closed a kept-alive connection before reading this request: send it once more
                connection = open();
                return connection.exchange(head, body);
            }
        } catch (IOException e) {
            if (connection != null) {
                connection.close();
            }
            connections.remove();
            return new Answer(-1, e.toString());
        } finally {
            if (connection != null && connection.closed) {
                connections.remove();
            }
        }
    }

    private Connection open() throws IOException {
        java.net.Socket socket = new java.net.Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new java.net.InetSocketAddress(host, port), 10_000);
        socket.setSoTimeout(120_000);
        Connection connection = new Connection(socket);
        connections.set(connection);
        return connection;
    }

    private static final class Connection {
        static final class ClosedBeforeAnswer extends IOException {
            private static final long serialVersionUID = 1L;

            ClosedBeforeAnswer(IOException cause) {
                super("connection closed before an answer", cause);
            }
        }

        final java.net.Socket socket;
        final java.io.InputStream in;
        final java.io.OutputStream out;
        boolean closed;

        Connection(java.net.Socket socket) throws IOException {
            this.socket = socket;
            this.in = new java.io.BufferedInputStream(socket.getInputStream(), 16 * 1024);
            this.out = socket.getOutputStream();
        }

        Answer exchange(byte[] head, byte[] body) throws IOException {
            byte[] request = new byte[head.length + body.length];
            System.arraycopy(head, 0, request, 0, head.length);
            System.arraycopy(body, 0, request, head.length, body.length);
            String status;
            try {
                out.write(request);
                out.flush();
                status = line();
            } catch (java.net.SocketException e) {
                throw new ClosedBeforeAnswer(e);
            }
            if (status == null) {
                throw new ClosedBeforeAnswer(null);
            }
            String[] parts = status.split(" ", 3);
            if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
                throw new IOException("not an HTTP status line: " + status);
            }
            int code = Integer.parseInt(parts[1]);
            long length = -1;
            boolean chunked = false;
            boolean close = parts[0].equals("HTTP/1.0");
            for (String header; (header = line()) != null && !header.isEmpty(); ) {
                int colon = header.indexOf(':');
                String name = header.substring(0, Math.max(colon, 0)).trim().toLowerCase(Locale.ROOT);
                String value = header.substring(colon + 1).trim();
                switch (name) {
                    case "content-length" -> length = Long.parseLong(value);
                    case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                    case "connection" -> close = value.equalsIgnoreCase("close");
                    default -> { }
                }
            }
            byte[] answer;
            if (chunked) {
                java.io.ByteArrayOutputStream chunks = new java.io.ByteArrayOutputStream();
                for (int size; (size = Integer.parseInt(chunkSize(), 16)) > 0; ) {
                    chunks.write(in.readNBytes(size));
                    line();
                }
                while (!Objects.requireNonNullElse(line(), "").isEmpty()) {
                    // trailers
                }
                answer = chunks.toByteArray();
            } else if (length >= 0) {
                answer = in.readNBytes((int) length);
            } else {
                answer = in.readAllBytes();
                close = true;
            }
            if (close) {
                close();
            }
            return new Answer(code, new String(answer, StandardCharsets.UTF_8));
        }

        private String chunkSize() throws IOException {
            String size = line();
            if (size == null) {
                throw new IOException("connection closed inside a chunked answer");
            }
            int extension = size.indexOf(';');
            return (extension < 0 ? size : size.substring(0, extension)).trim();
        }

        /** One header line without its CRLF; null at the end of the stream before any byte. */
        private String line() throws IOException {
            StringBuilder line = new StringBuilder(64);
            for (int b; (b = in.read()) != '\n'; ) {
                if (b < 0) {
                    return line.length() == 0 ? null : line.toString();
                }
                if (b != '\r') {
                    line.append((char) b);
                }
            }
            return line.toString();
        }

        void close() {
            closed = true;
            try {
                socket.close();
            } catch (IOException ignored) {
                // closing anyway
            }
        }
    }
}

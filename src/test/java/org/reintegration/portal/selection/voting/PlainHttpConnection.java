package org.reintegration.portal.selection.voting;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One HTTP/1.1 connection over a TCP socket, kept open between requests (keep-alive) and opened again
 * when the server closes it, for the ballot benchmark's clients: each request is written in full and its
 * whole answer read (status line, headers, a body by {@code Content-Length} or in chunks) before the next.
 * It does what a load generator such as wrk does and no more: no redirects, no TLS, no pipelining, no
 * retries (a ballot that got no answer counts as failed). The JDK's {@code HttpClient} did the same work
 * with several thread hand-offs and futures per request, which on the benchmark's two cores, shared
 * with the server, cost the server a measurable share of the CPU (docs/benchmarks.md, ballot intake).
 */
final class PlainHttpConnection implements Closeable {

    /** A status code and the body as text. */
    record Response(int status, String body) {}

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    PlainHttpConnection(String host, int port) {
        this.host = host;
        this.port = port;
    }

    /** Posts a JSON body and reads the whole answer. */
    Response postJson(String path, String json, String... extraHeaders) throws IOException {
        if (socket == null) {
            open();
        }
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder(160)
                .append("POST ")
                .append(path)
                .append(" HTTP/1.1\r\nHost: ")
                .append(host)
                .append(':')
                .append(port)
                .append("\r\nContent-Type: application/json\r\nAccept: application/json\r\nContent-Length: ")
                .append(body.length)
                .append("\r\n");
        for (int i = 0; i + 1 < extraHeaders.length; i += 2) {
            head.append(extraHeaders[i])
                    .append(": ")
                    .append(extraHeaders[i + 1])
                    .append("\r\n");
        }
        head.append("\r\n");
        try {
            out.write(head.toString().getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.flush();
            return readResponse();
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    private void open() throws IOException {
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.connect(new InetSocketAddress(host, port), 10_000);
        socket.setSoTimeout(120_000);
        in = new BufferedInputStream(socket.getInputStream(), 8192);
        out = new BufferedOutputStream(socket.getOutputStream(), 8192);
    }

    private Response readResponse() throws IOException {
        String statusLine = readLine();
        if (!statusLine.startsWith("HTTP/1.1 ") || statusLine.length() < 12) {
            throw new IOException("not an HTTP/1.1 answer: " + statusLine);
        }
        int status = Integer.parseInt(statusLine.substring(9, 12));
        long length = -1;
        boolean chunked = false;
        boolean closeAfter = false;
        for (String line = readLine(); !line.isEmpty(); line = readLine()) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" ->
                    chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> closeAfter = value.equalsIgnoreCase("close");
                default -> {}
            }
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        if (chunked) {
            for (int size = Integer.parseInt(chunkSize(readLine()), 16); size > 0; ) {
                readExactly(body, size);
                readLine(); // the CRLF after the chunk
                size = Integer.parseInt(chunkSize(readLine()), 16);
            }
            for (String trailer = readLine(); !trailer.isEmpty(); trailer = readLine()) {
                // trailers are not used
            }
        } else if (length >= 0) {
            readExactly(body, (int) length);
        } else {
            in.transferTo(body); // no length: the body ends with the connection
            closeAfter = true;
        }
        if (closeAfter) {
            close();
        }
        return new Response(status, body.toString(StandardCharsets.UTF_8));
    }

    private static String chunkSize(String line) {
        int extension = line.indexOf(';');
        return (extension < 0 ? line : line.substring(0, extension)).trim();
    }

    private void readExactly(ByteArrayOutputStream to, int count) throws IOException {
        byte[] buffer = new byte[Math.min(count, 8192)];
        for (int left = count; left > 0; ) {
            int read = in.read(buffer, 0, Math.min(buffer.length, left));
            if (read < 0) {
                throw new EOFException("the connection closed in the middle of an answer");
            }
            to.write(buffer, 0, read);
            left -= read;
        }
    }

    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("the connection closed before the answer was complete");
            }
            if (c != '\r') {
                line.append((char) c);
            }
        }
        return line.toString();
    }

    @Override
    public void close() {
        if (socket != null) {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
            socket = null;
        }
    }
}

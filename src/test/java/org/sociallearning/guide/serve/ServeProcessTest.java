package org.sociallearning.guide.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.testing.FixtureSites;

/**
 * {@code guide serve} as a user runs it, in its own JVM (the JDK's HTTP server reads its time
 * limits once per JVM): half-sent requests neither stop it answering nor starve the live-reload
 * stream, the server cuts them off, and Ctrl-C (SIGINT) stops it with exit code 0.
 */
@Timeout(300)
class ServeProcessTest {

    @TempDir Path temp;

    @Test
    void halfSentRequestsDoNotStopItAnsweringAndCtrlCExitsZero() throws Exception {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        Process serve =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Xmx512m",
                                "-Dstorage.diskCache.bufferSize=64",
                                "-cp",
                                System.getProperty("java.class.path"),
                                "org.sociallearning.guide.cli.Main",
                                "serve",
                                "--port",
                                "0",
                                "--source",
                                site.toString())
                        .redirectErrorStream(true)
                        .start();
        BlockingQueue<String> output = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> readLines(serve.getInputStream(), output));
        reader.setDaemon(true);
        reader.start();
        List<Socket> halfSent = new ArrayList<>();
        try {
            URI url = URI.create(awaitLine(output, "Serving ").split(" ")[1]);
            int port = url.getPort();
            for (int i = 0; i < 10; i++) {
                Socket socket = new Socket(InetAddress.getLoopbackAddress(), port);
                socket.getOutputStream()
                        .write(
                                "GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                        .getBytes(StandardCharsets.US_ASCII));
                socket.getOutputStream().flush();
                halfSent.add(socket);
            }

            try (Socket events = new Socket(InetAddress.getLoopbackAddress(), port)) {
                String head = request(events, "/__guide/events", ": connected");
                assertThat(head).startsWith("HTTP/1.1 200").contains("text/event-stream");
                try (Socket page = new Socket(InetAddress.getLoopbackAddress(), port)) {
                    assertThat(request(page, "/", "</html>"))
                            .startsWith("HTTP/1.1 200")
                            .contains("/__guide/live.js");
                }
            }

            // A saved body: the terminal says what the change cost, one page rendered.
            Path alpha = site.resolve("content/entries/alpha-course.md");
            Files.writeString(alpha, Files.readString(alpha) + "\nOne more paragraph.\n");
            assertThat(awaitLine(output, "Rebuilt "))
                    .matches(
                            "Rebuilt \\d+ pages in [\\d.]+ (ms|s): 1 rendered, \\d+ files unchanged\\.");

            // The server's read time limit cuts the half-sent requests off.
            for (Socket socket : halfSent) {
                socket.setSoTimeout(120_000);
                assertThatCode(() -> assertThat(readToEnd(socket)).doesNotContain("200 OK"))
                        .doesNotThrowAnyException();
            }

            int killed =
                    new ProcessBuilder("kill", "-INT", Long.toString(serve.pid()))
                            .start()
                            .waitFor();
            assertThat(killed).isZero();
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(serve.exitValue()).isZero();
            reader.join(10_000);
            assertThat(String.join("\n", output)).contains("Stopped.");
        } finally {
            for (Socket socket : halfSent) {
                socket.close();
            }
            serve.destroyForcibly();
        }
    }

    /** Sends a GET and reads until the marker (or the end); the text read. */
    private static String request(Socket socket, String path, String until) throws IOException {
        socket.setSoTimeout(30_000);
        OutputStream out = socket.getOutputStream();
        out.write(
                ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[8192];
        int n;
        while (!text.toString().contains(until) && (n = in.read(buffer)) > 0) {
            text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
        }
        return text.toString();
    }

    /** Reads until the server closes the connection; a reset counts as closed. */
    private static String readToEnd(Socket socket) throws IOException {
        try {
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        } catch (SocketException reset) {
            return "";
        }
    }

    private static String awaitLine(BlockingQueue<String> output, String prefix)
            throws InterruptedException {
        List<String> seen = new ArrayList<>();
        while (true) {
            String line = output.poll(180, TimeUnit.SECONDS);
            if (line == null) {
                throw new AssertionError("no line starting with " + prefix + " in " + seen);
            }
            seen.add(line);
            if (line.startsWith(prefix)) {
                output.addAll(seen);
                return line;
            }
        }
    }

    private static void readLines(InputStream in, BlockingQueue<String> output) {
        try (BufferedReader lines =
                new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                output.add(line);
            }
        } catch (IOException e) {
            // the process ended
        }
    }
}

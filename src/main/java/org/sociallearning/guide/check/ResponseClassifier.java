package org.sociallearning.guide.check;

import java.io.IOException;
import java.net.ConnectException;
import java.net.MalformedURLException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.http.HttpTimeoutException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLException;

/** Turns what a check saw into a verdict. */
final class ResponseClassifier {

    private static final List<String> BOT_WALL_HEADERS =
            List.of(
                    "cf-mitigated",
                    "cf-chl-bypass",
                    "x-datadome",
                    "x-amzn-waf-action",
                    "x-sucuri-block",
                    "x-px-block");

    private ResponseClassifier() {}

    static LinkResult classify(
            String url,
            Optional<HttpProbe.Response> response,
            Optional<IOException> failure,
            String finalUrl,
            boolean permanent,
            int firstRedirect,
            Optional<String> loop,
            Set<Integer> accepted) {
        if (loop.isPresent()) {
            return new LinkResult.Broken(
                    response.map(HttpProbe.Response::status).orElse(0), loop.get());
        }
        if (failure.isPresent()) {
            return failed(failure.get());
        }
        HttpProbe.Response r = response.orElseThrow();
        int s = r.status();
        if (accepted.contains(s) || (s >= 200 && s < 300) || s == 304) {
            return permanent
                    ? new LinkResult.Redirected(firstRedirect, finalUrl)
                    : new LinkResult.Ok(s, finalUrl);
        }
        String at = finalUrl.equals(url) ? "" : " at " + finalUrl;
        if (s == 999) {
            return new LinkResult.Blocked(s, "999: the site refuses robots" + at);
        }
        if (s == 429) {
            return new LinkResult.Blocked(s, "429 Too Many Requests, still after retries" + at);
        }
        if (s == 403 && botWall(r)) {
            return new LinkResult.Blocked(s, "403 behind a bot wall" + at);
        }
        if (s >= 300 && s < 400) {
            return new LinkResult.Failed(s, s + " redirect without a Location" + at);
        }
        String reason =
                switch (s) {
                    case 404 -> "404 Not Found";
                    case 410 -> "410 Gone";
                    default ->
                            s >= 500
                                    ? s + " server error, still after retries"
                                    : s + " client error";
                };
        return new LinkResult.Broken(s, reason + at);
    }

    private static boolean botWall(HttpProbe.Response r) {
        if (BOT_WALL_HEADERS.stream().anyMatch(h -> r.header(h).isPresent())) {
            return true;
        }
        String server = r.header("server").orElse("").toLowerCase(Locale.ROOT);
        return server.contains("cloudflare")
                || server.contains("akamai")
                || server.contains("ddos-guard");
    }

    private static LinkResult failed(IOException e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        if (e instanceof UnknownHostException) {
            return new LinkResult.Broken(0, "unknown host " + m);
        }
        if (e instanceof SocketTimeoutException || e instanceof HttpTimeoutException) {
            return new LinkResult.TimedOut("no answer in time (" + m + ")");
        }
        if (e instanceof ConnectException) {
            return new LinkResult.Failed(0, "connection refused (" + m + ")");
        }
        if (e instanceof SSLException) {
            return new LinkResult.Failed(0, "TLS: " + m);
        }
        if (e instanceof MalformedURLException) {
            return new LinkResult.Failed(0, "malformed URL: " + m);
        }
        return new LinkResult.Failed(0, e.getClass().getSimpleName() + ": " + m);
    }
}

package org.sociallearning.guide.check;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** Makes one HTTP request, never following redirects, and returns status and headers. */
interface HttpProbe {

    enum Method {
        HEAD,
        GET
    }

    /** A response's status and the headers the checker reads (names in lower case). */
    record Response(int status, Map<String, String> headers, Map<String, String> cookies) {
        public Response {
            headers = Map.copyOf(headers);
            cookies = Map.copyOf(cookies);
        }

        Optional<String> header(String lowerCaseName) {
            return Optional.ofNullable(headers.get(lowerCaseName));
        }
    }

    Response request(String url, Method method, Duration timeout, Map<String, String> cookies)
            throws IOException;
}

package org.mizan.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

import io.javalin.http.Context;

/**
 * What keeps other web pages out of the workbench, which has no login. A page the analyst visits elsewhere can
 * point its own host name at 127.0.0.1 (DNS rebinding) and then read the workbench as if it were the same site;
 * its requests still carry that foreign name in the Host header, so only the names the server is reached by are
 * accepted: localhost, the loopback addresses, the bound address, and whatever a team server allows by name.
 * Every response also carries headers that keep the page from being framed, sniffed, or made to run any script
 * or style but its own.
 */
final class Protection {

    /** The page loads its one script and stylesheet from /static, and figures as data: images; nothing else. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /** The headers every response carries, in a fixed order. */
    static final Map<String, String> HEADERS = headers();

    private final Set<String> allowed = new TreeSet<>();

    /**
     * @param boundHost  the address the server listens on, as given to {@code --host}
     * @param allowHosts further host names or addresses that reach it (a team server's name)
     */
    Protection(String boundHost, Collection<String> allowHosts) {
        allowed.addAll(Set.of("localhost", "127.0.0.1", "::1"));
        allowed.add(normal(boundHost));
        allowHosts.forEach(host -> allowed.add(normal(host)));
    }

    /** The names accepted in the Host header, for messages. */
    Set<String> allowed() {
        return Set.copyOf(allowed);
    }

    /** Sets the security headers; first of all handlers, so that refusals and errors carry them too. */
    void headers(Context ctx) {
        HEADERS.forEach(ctx::header);
    }

    /**
     * Jetty's own error handler with the security headers added: Jetty answers some requests before any handler of
     * the workbench runs (a request without a Host header, a URI too long or malformed to parse) and writes its own
     * page for them, which must carry the headers like every other response.
     */
    static ErrorHandler errorHandler() {
        return new ErrorHandler() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) throws Exception {
                HEADERS.forEach(response.getHeaders()::put);
                return super.handle(request, response, callback);
            }

            @Override
            public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
                HEADERS.forEach(fields::put);
                return super.badMessageError(status, reason, fields);
            }
        };
    }

    /** Refuses a request whose Host header names a host the server was not reached by. */
    void checkHost(Context ctx) {
        String host = ctx.header("Host");
        if (host == null || host.isBlank()) {
            throw new BadRequest(400, "a request needs a Host header");
        }
        if (!allowed.contains(normal(withoutPort(host.trim())))) {
            throw new BadRequest(403, "this workbench is not served as \"" + Html.clip(host) + "\"; a team server "
                    + "allows further names with mizan serve --allow-host NAME");
        }
    }

    /** Whether {@code host} names this machine only; resolving a name, not guessing from it. */
    static boolean isLoopback(String host) {
        try {
            for (InetAddress address : InetAddress.getAllByName(host)) {
                if (!address.isLoopbackAddress()) {
                    return false;
                }
            }
            return true;
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static Map<String, String> headers() {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        headers.put("X-Content-Type-Options", "nosniff");
        headers.put("X-Frame-Options", "DENY");
        headers.put("Referrer-Policy", "no-referrer");
        headers.put("Cross-Origin-Opener-Policy", "same-origin");
        return Collections.unmodifiableMap(headers);
    }

    private static String withoutPort(String host) {
        if (host.startsWith("[")) {
            int end = host.indexOf(']');
            return end < 0 ? host : host.substring(1, end);
        }
        int colon = host.indexOf(':');
        return colon >= 0 && colon == host.lastIndexOf(':') ? host.substring(0, colon) : host;
    }

    private static String normal(String host) {
        String h = host.trim().toLowerCase(Locale.ROOT);
        h = h.startsWith("[") && h.endsWith("]") ? h.substring(1, h.length() - 1) : h;
        return h.endsWith(".") ? h.substring(0, h.length() - 1) : h;
    }
}

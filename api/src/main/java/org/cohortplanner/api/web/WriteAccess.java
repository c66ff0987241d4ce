package org.cohortplanner.api.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.cohortplanner.api.PlannerProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Who may change data. Reads are open to whoever can connect (by default only this machine: the service binds
 * 127.0.0.1). Every write or delete under {@code /api}:
 * <ul>
 * <li>is refused (403) when a browser sends it from another site: its {@code Origin} is not this service, or its
 * {@code Sec-Fetch-Site} says cross-site, so a web page elsewhere cannot upload, solve or delete through a
 * planner's browser (a simple form POST needs no CORS preflight, so CORS alone would not stop it);</li>
 * <li>needs {@code Authorization: Bearer TOKEN} (401 without it) when a token is set
 * ({@code cohort-planner.api-token}) or the service listens on more than this machine: then a token is made up at
 * start and logged once when none is set.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 2)
public class WriteAccess extends OncePerRequestFilter {

    private static final Logger LOG = LoggerFactory.getLogger(WriteAccess.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private final byte[] token;

    public WriteAccess(PlannerProperties properties, @Value("${server.address:}") String address) {
        String configured = properties.apiToken();
        if (configured != null && !configured.isBlank()) {
            token = configured.getBytes(StandardCharsets.UTF_8);
        } else if (isLoopback(address)) {
            token = null;
        } else {
            byte[] random = new byte[24];
            new SecureRandom().nextBytes(random);
            String made = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            LOG.warn("The service listens on {} and no cohort-planner.api-token is set: writes need the header "
                    + "'Authorization: Bearer {}' until the next start (set cohort-planner.api-token to keep one)",
                    address.isBlank() ? "every address" : address, made);
            token = made.getBytes(StandardCharsets.UTF_8);
        }
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return READS.contains(request.getMethod()) || !request.getRequestURI().startsWith("/api/");
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (crossSite(request)) {
            ProblemResponses.write(response, HttpStatus.FORBIDDEN, "Cross-site request refused",
                    "A write must come from this service's own page or from a client that is not a browser");
            return;
        }
        if (token != null && !authorised(request.getHeader("Authorization"))) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"cohort-planner\"");
            ProblemResponses.write(response, HttpStatus.UNAUTHORIZED, "Token required",
                    "Writes need the header 'Authorization: Bearer TOKEN' (cohort-planner.api-token)");
            return;
        }
        chain.doFilter(request, response);
    }

    private boolean authorised(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        byte[] sent = header.substring("Bearer ".length()).trim().getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(sent, token);
    }

    /** Browsers name the page a request comes from; clients such as curl send neither header. */
    static boolean crossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if ("cross-site".equalsIgnoreCase(fetchSite)) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        String host = request.getHeader("Host");
        if (host == null) {
            host = request.getServerName() + ":" + request.getServerPort();
        }
        try {
            URI from = URI.create(origin);
            URI self = URI.create(from.getScheme() + "://" + host);
            return from.getHost() == null || !from.getHost().equalsIgnoreCase(self.getHost())
                    || port(from) != port(self);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}

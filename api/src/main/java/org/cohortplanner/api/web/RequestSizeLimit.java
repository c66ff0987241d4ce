package org.cohortplanner.api.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.cohortplanner.api.FatalErrors;
import org.cohortplanner.api.PlannerProperties;
import org.cohortplanner.problems.BoundedInput;
import org.cohortplanner.problems.InputLimits;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * One limit for every request body, JSON or multipart ({@code cohort-planner.limits.upload-bytes}): a declared
 * length above it is refused with 413 before anything is read, and a body without a declared length stops being
 * read once it passes the limit.
 */
@Configuration(proxyBeanMethods = false)
public class RequestSizeLimit {

    @Bean
    MultipartConfigElement multipartConfigElement(PlannerProperties properties) {
        long max = properties.limits().uploadBytes().toBytes();
        // threshold 0: every part goes to a temporary file, never into memory
        return new MultipartConfigElement(null, max, max, 0);
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    FilterRegistrationBean<Filter> outOfMemoryFilter() {
        FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(FatalErrors.filter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE + 1)
    BodyLimitFilter bodyLimitFilter(PlannerProperties properties) {
        return new BodyLimitFilter(properties.limits().uploadBytes().toBytes());
    }

    /** Refuses or cuts request bodies above the limit. */
    public static final class BodyLimitFilter extends OncePerRequestFilter {

        private final long max;

        BodyLimitFilter(long max) {
            this.max = max;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            if (request.getContentLengthLong() > max) {
                ProblemResponses.write(response, HttpStatus.PAYLOAD_TOO_LARGE, "Request too large",
                        "The request body is " + request.getContentLengthLong() + " bytes, more than "
                                + InputLimits.bytes(max) + " (cohort-planner.limits.upload-bytes)");
                return;
            }
            chain.doFilter(request.getContentLengthLong() < 0 ? new Bounded(request, max) : request, response);
        }
    }

    private static final class Bounded extends HttpServletRequestWrapper {

        private final long max;
        private ServletInputStream stream;

        Bounded(HttpServletRequest request, long max) {
            super(request);
            this.max = max;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                stream = new CountingStream(super.getInputStream(), max);
            }
            return stream;
        }
    }

    private static final class CountingStream extends ServletInputStream {

        private final ServletInputStream in;
        private final long max;
        private long read;

        CountingStream(ServletInputStream in, long max) {
            this.in = in;
            this.max = max;
        }

        @Override
        public int read() throws IOException {
            int b = in.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = in.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws IOException {
            read += n;
            if (read > max) {
                throw new BoundedInput.TooLargeException("The request body is more than " + InputLimits.bytes(max)
                        + " (cohort-planner.limits.upload-bytes)");
            }
        }

        @Override
        public boolean isFinished() {
            return in.isFinished();
        }

        @Override
        public boolean isReady() {
            return in.isReady();
        }

        @Override
        public void setReadListener(ReadListener listener) {
            in.setReadListener(listener);
        }
    }
}

package kaohe.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.Part;
import kaohe.platform.actor.CurrentActor;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * {@code Idempotency-Key} on a write: the first request with a key is executed and its answer remembered; the
 * same request again gets the same answer (marked {@code Idempotent-Replayed: true}) without executing again;
 * the key reused for a different request is refused (422); a repeat while the first is still running gets 409.
 */
public class IdempotencyKeyFilter extends OncePerRequestFilter {

    public static final String HEADER = "Idempotency-Key";
    private static final Pattern WELL_FORMED = Pattern.compile("[\\x21-\\x7e]{1,200}");

    private final IdempotencyStore store;
    private final Problems problems;

    public IdempotencyKeyFilter(IdempotencyStore store, Problems problems) {
        this.store = store;
        this.problems = problems;
    }

    /** What a key may be: 1 to 200 printable ASCII characters. */
    public static boolean wellFormed(String key) {
        return WELL_FORMED.matcher(key).matches();
    }

    /**
     * Binary bodies (an evidence upload) are streamed, never held in memory to fingerprint; their endpoint applies
     * the key itself (to the content hash), so the filter leaves them alone.
     */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String contentType = request.getContentType();
        boolean binary = contentType != null && !RequestSizeLimitFilter.textual(contentType)
                && !contentType.toLowerCase().startsWith("multipart/");
        return request.getHeader(HEADER) == null || request.getMethod().equals("GET")
                || request.getMethod().equals("HEAD") || request.getMethod().equals("OPTIONS") || binary;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String key = request.getHeader(HEADER);
        var actor = CurrentActor.find();
        if (actor.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        if (!wellFormed(key)) {
            problems.write(request, response, 400, "invalid-idempotency-key");
            return;
        }
        boolean multipart = request.getContentType() != null
                && request.getContentType().toLowerCase().startsWith("multipart/");
        byte[] body;
        try {
            body = multipart ? null : request.getInputStream().readAllBytes();
        } catch (RequestSizeLimitFilter.BodyTooLargeException tooLarge) {
            problems.write(request, response, 413, "payload-too-large");
            return;
        }
        String fingerprint = fingerprint(request, body);
        String actorId = actor.get().id();

        var remembered = store.claim(actorId, key, fingerprint);
        if (remembered.isPresent()) {
            replay(request, response, remembered.get(), fingerprint);
            return;
        }
        var capturing = new ContentCachingResponseWrapper(response);
        boolean completed = false;
        try {
            chain.doFilter(multipart ? request : new CachedBodyRequest(request, body), capturing);
            if (capturing.getStatus() < 500) {
                store.complete(actorId, key, capturing.getStatus(), capturing.getContentType(),
                        capturing.getContentAsByteArray());
                completed = true;
            }
        } finally {
            if (!completed) {
                store.release(actorId, key);
            }
            capturing.copyBodyToResponse();
        }
    }

    private void replay(HttpServletRequest request, HttpServletResponse response,
                        IdempotencyStore.Remembered remembered, String fingerprint) throws IOException {
        if (!remembered.fingerprint().equals(fingerprint)) {
            problems.write(request, response, 422, "idempotency-key-reused");
        } else if (!remembered.completed()) {
            problems.write(request, response, 409, "idempotency-in-progress");
        } else {
            response.setStatus(remembered.status());
            if (remembered.contentType() != null) {
                response.setContentType(remembered.contentType());
            }
            response.setHeader("Idempotent-Replayed", "true");
            if (remembered.body() != null) {
                response.getOutputStream().write(remembered.body());
            }
        }
    }

    /** Method, path, query and body; for multipart, each part's name, file name and bytes. */
    private static String fingerprint(HttpServletRequest request, byte[] body) throws IOException, ServletException {
        MessageDigest digest = sha256();
        digest.update((request.getMethod() + ' ' + request.getRequestURI() + '?' + request.getQueryString() + '\n')
                .getBytes(StandardCharsets.UTF_8));
        if (body != null) {
            digest.update(body);
        } else {
            for (Part part : request.getParts()) {
                digest.update((part.getName() + '\n' + part.getSubmittedFileName() + '\n')
                        .getBytes(StandardCharsets.UTF_8));
                try (InputStream in = part.getInputStream()) {
                    digest.update(in.readAllBytes());
                }
            }
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    private static final class CachedBodyRequest extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBodyRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            var in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("blocking body only");
                }
            };
        }
    }
}

package kaohe.gateway.webapp;

import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.function.BiConsumer;

/**
 * The headers of every file of the browser app (and of the page answered for its routes), and of nothing else:
 * the API's answers pass through as the services sent them, and Swagger UI (served by springdoc, not from here)
 * keeps its own. Files under {@code assets/} carry a content hash in their names (Vite), so they are cached for
 * good; everything else (index.html above all, which names the current hashes) is revalidated on every visit.
 */
@Component
public class PageHeaders implements BiConsumer<Resource, HttpHeaders> {

    private static final String HASHED = "static/assets/";
    private static final String FOREVER = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable()
            .getHeaderValue();

    private final String contentSecurityPolicy;

    public PageHeaders(WebAppSettings settings) {
        // the app fetches the provider's discovery and tokens, renews silently in an iframe (which lands back on
        // this origin) and is sent to the provider's sign-in form; Element Plus sets inline styles. Framing is
        // refused to every other site, but not to the app itself: the silent renewal's answer is one of its own
        // pages, loaded in its own iframe ('none' and DENY would block it and every renewal would time out).
        String issuer = settings.issuerOrigin().map(origin -> " " + origin).orElse("");
        this.contentSecurityPolicy = String.join("; ",
                "default-src 'self'",
                "script-src 'self'",
                "style-src 'self' 'unsafe-inline'",
                "img-src 'self' data: blob:",
                "font-src 'self' data:",
                "connect-src 'self'" + issuer,
                "frame-src 'self'" + issuer,
                "frame-ancestors 'self'",
                "base-uri 'self'",
                "form-action 'self'" + issuer,
                "object-src 'none'");
    }

    @Override
    public void accept(Resource file, HttpHeaders headers) {
        headers.setCacheControl(hashed(file) ? FOREVER : CacheControl.noCache().getHeaderValue());
        headers.set("Content-Security-Policy", contentSecurityPolicy);
        headers.set("X-Frame-Options", "SAMEORIGIN");
        headers.set("X-Content-Type-Options", "nosniff");
        headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
    }

    private static boolean hashed(Resource file) {
        return file instanceof ClassPathResource onClassPath && onClassPath.getPath().startsWith(HASHED);
    }
}

package kaohe.platform.web;

import kaohe.platform.command.Refusal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import java.util.List;

/**
 * Every list is answered in bounded pages: {@code limit} is 1 … {@value MAX_LIMIT} (outside: 400
 * {@code invalid-parameter} on the field, never clamped), and a page that may not be the last carries
 * {@code Link: <the same request, cursor moved on>; rel="next"}, so nothing is cut without saying how to go on.
 * The body stays the plain list it always was.
 */
public final class Paging {

    public static final int MAX_LIMIT = 1000;

    private Paging() {
    }

    public static int limit(int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw Refusal.invalidField("limit", "invalid-parameter", "limit");
        }
        return limit;
    }

    public static int offset(int offset) {
        if (offset < 0) {
            throw Refusal.invalidField("offset", "invalid-parameter", "offset");
        }
        return offset;
    }

    /** A page read with {@code LIMIT limit}: full, so {@code param=next} reads on (the cursor past its last entry). */
    public static <T> ResponseEntity<List<T>> page(List<T> page, int limit, String param, Object next) {
        var answer = ResponseEntity.ok();
        if (page.size() >= limit) {
            String link = ServletUriComponentsBuilder.fromCurrentRequest().replaceQueryParam(param, next)
                    .build().toUriString();
            answer.header(HttpHeaders.LINK, "<" + link + ">; rel=\"next\"");
        }
        return answer.body(page);
    }

    /** A page of a list held whole ({@code offset}, {@code limit}); the rest is named by the next link. */
    public static <T> ResponseEntity<List<T>> slice(List<T> all, int offset, int limit) {
        offset(offset);
        limit(limit);
        List<T> page = all.subList(Math.min(offset, all.size()), (int) Math.min(all.size(), (long) offset + limit));
        return offset + page.size() < all.size() ? page(page, page.size(), "offset", offset + page.size())
                : ResponseEntity.ok(page);
    }
}

package kaohe.evidence.evidence.web;

import java.time.Instant;

/** A presigned URL straight to the object store, valid until {@code expiresAt}. */
public record DownloadLink(String url, Instant expiresAt) {
}

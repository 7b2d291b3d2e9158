package kaohe.evidence.evidence.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import kaohe.evidence.access.EvidenceAccess;
import kaohe.evidence.evidence.command.ArchiveEvidenceCommand;
import kaohe.evidence.evidence.command.LinkEvidenceCommand;
import kaohe.evidence.evidence.command.WithdrawEvidenceCommand;
import kaohe.evidence.evidence.query.EvidenceQueries;
import kaohe.evidence.evidence.query.EvidenceView;
import kaohe.evidence.storage.ObjectStore;
import kaohe.evidence.storage.StorageProperties;
import kaohe.evidence.upload.EvidenceUploads;
import kaohe.evidence.content.EvidenceType;
import kaohe.evidence.content.FileNames;
import kaohe.evidence.photo.ThumbnailStore;
import kaohe.platform.command.CommandSender;
import kaohe.platform.command.Refusal;
import kaohe.platform.history.AggregateHistory;
import kaohe.platform.history.HistoryEntry;
import kaohe.platform.actor.CurrentActor;
import kaohe.platform.web.IdempotencyKeyFilter;
import kaohe.platform.web.IfMatch;
import org.springframework.core.io.InputStreamResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static kaohe.evidence.access.EvidenceAccess.OFFICE;
import static kaohe.evidence.access.EvidenceAccess.READ;
import static kaohe.evidence.access.EvidenceAccess.READ_HISTORY;
import static kaohe.evidence.access.EvidenceAccess.WRITE;

/** Evidence (印证材料): uploaded as a raw body, attached to ledger records, archived, downloaded, verified. */
@RestController
@Validated
@RequestMapping("/api/evidence")
public class EvidenceController {

    private final EvidenceUploads uploads;
    private final CommandSender commands;
    private final EvidenceQueries queries;
    private final ObjectStore store;
    private final StorageProperties storage;
    private final AggregateHistory history;
    private final EvidenceAccess access;
    private final ThumbnailStore thumbnails;

    public EvidenceController(EvidenceUploads uploads, CommandSender commands, EvidenceQueries queries,
                              ObjectStore store, StorageProperties storage, AggregateHistory history,
                              EvidenceAccess access, ThumbnailStore thumbnails) {
        this.uploads = uploads;
        this.commands = commands;
        this.queries = queries;
        this.store = store;
        this.storage = storage;
        this.history = history;
        this.access = access;
        this.thumbnails = thumbnails;
    }

    /**
     * The file is the request body itself (any Content-Type; the type is decided from the bytes), its name in
     * {@code X-File-Name} (percent-encoded UTF-8), so it streams to the store without being buffered.
     */
    @PostMapping("/uploads")
    @PreAuthorize(WRITE)
    public ResponseEntity<EvidenceView> upload(@RequestParam @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}")
                                               String planId,
                                               @RequestParam(required = false) String department,
                                               @RequestHeader(value = "X-File-Name", required = false) String name,
                                               HttpServletRequest request) throws IOException {
        String contentType = request.getContentType();
        if (contentType != null && contentType.toLowerCase().startsWith("multipart/")) {
            throw new Refusal(Refusal.Kind.UNSUPPORTED_MEDIA_TYPE, "raw-body-required", java.util.Map.of());
        }
        String owner = access.uploadingDepartment(department);
        var uploaded = uploads.upload(planId, owner, FileNames.decodeHeader(name), request.getContentLengthLong(),
                request.getInputStream(), uploadKey(request.getHeader(IdempotencyKeyFilter.HEADER)));
        var view = queries.find(uploaded.evidenceId());
        var answer = ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/evidence/" + view.evidenceId()))
                .eTag(IfMatch.etag(view.version()));
        return uploaded.replayed() ? answer.header("Idempotent-Replayed", "true").body(view) : answer.body(view);
    }

    /** The upload's Idempotency-Key, the uploader's own: the generic filter never buffers a file to fingerprint it. */
    private static String uploadKey(String key) {
        if (key == null) {
            return null;
        }
        if (!IdempotencyKeyFilter.wellFormed(key)) {
            throw Refusal.invalid("invalid-idempotency-key");
        }
        return CurrentActor.get().id() + "\n" + key;
    }

    @GetMapping("/{evidenceId}")
    @PreAuthorize(READ)
    public ResponseEntity<EvidenceView> get(@PathVariable String evidenceId) {
        var view = readable(evidenceId);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }

    @GetMapping
    @PreAuthorize(READ)
    public List<EvidenceView> list(@RequestParam String planId, @RequestParam String department,
                                   @RequestParam(defaultValue = "false") boolean includeWithdrawn) {
        var readable = access.requireReadList(planId, department);
        return queries.list(planId, department, includeWithdrawn).stream().filter(readable).toList();
    }

    @PostMapping("/{evidenceId}/links")
    @PreAuthorize(WRITE)
    public ResponseEntity<EvidenceView> link(@PathVariable String evidenceId, @Valid @RequestBody LinkRequest request) {
        access.requireWrite(queries.stored(evidenceId).department());
        commands.send(new LinkEvidenceCommand(evidenceId, request.targetType(), request.targetId(),
                request.period()));
        return current(evidenceId);
    }

    @PostMapping("/{evidenceId}/archive")
    @PreAuthorize(OFFICE)
    public ResponseEntity<EvidenceView> archive(@PathVariable String evidenceId) {
        queries.stored(evidenceId);
        commands.send(new ArchiveEvidenceCommand(evidenceId));
        return current(evidenceId);
    }

    @PostMapping("/{evidenceId}/withdrawal")
    @PreAuthorize(WRITE)
    public ResponseEntity<EvidenceView> withdraw(@PathVariable String evidenceId,
                                                 @Valid @RequestBody WithdrawRequest request) {
        access.requireWrite(queries.stored(evidenceId).department());
        commands.send(new WithdrawEvidenceCommand(evidenceId, request.reason()));
        return current(evidenceId);
    }

    /** A short-lived presigned URL, issued only to those who may read the evidence. */
    @GetMapping("/{evidenceId}/download")
    @PreAuthorize(READ)
    public DownloadLink download(@PathVariable String evidenceId) {
        readable(evidenceId);
        var stored = queries.stored(evidenceId);
        return new DownloadLink(store.presignedDownload(stored.objectKey(), downloadName(stored)),
                Instant.now().plus(storage.presignedFor()));
    }

    /** The bytes streamed through the service, always as an attachment and never sniffed by the browser. */
    @GetMapping("/{evidenceId}/content")
    @PreAuthorize(READ)
    public ResponseEntity<InputStreamResource> content(@PathVariable String evidenceId) {
        readable(evidenceId);
        var stored = queries.stored(evidenceId);
        return ResponseEntity.ok()
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(downloadName(stored), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .contentType(MediaType.parseMediaType(stored.contentType()))
                .contentLength(stored.size())
                .body(new InputStreamResource(store.get(stored.objectKey())));
    }

    /** A JPEG of at most 320 px a side for dashboards; photos only. */
    @GetMapping("/{evidenceId}/thumbnail")
    @PreAuthorize(READ)
    public ResponseEntity<byte[]> thumbnail(@PathVariable String evidenceId) {
        readable(evidenceId);
        var stored = queries.stored(evidenceId);
        return ResponseEntity.ok().contentType(MediaType.IMAGE_JPEG).header("X-Content-Type-Options", "nosniff")
                .body(thumbnails.of(stored));
    }

    @GetMapping("/{evidenceId}/history")
    @PreAuthorize(READ_HISTORY)
    public List<HistoryEntry> history(@PathVariable String evidenceId) {
        readable(evidenceId);
        return history.of(evidenceId);
    }

    /** The client's name is history (kept in the event); what a browser saves carries the type the bytes are. */
    private static String downloadName(EvidenceQueries.StoredObject stored) {
        return FileNames.forDownload(stored.originalName(), EvidenceType.of(stored.contentType()));
    }

    private EvidenceView readable(String evidenceId) {
        var view = queries.find(evidenceId);
        access.requireRead(view);
        return view;
    }

    private ResponseEntity<EvidenceView> current(String evidenceId) {
        var view = queries.find(evidenceId);
        return ResponseEntity.ok().eTag(IfMatch.etag(view.version())).body(view);
    }
}

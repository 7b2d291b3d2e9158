package kaohe.indicator.importing.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import kaohe.indicator.importing.DecompositionImport;
import kaohe.indicator.importing.ImportReport;
import kaohe.indicator.importing.PlanHeader;
import kaohe.platform.command.Refusal;
import kaohe.platform.input.SingleLine;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.time.LocalDate;

import static kaohe.indicator.access.IndicatorAccess.WRITE;

/**
 * Import of a decomposition table (分解表) as text, .xlsx or .docx — the type is decided by content, never by
 * name. Without {@code commit=true} nothing changes: the answer shows what a commit would do.
 */
@RestController
@RequestMapping("/api/indicator/imports")
public class ImportController {

    private final DecompositionImport imports;

    public ImportController(DecompositionImport imports) {
        this.imports = imports;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(WRITE)
    public ImportReport importTable(@RequestPart("file") MultipartFile file,
                                    @RequestParam(defaultValue = "false") boolean commit,
                                    @RequestParam(required = false) @Pattern(regexp = "[a-z0-9][a-z0-9-]{0,63}")
                                    String planId,
                                    @RequestParam(required = false) @Min(2000) @Max(2100) Integer year,
                                    @RequestParam(required = false) @Size(max = 200) @SingleLine String title,
                                    @RequestParam(required = false) @Size(max = 100) @SingleLine
                                    String issuingBody,
                                    @RequestParam(required = false) @Size(max = 100) @SingleLine
                                    String documentNumber,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                    LocalDate issuedOn,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                    LocalDate liaisonDueOn) throws IOException {
        if (file.isEmpty()) {
            throw Refusal.invalidField("file", "empty-file");
        }
        byte[] content = file.getBytes();
        var given = new PlanHeader(year, title, issuingBody, documentNumber, issuedOn, liaisonDueOn);
        return commit ? imports.commit(content, planId, given) : imports.dryRun(content, planId, given);
    }
}

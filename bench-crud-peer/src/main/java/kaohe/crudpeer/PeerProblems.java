package kaohe.crudpeer;

import jakarta.servlet.http.HttpServletRequest;
import kaohe.platform.command.Refusal;
import kaohe.platform.web.Problems;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * Bad input as the services answer it (problem details, {@code urn:kaohe:problem:<code>}), for what this peer can
 * meet: a refusal (version missing or stale), a body that fails validation, one that is not JSON, a caller without
 * the role.
 */
@RestControllerAdvice
class PeerProblems {

    private final Problems problems;

    PeerProblems(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal, HttpServletRequest request) {
        return answer(request, problems.problem(refusal.kind().status(), refusal.code(), Problems.localeOf(request),
                refusal.fieldErrors(), refusal.args()));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalid(MethodArgumentNotValidException invalid, HttpServletRequest request) {
        List<Map<String, String>> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(), "message", message(error)))
                .toList();
        return answer(request, problems.problemWithMessages(400, "invalid-request", Problems.localeOf(request),
                errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpServletRequest request) {
        return answer(request, problems.problem(400, "malformed-json", Problems.localeOf(request), Map.of()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> forbidden(HttpServletRequest request) {
        return answer(request, problems.problem(403, "forbidden", Problems.localeOf(request), Map.of()));
    }

    private static String message(FieldError error) {
        return error.getDefaultMessage() == null ? error.getCode() : error.getDefaultMessage();
    }

    private static ResponseEntity<ProblemDetail> answer(HttpServletRequest request, ProblemDetail problem) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus()).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }
}

package kaohe.platform.web;

import kaohe.platform.command.Refusal;
import kaohe.platform.input.RefusedInput;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.validation.FieldError;
import org.springframework.web.ErrorResponse;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;

import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Every error leaves a service as RFC 9457 problem details with a stable {@code code}. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ProblemDetailsAdvice {

    private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

    private final Problems problems;

    public ProblemDetailsAdvice(Problems problems) {
        this.problems = problems;
    }

    @ExceptionHandler(Refusal.class)
    ResponseEntity<ProblemDetail> refused(Refusal refusal, HttpServletRequest request) {
        return answer(request, problems.problem(refusal.kind().status(), refusal.code(), Problems.localeOf(request),
                refusal.fieldErrors(), refusal.args()));
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ResponseEntity<ProblemDetail> invalidBody(MethodArgumentNotValidException invalid, HttpServletRequest request) {
        List<Map<String, String>> errors = invalid.getBindingResult().getFieldErrors().stream()
                .map(error -> Map.of("field", error.getField(),
                        "message", String.valueOf(error.getDefaultMessage())))
                .toList();
        return answer(request, problems.problemWithMessages(400, "invalid-request", Problems.localeOf(request),
                errors));
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ResponseEntity<ProblemDetail> invalidParameters(HandlerMethodValidationException invalid,
                                                    HttpServletRequest request) {
        List<Map<String, String>> errors = invalid.getParameterValidationResults().stream()
                .flatMap(result -> result.getResolvableErrors().stream()
                        .map(error -> Map.of("field", error instanceof FieldError field ? field.getField()
                                        : String.valueOf(result.getMethodParameter().getParameterName()),
                                "message", String.valueOf(error.getDefaultMessage()))))
                .toList();
        return answer(request, problems.problemWithMessages(400, "invalid-request", Problems.localeOf(request),
                errors));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ProblemDetail> unreadable(HttpMessageNotReadableException unreadable, HttpServletRequest request) {
        var locale = Problems.localeOf(request);
        Throwable cause = unreadable.getCause();
        if (cause instanceof RequestSizeLimitFilter.BodyTooLargeException) {
            return answer(request, problems.problem(413, "payload-too-large", locale, Map.of()));
        }
        if (cause instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            String field = pathOf(format);
            String allowed = Arrays.stream(format.getTargetType().getEnumConstants())
                    .map(String::valueOf).collect(Collectors.joining(", "));
            return answer(request, problems.problem(400, "unknown-value", locale, Map.of(field, "unknown-value"),
                    field, format.getValue(), allowed));
        }
        if (cause instanceof RefusedInput refused) {
            String field = pathOf(refused);
            return answer(request, problems.problem(400, refused.code(), locale, Map.of(field, refused.code()),
                    field));
        }
        if (cause instanceof UnrecognizedPropertyException unknown) {
            return answer(request, problems.problem(400, "unknown-field", locale,
                    Map.of(pathOf(unknown), "unknown-field"), pathOf(unknown)));
        }
        if (cause instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            return answer(request, problems.problem(400, "invalid-field", locale,
                    Map.of(pathOf(mismatch), "invalid-field"), pathOf(mismatch)));
        }
        return answer(request, problems.problem(400, "malformed-json", locale, Map.of()));
    }

    @ExceptionHandler({MissingServletRequestParameterException.class, MethodArgumentTypeMismatchException.class,
            MissingRequestHeaderException.class, MissingServletRequestPartException.class})
    ResponseEntity<ProblemDetail> badParameter(Exception bad, HttpServletRequest request) {
        String name = "?";
        if (bad instanceof MissingServletRequestParameterException missing) {
            name = missing.getParameterName();
        } else if (bad instanceof MethodArgumentTypeMismatchException mismatch) {
            name = mismatch.getName();
        } else if (bad instanceof MissingRequestHeaderException header) {
            name = header.getHeaderName();
        } else if (bad instanceof MissingServletRequestPartException part) {
            name = part.getRequestPartName();
        }
        return answer(request, problems.problem(400, "invalid-parameter", Problems.localeOf(request),
                Map.of(name, "invalid-parameter"), name));
    }

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    ResponseEntity<ProblemDetail> tooLarge(MaxUploadSizeExceededException tooLarge, HttpServletRequest request) {
        return answer(request, problems.problem(413, "payload-too-large", Problems.localeOf(request), Map.of()));
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ResponseEntity<ProblemDetail> notFound(AggregateNotFoundException missing, HttpServletRequest request) {
        return answer(request, problems.problem(404, "not-found", Problems.localeOf(request), Map.of(),
                missing.getAggregateIdentifier()));
    }

    @ExceptionHandler(ConflictingAggregateVersionException.class)
    ResponseEntity<ProblemDetail> stale(ConflictingAggregateVersionException stale, HttpServletRequest request) {
        return answer(request, problems.problem(412, "stale-version", Problems.localeOf(request), Map.of(),
                stale.getExpectedVersion(), stale.getActualVersion()));
    }

    /** Two writers appended to one aggregate at once, or one tried to create what exists: the loser is told. */
    @ExceptionHandler({ConcurrencyException.class, AggregateStreamCreationException.class})
    ResponseEntity<ProblemDetail> concurrent(RuntimeException conflict, HttpServletRequest request) {
        String code = conflict instanceof AggregateStreamCreationException ? "already-exists"
                : "concurrent-modification";
        return answer(request, problems.problem(409, code, Problems.localeOf(request), Map.of()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<ProblemDetail> denied(AccessDeniedException denied, HttpServletRequest request) {
        return answer(request, problems.problem(403, "forbidden", Problems.localeOf(request), Map.of()));
    }

    /** Spring MVC's own errors (404, 405, 415 …) keep their status, with our code and language. */
    @ExceptionHandler({ServletException.class, ErrorResponseException.class})
    ResponseEntity<ProblemDetail> framework(Exception error, HttpServletRequest request) {
        int status = error instanceof ErrorResponse response ? response.getStatusCode().value() : 400;
        String code = switch (status) {
            case 404 -> "no-such-resource";
            case 405 -> "method-not-allowed";
            case 406 -> "not-acceptable";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            default -> status >= 500 ? "internal-error" : "invalid-request";
        };
        return answer(request, problems.problem(status, code, Problems.localeOf(request), Map.of()));
    }

    @ExceptionHandler(Exception.class)
    ResponseEntity<ProblemDetail> unexpected(Exception unexpected, HttpServletRequest request) {
        log.error("Unexpected error on {} {}", request.getMethod(), request.getRequestURI(), unexpected);
        return answer(request, problems.problem(HttpStatus.INTERNAL_SERVER_ERROR.value(), "internal-error",
                Problems.localeOf(request), Map.of()));
    }

    private static ResponseEntity<ProblemDetail> answer(HttpServletRequest request, ProblemDetail problem) {
        problem.setInstance(URI.create(request.getRequestURI()));
        return ResponseEntity.status(problem.getStatus())
                .contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .body(problem);
    }

    private static String pathOf(MismatchedInputException mismatch) {
        return mismatch.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
    }
}

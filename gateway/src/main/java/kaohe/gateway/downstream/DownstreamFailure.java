package kaohe.gateway.downstream;

import kaohe.gateway.GatewayProblems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

import java.io.IOException;
import java.net.ConnectException;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * What went wrong on the way to a service, and the answer the client gets for it: 503 when the service could not
 * be reached or broke the connection, 504 when it did not answer in time — each with {@code Retry-After}, never a
 * 500 (nothing is wrong with the request or the gateway).
 */
public enum DownstreamFailure {

    /** No connection was made (refused, or not accepted within the connect timeout): the service got nothing. */
    NOT_CONNECTED,
    /** Connected, then closed or reset before an answer: the service may have received and acted on the request. */
    BROKEN,
    /** No answer within the response timeout. */
    TIMED_OUT,
    /** Anything else: not the service's absence, left to the usual error handling. */
    OTHER;

    public static final String RETRY_AFTER_SECONDS = "5";

    private static final Map<String, String> CHINESE_NAMES = Map.of("indicator", "考核指标服务", "ledger", "工作台账服务",
            "evidence", "印证材料服务", "scoring", "考核评分服务", "identity", "账号服务", "supervision", "督办提醒服务");

    public static DownstreamFailure of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConnectException) {
                return NOT_CONNECTED;
            }
            if (cause instanceof TimeoutException || cause instanceof ResponseStatusException status
                    && status.getStatusCode().value() == HttpStatus.GATEWAY_TIMEOUT.value()) {
                return TIMED_OUT;
            }
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof IOException) {
                return BROKEN;
            }
        }
        return OTHER;
    }

    /** The problem for this failure, or the failure itself where it is not one of the service's absence. */
    public Mono<Void> answer(ServerWebExchange exchange, String context, Throwable failure) {
        if (this == OTHER) {
            return Mono.error(failure);
        }
        boolean english = GatewayProblems.prefersEnglish(exchange);
        String service = english ? "The " + context + " service" : CHINESE_NAMES.getOrDefault(context, context + " 服务");
        exchange.getResponse().getHeaders().set(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
        if (this == TIMED_OUT) {
            return GatewayProblems.write(exchange, HttpStatus.GATEWAY_TIMEOUT, "service-timeout",
                    english ? "Service timed out" : "服务响应超时",
                    english ? service + " did not answer in time; please retry later." : service + "未能及时答复，请稍后重试。");
        }
        return GatewayProblems.write(exchange, HttpStatus.SERVICE_UNAVAILABLE, "service-unavailable",
                english ? "Service unavailable" : "服务暂时不可用",
                english ? service + " is unavailable at the moment; please retry later." : service + "暂时不可用，请稍后重试。");
    }
}

package kaohe.platform.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import kaohe.platform.audit.AuditController;
import kaohe.platform.audit.AuditTrail;
import kaohe.platform.calendar.BusinessDay;
import kaohe.platform.chain.ChainSignerClaim;
import kaohe.platform.chain.ChainSigningKey;
import kaohe.platform.chain.CheckpointLog;
import kaohe.platform.chain.EventChain;
import kaohe.platform.chain.EventChainController;
import kaohe.platform.chain.EventChainer;
import kaohe.platform.chain.HistoryProofs;
import kaohe.platform.command.ActorCorrelationDataProvider;
import kaohe.platform.command.BoundedAggregateCache;
import kaohe.platform.command.CommandSender;
import kaohe.platform.command.StoreCheckedAggregateCache;
import kaohe.platform.history.AggregateHistory;
import kaohe.platform.input.RequestJsonConverter;
import kaohe.platform.metrics.PlatformMetrics;
import kaohe.platform.publish.KafkaEventPublisher;
import kaohe.platform.web.CorrelationIdFilter;
import kaohe.platform.web.IdempotencyKeyFilter;
import kaohe.platform.web.IdempotencyStore;
import kaohe.platform.web.ListPaging;
import kaohe.platform.web.ProblemDetailsAdvice;
import kaohe.platform.web.Problems;
import kaohe.platform.web.RequestSizeLimitFilter;
import kaohe.platform.web.WholeAnswerFilter;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.caching.Cache;
import org.axonframework.common.caching.NoCache;
import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.common.jdbc.PersistenceExceptionResolver;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.PropagatingErrorHandler;
import org.axonframework.eventhandling.TrackingEventProcessorConfiguration;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.eventsourcing.eventstore.jdbc.EventSchema;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.autoconfig.JdbcAutoConfiguration;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.kafka.KafkaProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.lang.management.ManagementFactory;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/** Wires the event backbone into every service that has the platform on its class path. */
@AutoConfiguration(before = JdbcAutoConfiguration.class)
@EnableConfigurationProperties(KaoheProperties.class)
@EnableScheduling
public class PlatformAutoConfiguration {

    /** The API documents' name for the bearer token every service takes (the gateway's document uses it too). */
    static final String BEARER = "bearerAuth";

    @Bean
    ChainSigningKey chainSigningKey(@Value("${kaohe.chain.key-file:}") String keyFile) {
        return ChainSigningKey.load(keyFile);
    }

    @Bean
    CheckpointLog checkpointLog(JdbcTemplate jdbc, TransactionTemplate transactions,
                                KafkaTemplate<String, String> kafka, KafkaProperties kafkaProperties,
                                ObjectMapper objectMapper, KaoheProperties properties, ChainSigningKey key,
                                @Value("${kaohe.chain.publish-interval}") Duration interval) {
        return new CheckpointLog(jdbc, transactions, kafka, kafkaProperties.buildConsumerProperties(null),
                objectMapper, Clock.systemUTC(), properties.context(), interval, key);
    }

    @Bean
    EventChain eventChain(JdbcTemplate jdbc, TransactionTemplate transactions, KaoheProperties properties,
                          ChainSigningKey key, CheckpointLog published) {
        ChainSignerClaim.claim(jdbc, transactions, Clock.systemUTC(), key);
        return new EventChain(jdbc, transactions, Clock.systemUTC(), properties.context(), key, published);
    }

    @Bean
    HistoryProofs historyProofs(JdbcTemplate jdbc, TransactionTemplate transactions, KaoheProperties properties,
                                ChainSigningKey key) {
        return new HistoryProofs(jdbc, transactions, properties.context(), key);
    }

    @Bean
    EventChainer eventChainer(EventChain chain, @Value("${kaohe.chain.settle}") Duration settle,
                              CheckpointLog published) {
        return new EventChainer(chain, settle, published);
    }

    @Bean
    EventChainController eventChainController(EventChain chain, ChainSigningKey key) {
        return new EventChainController(chain, key);
    }

    @Bean
    AuditTrail auditTrail(JdbcTemplate jdbc, ObjectMapper objectMapper, KaoheProperties properties) {
        return new AuditTrail(jdbc, objectMapper, properties.context());
    }

    @Bean
    AuditController auditController(AuditTrail trail, HistoryProofs proofs) {
        return new AuditController(trail, proofs);
    }

    /** Axon's JDBC engine on the snake_case tables that the platform's migrations create. */
    @Bean
    EventSchema eventSchema() {
        return EventSchema.builder()
                .eventTable("domain_event_entry").snapshotTable("snapshot_event_entry")
                .globalIndexColumn("global_index").timestampColumn("time_stamp")
                .eventIdentifierColumn("event_identifier").aggregateIdentifierColumn("aggregate_identifier")
                .sequenceNumberColumn("sequence_number").typeColumn("type")
                .payloadTypeColumn("payload_type").payloadRevisionColumn("payload_revision")
                .payloadColumn("payload").metaDataColumn("meta_data")
                .build();
    }

    @Bean
    TokenSchema tokenSchema() {
        return TokenSchema.builder()
                .setTokenTable("token_entry").setProcessorNameColumn("processor_name").setSegmentColumn("segment")
                .setTokenColumn("token").setTokenTypeColumn("token_type").setTimestampColumn("timestamp")
                .setOwnerColumn("owner")
                .build();
    }

    /**
     * Named by every aggregate: {@code @Aggregate(cache = "aggregateCache")}. One instance owns its aggregates and
     * may trust what it cached; several instances on one store either cache nothing
     * ({@code kaohe.aggregate-cache.enabled=false}: every command replays the aggregate's events) or check each
     * cached aggregate against the store first ({@code kaohe.aggregate-cache.coherent=true}).
     */
    @Bean
    Cache aggregateCache(@Value("${kaohe.aggregate-cache.enabled:true}") boolean enabled,
                         @Value("${kaohe.aggregate-cache.coherent:false}") boolean coherent, JdbcTemplate jdbc) {
        if (!enabled) {
            return NoCache.INSTANCE;
        }
        Cache cache = new BoundedAggregateCache(20_000);
        return coherent ? new StoreCheckedAggregateCache(cache, jdbc) : cache;
    }

    @Bean
    PersistenceExceptionResolver postgresDuplicateKeyResolver() {
        return new PostgresDuplicateKeyResolver();
    }

    @Bean
    CorrelationDataProvider actorCorrelationDataProvider(BusinessDay businessDay) {
        return new ActorCorrelationDataProvider(businessDay);
    }

    @Bean
    CommandSender commandSender(CommandGateway commandGateway) {
        return new CommandSender(commandGateway);
    }

    @Bean
    KafkaEventPublisher kafkaEventPublisher(KafkaTemplate<String, String> kafka, ObjectMapper objectMapper,
                                            @Qualifier("eventSerializer") Serializer eventSerializer,
                                            KaoheProperties properties, MeterRegistry meters) {
        return new KafkaEventPublisher(kafka, objectMapper, eventSerializer, properties.context(), properties.topic(),
                meters);
    }

    /**
     * Axon's JDBC token store, owned by this instance's node id ({@code kaohe.instance-id}). Every Spring context is
     * a node of its own — Axon's default, the JVM's pid@host, is shared by two contexts in one JVM, which would then
     * process one segment side by side. A node killed holding a claim blocks the others for
     * {@code axon.eventhandling.tokenstore.claim-timeout} (platform default 5 s; the owner renews its claim every
     * second even when idle).
     */
    @Bean
    TokenStore tokenStore(ConnectionProvider connections, Serializer serializer, TokenSchema schema,
                          @Value("${axon.eventhandling.tokenstore.claim-timeout}") Duration claimTimeout,
                          @Value("${kaohe.instance-id:}") String instanceId) {
        return JdbcTokenStore.builder().connectionProvider(connections).schema(schema).serializer(serializer)
                .claimTimeout(claimTimeout).nodeId(instanceId.isBlank() ? newInstanceId() : instanceId).build();
    }

    private static String newInstanceId() {
        return ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8);
    }

    /**
     * The publisher reads the store in batches and must never skip an event it failed to send. Another instance
     * asks for its claim every second, so it takes over soon after the claim of a killed one times out.
     */
    @Bean
    ConfigurerModule kafkaPublisherProcessing() {
        return configurer -> configurer.eventProcessing()
                .registerTrackingEventProcessorConfiguration(KafkaEventPublisher.PROCESSING_GROUP,
                        config -> TrackingEventProcessorConfiguration.forSingleThreadedProcessing().andBatchSize(200)
                                .andTokenClaimInterval(1, TimeUnit.SECONDS))
                .registerListenerInvocationErrorHandler(KafkaEventPublisher.PROCESSING_GROUP,
                        config -> PropagatingErrorHandler.instance());
    }

    @Bean
    AggregateHistory aggregateHistory(EventStore eventStore, KaoheProperties properties) {
        return new AggregateHistory(eventStore, properties.context());
    }

    @Bean
    PlatformMetrics platformMetrics(MeterRegistry meters) {
        return new PlatformMetrics(meters);
    }

    /**
     * Each service's OpenAPI document, shown under its context in the gateway's Swagger UI; every operation takes
     * the bearer token, so "Authorize" there makes "Try it out" send it.
     */
    @Bean
    OpenAPI kaoheOpenApi(KaoheProperties properties) {
        return new OpenAPI().info(new Info().title("Kaohe 考核 · " + properties.context())
                .description("错误均为 RFC 9457 问题详情（code、title、detail、errors）；修改须带 If-Match，重复提交可带 Idempotency-Key。")
                .version("0.1.0"))
                .components(new Components().addSecuritySchemes(BEARER, new SecurityScheme()
                        .type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")))
                .addSecurityItem(new SecurityRequirement().addList(BEARER));
    }

    @Bean
    Problems problems(ObjectMapper objectMapper) {
        return new Problems(objectMapper);
    }

    /** Bounded decimals and clean text in, plain decimals out: the one rule at every service's edge. */
    @Bean
    RequestJsonConverter requestJsonConverter(ObjectMapper objectMapper) {
        return new RequestJsonConverter(objectMapper);
    }

    @Bean
    ProblemDetailsAdvice problemDetailsAdvice(Problems problems) {
        return new ProblemDetailsAdvice(problems);
    }

    @Bean
    ListPaging listPaging() {
        return new ListPaging();
    }

    @Bean
    WebMvcConfigurer listPagingBeforeHandlers(ListPaging paging) {
        return new WebMvcConfigurer() {
            @Override
            public void addInterceptors(InterceptorRegistry registry) {
                registry.addInterceptor(paging);
            }
        };
    }

    @Bean
    FilterRegistrationBean<CorrelationIdFilter> correlationIdFilter() {
        var registration = new FilterRegistrationBean<>(new CorrelationIdFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** Around everything else, so that no flush on the way commits a small answer as chunked. */
    @Bean
    FilterRegistrationBean<WholeAnswerFilter> wholeAnswerFilter() {
        var registration = new FilterRegistrationBean<>(new WholeAnswerFilter());
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1);
        return registration;
    }

    /** After Spring Security (order -100): size first, then idempotency, which needs the actor. */
    @Bean
    FilterRegistrationBean<RequestSizeLimitFilter> requestSizeLimitFilter(KaoheProperties properties,
                                                                           Problems problems) {
        var registration = new FilterRegistrationBean<>(
                new RequestSizeLimitFilter(properties.maxJsonBody().toBytes(), problems));
        registration.setOrder(10);
        return registration;
    }

    /** The real clock; tests put their own in its place to stand on a chosen day. */
    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    /** "Today" for business decisions; a bad {@code kaohe.business-date} stops the service here, at start. */
    @Bean
    BusinessDay businessDay(Clock clock, @Value("${" + BusinessDay.SETTING + ":}") String setting) {
        BusinessDay day = BusinessDay.configured(clock, setting);
        if (day.isShifted()) {
            LoggerFactory.getLogger(BusinessDay.class).warn(day.announcement());
        }
        return day;
    }

    @Bean
    IdempotencyStore idempotencyStore(JdbcTemplate jdbc,
                                      @Value("${kaohe.idempotency.retention}") Duration retention) {
        return new IdempotencyStore(jdbc, Clock.systemUTC(), retention);
    }

    @Bean
    FilterRegistrationBean<IdempotencyKeyFilter> idempotencyKeyFilter(IdempotencyStore store, Problems problems) {
        var registration = new FilterRegistrationBean<>(new IdempotencyKeyFilter(store, problems));
        registration.setOrder(20);
        return registration;
    }
}

package kaohe.testengines;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.web.client.RestTemplateBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.stream.Stream;

/**
 * One more instance of a service on the shared engines, as a second process would be in production: a Spring
 * context of its own (port, Axon node, Kafka consumers, caches) on the same database, topics and chain key as every
 * other context of that service in this JVM. For tests of what several instances must keep correct.
 */
public final class ServiceInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;
    private final TestRestTemplate http;

    private ServiceInstance(ConfigurableApplicationContext context) {
        this.context = context;
        String port = context.getEnvironment().getRequiredProperty("local.server.port");
        this.http = new TestRestTemplate(new RestTemplateBuilder().rootUri("http://127.0.0.1:" + port));
    }

    /**
     * Starts {@code application} with {@code properties} ({@code name=value}) on a free port. They are passed as
     * command-line arguments, which win over the service's application.yml (its default port among them).
     */
    public static ServiceInstance start(Class<?> application, String... properties) {
        var arguments = Stream.concat(Stream.of("server.port=0", "kaohe.dev-headers=true"), Stream.of(properties))
                .map(property -> "--" + property).toArray(String[]::new);
        return new ServiceInstance(new SpringApplicationBuilder(application)
                .initializers(new EnginesInitializer())
                .run(arguments));
    }

    public ApiClient api() {
        return new ApiClient(http);
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }
}

package kaohe.platform.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.config.Configurer;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.MessageHandlerInterceptor;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BiFunction;

/**
 * The figures every service exposes on /actuator/prometheus: commands handled (by command and outcome), events
 * appended (by event), and how far each event processor lags behind the store.
 */
public class PlatformMetrics implements ConfigurerModule {

    private final MeterRegistry meters;

    public PlatformMetrics(MeterRegistry meters) {
        this.meters = meters;
    }

    @Override
    public void configureModule(Configurer configurer) {
        configurer.onInitialize(config -> config.onStart(() -> {
            config.commandBus().registerHandlerInterceptor(commandsHandled());
            config.eventBus().registerDispatchInterceptor(messages -> {
                messages.forEach(event -> Counter.builder("kaohe.events.appended")
                        .tag("event", event.getPayloadType().getSimpleName()).register(meters).increment());
                return (index, event) -> event;
            });
        }));
        configurer.eventProcessing().registerDefaultHandlerInterceptor(projectionLag());
    }

    private MessageHandlerInterceptor<CommandMessage<?>> commandsHandled() {
        return (unitOfWork, chain) -> {
            String command = unitOfWork.getMessage().getPayloadType().getSimpleName();
            try {
                Object result = chain.proceed();
                count(command, "accepted");
                return result;
            } catch (Exception refused) {
                count(command, "refused");
                throw refused;
            }
        };
    }

    private void count(String command, String outcome) {
        Counter.builder("kaohe.commands.handled").tag("command", command).tag("outcome", outcome)
                .register(meters).increment();
    }

    private BiFunction<org.axonframework.config.Configuration, String,
            MessageHandlerInterceptor<? super EventMessage<?>>> projectionLag() {
        return (config, processor) -> {
            Timer lag = Timer.builder("kaohe.projection.lag").tag("consumer", processor)
                    .publishPercentileHistogram().register(meters);
            return (unitOfWork, chain) -> {
                Object result = chain.proceed();
                lag.record(Duration.between(unitOfWork.getMessage().getTimestamp(), Instant.now()));
                return result;
            };
        };
    }
}

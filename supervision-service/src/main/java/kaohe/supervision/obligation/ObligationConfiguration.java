package kaohe.supervision.obligation;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ObligationDeadlines.class)
class ObligationConfiguration {
}

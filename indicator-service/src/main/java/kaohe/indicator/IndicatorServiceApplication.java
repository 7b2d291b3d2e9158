package kaohe.indicator;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Assessment plans, indicators and their assignment: the first context of the decomposition (指标分解). */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IndicatorServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(IndicatorServiceApplication.class, args);
    }
}

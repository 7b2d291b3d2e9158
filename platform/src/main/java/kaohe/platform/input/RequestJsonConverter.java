package kaohe.platform.input;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.MappingJackson2HttpMessageConverter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.List;

/**
 * Swaps Spring MVC's JSON converter for one on {@link RequestJson}, so every controller of every service gets the
 * rules without naming them. A new converter, not the shared one changed: clients built from Spring's converters
 * keep the application's mapper.
 */
public class RequestJsonConverter implements WebMvcConfigurer {

    private final ObjectMapper mapper;

    public RequestJsonConverter(ObjectMapper application) {
        this.mapper = RequestJson.of(application);
    }

    @Override
    public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
        converters.replaceAll(converter -> converter instanceof MappingJackson2HttpMessageConverter
                ? new MappingJackson2HttpMessageConverter(mapper) : converter);
    }
}

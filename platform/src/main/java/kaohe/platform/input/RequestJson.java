package kaohe.platform.input;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

import java.io.IOException;
import java.math.BigDecimal;

/**
 * The JSON of the API edge: request bodies hold only bounded decimals ({@link DecimalBounds}) and clean text
 * ({@link TextRule}), and decimals are answered as plain numbers ({@code 70}, never {@code 7E+1}). A copy of the
 * application's mapper, so the event store, Kafka and history read what they stored before these rules.
 */
public final class RequestJson {

    private RequestJson() {
    }

    public static ObjectMapper of(ObjectMapper application) {
        return application.copy()
                .registerModule(new SimpleModule("kaohe-request-rules")
                        .addDeserializer(BigDecimal.class, new BoundedDecimalDeserializer())
                        .addDeserializer(String.class, new CleanTextDeserializer()))
                .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN);
    }

    /** The parser builds the value (precision and scale only, no arithmetic); it is refused before anyone uses it. */
    static final class BoundedDecimalDeserializer extends StdScalarDeserializer<BigDecimal> {

        BoundedDecimalDeserializer() {
            super(BigDecimal.class);
        }

        @Override
        public BigDecimal deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            BigDecimal value = NumberDeserializers.BigDecimalDeserializer.instance.deserialize(parser, context);
            if (value != null && !DecimalBounds.holds(value)) {
                throw new RefusedInput(parser, "invalid-number", BigDecimal.class);
            }
            return value;
        }
    }

    static final class CleanTextDeserializer extends StdScalarDeserializer<String> {

        CleanTextDeserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String text = StringDeserializer.instance.deserialize(parser, context);
            if (text != null && !TextRule.holds(text)) {
                throw new RefusedInput(parser, "invalid-text", String.class);
            }
            return text;
        }
    }
}

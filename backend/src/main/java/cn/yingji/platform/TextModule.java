package cn.yingji.platform;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * Every JSON body is read under the platform's text rule ({@link Text}): a string with a NUL or another control
 * character, in any field of any request, is refused with 400 {@code invalid-character} before anything is
 * written. Duplicate keys in an object are refused too, so no request means two things at once.
 */
@Configuration
class TextModule {

    @Bean
    JsonMapperBuilderCustomizer platformText() {
        SimpleModule module = new SimpleModule("yingji-text");
        module.addDeserializer(String.class, new CheckedStrings());
        return builder -> builder.addModule(module).enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }

    private static final class CheckedStrings extends StringDeserializer {

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) {
            String value = super.deserialize(p, ctxt);
            if (value != null) {
                Text.require(p.currentName(), value);
            }
            return value;
        }
    }
}

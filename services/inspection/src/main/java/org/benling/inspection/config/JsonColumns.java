package org.benling.inspection.config;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

/**
 * How JSON columns (a personal-matters report's content) are written: Jackson of its own, not the REST layer's
 * (Quarkus refuses that one for the database), with dates as ISO text so that the stored report and its audit
 * revisions read as filed ({@code "2031-01-31"}, not {@code [2031,1,31]}).
 */
@JsonFormat
@PersistenceUnitExtension
public class JsonColumns implements FormatMapper {

    private final FormatMapper jackson = new JacksonJsonFormatMapper(JsonMapper.builder().findAndAddModules()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build());

    @Override
    public <T> T fromString(CharSequence text, JavaType<T> type, WrapperOptions options) {
        return jackson.fromString(text, type, options);
    }

    @Override
    public <T> String toString(T value, JavaType<T> type, WrapperOptions options) {
        return jackson.toString(value, type, options);
    }
}

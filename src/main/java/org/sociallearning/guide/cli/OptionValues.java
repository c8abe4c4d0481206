package org.sociallearning.guide.cli;

import org.sociallearning.guide.check.ReportFormat;
import org.sociallearning.guide.entry.BaseUrl;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Converters that check option values as the command line is parsed, so that a bad value is a usage
 * error (exit 2) naming its option: picocli prints "Invalid value for option '--timeout': ...".
 */
final class OptionValues {

    private OptionValues() {}

    /** {@code --base-url}: the one base-URL parser, {@link BaseUrl}. */
    static final class BaseUrlValue implements ITypeConverter<BaseUrl> {
        @Override
        public BaseUrl convert(String value) {
            StringBuilder why = new StringBuilder();
            return BaseUrl.parse(value, why::append)
                    .orElseThrow(() -> new TypeConversionException(why.toString()));
        }
    }

    /** Counts and times that must be at least 1. */
    static final class AtLeastOne implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n = integer(value);
            if (n < 1) {
                throw new TypeConversionException("'" + value + "' must be at least 1");
            }
            return n;
        }
    }

    /** Times that may be 0 but not negative. */
    static final class NotNegative implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            int n = integer(value);
            if (n < 0) {
                throw new TypeConversionException("'" + value + "' must not be negative");
            }
            return n;
        }
    }

    /** {@code --format} of the external check. */
    static final class ReportFormatValue implements ITypeConverter<ReportFormat> {
        @Override
        public ReportFormat convert(String value) {
            for (ReportFormat f : ReportFormat.values()) {
                if (f.name().equalsIgnoreCase(value)) {
                    return f;
                }
            }
            throw new TypeConversionException(
                    "'" + value + "' is not one of text, json, markdown, github");
        }
    }

    private static int integer(String value) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new TypeConversionException("'" + value + "' is not a whole number");
        }
    }
}

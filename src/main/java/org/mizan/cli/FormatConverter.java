package org.mizan.cli;

import org.mizan.pipeline.OutputFormat;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

final class FormatConverter implements ITypeConverter<OutputFormat> {

    @Override
    public OutputFormat convert(String value) {
        try {
            return OutputFormat.ofCode(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}

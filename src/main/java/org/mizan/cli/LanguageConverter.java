package org.mizan.cli;

import org.mizan.dossier.Language;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

final class LanguageConverter implements ITypeConverter<Language> {

    @Override
    public Language convert(String value) {
        try {
            return Language.ofCode(value.trim());
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}

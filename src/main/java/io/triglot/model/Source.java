package io.triglot.model;

import java.util.Objects;

/**
 * Where a concept or term is attested: a document id (a file name, URL or citation)
 * and optionally a verbatim quote from it.
 */
public record Source(String document, String quote) {
    public Source {
        Objects.requireNonNull(document, "document");
        quote = quote == null || quote.isBlank() ? null : quote;
    }

    public static Source of(String document) {
        return new Source(document, null);
    }
}

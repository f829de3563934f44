package org.recoverykit.json;

import tools.jackson.core.JsonParser;
import tools.jackson.databind.DatabindException;

/** A code that its code list does not have; its message names the list, never the code. */
final class UnknownCodeException extends DatabindException {
    private static final long serialVersionUID = 1L;

    UnknownCodeException(JsonParser parser, Class<?> codeList) {
        super(parser, "unknown code for " + codeList.getSimpleName());
    }
}

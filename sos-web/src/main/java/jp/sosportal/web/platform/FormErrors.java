package jp.sosportal.web.platform;

import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;

/**
 * Puts a service's refusal next to the fields it names. The services name fields as the API does
 * ({@code comment}, {@code items[2].stock}); each page says which of its inputs shows which field, and anything
 * it does not place is shown for the whole form, so no message is ever lost.
 */
@ApplicationScoped
public class FormErrors {

    @Inject
    Messages messages;

    /** {@code clientIdOf} answers the client id of the input that shows a field, or empty for the form. */
    public void show(InvalidInputException refusal, Function<String, Optional<String>> clientIdOf) {
        for (FieldError error : refusal.errors()) {
            String clientId = error.field() == null ? null : clientIdOf.apply(error.field()).orElse(null);
            messages.errorText(clientId, error.message());
        }
    }
}

package jp.sosportal.web.platform;

import java.util.Optional;

/**
 * A page bean whose inputs are not named as the services name fields ({@code items[2].stock},
 * {@code quantities.N95_MASK}) says here which input shows a field. Pages whose input ids are the field names need
 * not: {@link Refusals} finds those in the form that was sent.
 */
public interface FieldPlaces {

    /** The client id of the input that shows {@code field}, or empty to let {@link Refusals} look for it. */
    Optional<String> clientIdOf(String field);
}

package jp.sosportal.web.api;

import java.util.List;

import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.InvalidInputException;
import jp.sosportal.platform.Labels;

/** The body of a review move ({@code POST …/confirm}, {@code …/accept}): the version the reviewer looked at. */
public record VersionBody(Long version) {

    static long required(Long version) {
        if (version == null) {
            throw InvalidInputException.invalid(List.of(new FieldError("version", Labels.text("error.required"))));
        }
        return version;
    }
}

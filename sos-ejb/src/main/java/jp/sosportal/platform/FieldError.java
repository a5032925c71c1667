package jp.sosportal.platform;

import java.io.Serializable;

/** One refused value: the field as the API names it (null for the whole input) and a Japanese sentence. */
public record FieldError(String field, String message) implements Serializable {
}

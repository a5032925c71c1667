package jp.sosportal.institution.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import jp.sosportal.institution.entity.Institution;
import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.Labels;

/**
 * What an institution of the master must hold, the same on the admin's page and in the master import: a 10-digit
 * code, a name, a type and a known prefecture, and a phone and an address within their column lengths. Fields are
 * named as the page's inputs ({@code code}, {@code name}, {@code type}, {@code prefecture}, {@code phone},
 * {@code address}); the import turns them into its column headers.
 */
public final class InstitutionValidation {

    /** The master's codes: 10 digits, as the surveys, the requests and the files have them. */
    private static final Pattern CODE = Pattern.compile("\\d{" + Institution.CODE_LENGTH + "}");
    /** Digits, hyphens, brackets, spaces and a leading plus: what Japanese phone numbers are written with. */
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9()\\- ]+");

    private InstitutionValidation() {
    }

    /** Every reason to refuse the input; {@code prefectures}: the known JIS codes. Give it normalised. */
    public static List<FieldError> check(InstitutionInput input, Set<String> prefectures) {
        List<FieldError> errors = new ArrayList<>();
        if (input.code().isEmpty()) {
            errors.add(new FieldError("code", Labels.text("error.required")));
        } else if (!CODE.matcher(input.code()).matches()) {
            errors.add(new FieldError("code", Labels.text("institution.code.format", Institution.CODE_LENGTH)));
        }
        if (input.name().isEmpty()) {
            errors.add(new FieldError("name", Labels.text("error.required")));
        } else if (input.name().length() > Institution.NAME_LENGTH) {
            errors.add(new FieldError("name", Labels.text("error.tooLong", Institution.NAME_LENGTH)));
        }
        if (input.type() == null) {
            errors.add(new FieldError("type", Labels.text("institution.type.required")));
        }
        if (input.prefectureCode().isEmpty()) {
            errors.add(new FieldError("prefecture", Labels.text("institution.prefecture.required")));
        } else if (!prefectures.contains(input.prefectureCode())) {
            errors.add(new FieldError("prefecture", Labels.text("institution.prefecture.unknown",
                    input.prefectureCode())));
        }
        if (input.phone() != null && input.phone().length() > Institution.PHONE_LENGTH) {
            errors.add(new FieldError("phone", Labels.text("error.tooLong", Institution.PHONE_LENGTH)));
        } else if (input.phone() != null && !PHONE.matcher(input.phone()).matches()) {
            errors.add(new FieldError("phone", Labels.text("institution.phone.format")));
        }
        if (input.address() != null && input.address().length() > Institution.ADDRESS_LENGTH) {
            errors.add(new FieldError("address", Labels.text("error.tooLong", Institution.ADDRESS_LENGTH)));
        }
        return errors;
    }
}

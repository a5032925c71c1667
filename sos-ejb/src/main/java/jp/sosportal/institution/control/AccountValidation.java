package jp.sosportal.institution.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jp.sosportal.institution.entity.Role;
import jp.sosportal.institution.entity.UserAccount;
import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.Labels;

/**
 * What an account must hold whatever the database says (issue 19): a user name of letters, digits and . _ - @
 * (what people type and mail systems keep), 担当者名 and a mail address as the profile rule wants them (a new user
 * is sent a link there), a role, and the role's tie — STAFF an institution, PREFECTURE a prefecture, the others
 * neither (the database's ck_user_account_scope says the same). Whether the code exists or the name is taken is the
 * boundary's to ask.
 */
public final class AccountValidation {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{3," + UserAccount.USERNAME_LENGTH + "}");

    private AccountValidation() {
    }

    /** @param newAccount whether the user name is given (an edit keeps it) */
    public static List<FieldError> check(AccountInput input, boolean newAccount) {
        List<FieldError> errors = new ArrayList<>();
        if (newAccount && !isUsername(input.trimmedUsername())) {
            errors.add(new FieldError("username", Labels.text("account.username.format")));
        }
        errors.addAll(ProfileValidation.check(input.profile()));
        errors.addAll(scope(input));
        return errors;
    }

    public static boolean isUsername(String username) {
        return username != null && USERNAME.matcher(username).matches();
    }

    private static List<FieldError> scope(AccountInput input) {
        Role role = input.role();
        if (role == null) {
            return List.of(new FieldError("role", Labels.text("account.role.required")));
        }
        List<FieldError> errors = new ArrayList<>();
        boolean institution = input.trimmedInstitutionCode() != null;
        boolean prefecture = input.trimmedPrefectureCode() != null;
        if (role == Role.STAFF && !institution) {
            errors.add(new FieldError("institution", Labels.text("account.institution.required")));
        } else if (role != Role.STAFF && institution) {
            errors.add(new FieldError("institution", Labels.text("account.institution.notAllowed")));
        }
        if (role == Role.PREFECTURE && !prefecture) {
            errors.add(new FieldError("prefecture", Labels.text("account.prefecture.required")));
        } else if (role != Role.PREFECTURE && prefecture) {
            errors.add(new FieldError("prefecture", Labels.text("account.prefecture.notAllowed")));
        }
        return errors;
    }
}

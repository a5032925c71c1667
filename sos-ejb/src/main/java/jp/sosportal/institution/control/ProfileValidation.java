package jp.sosportal.institution.control;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import jp.sosportal.institution.entity.UserAccount;
import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.Labels;

/**
 * What a confirmed profile must hold (SPEC.md §6.3): a 担当者名 and a メールアドレス that mail can reach, within the
 * column lengths. The address check is deliberately loose (one @, a dot in the domain, no spaces): the mail
 * server is the real judge, this only catches typing slips.
 */
public final class ProfileValidation {

    private static final Pattern MAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    private ProfileValidation() {
    }

    public static List<FieldError> check(Profile profile) {
        List<FieldError> errors = new ArrayList<>();
        String name = trimmed(profile.contactName());
        String mail = trimmed(profile.mail());
        if (name.isEmpty()) {
            errors.add(new FieldError("contactName", Labels.text("error.required")));
        } else if (name.length() > UserAccount.CONTACT_NAME_LENGTH) {
            errors.add(new FieldError("contactName", Labels.text("error.tooLong", UserAccount.CONTACT_NAME_LENGTH)));
        }
        if (mail.isEmpty()) {
            errors.add(new FieldError("mail", Labels.text("error.required")));
        } else if (mail.length() > UserAccount.MAIL_LENGTH) {
            errors.add(new FieldError("mail", Labels.text("error.tooLong", UserAccount.MAIL_LENGTH)));
        } else if (!MAIL.matcher(mail).matches()) {
            errors.add(new FieldError("mail", Labels.text("error.mailFormat")));
        }
        return errors;
    }

    /** The values to store: without surrounding blanks. */
    public static Profile normalized(Profile profile) {
        return new Profile(trimmed(profile.contactName()), trimmed(profile.mail()));
    }

    private static String trimmed(String value) {
        return value == null ? "" : value.strip();
    }
}

package jp.sosportal.institution.entity;

import java.io.Serializable;
import java.util.List;
import java.util.stream.Stream;

/**
 * Who is calling a service, resolved once from the login: the role and what it reaches. Staff reach their
 * institution, prefecture reviewers their prefecture, national reviewers everything.
 */
public record Caller(String username, Role role, Long institutionId, String institutionCode, String institutionName,
                     InstitutionType institutionType, String prefectureCode, String contactName,
                     boolean profileConfirmed, boolean mustChangePassword) implements Serializable {

    public static Caller of(UserAccount account) {
        Institution institution = account.getInstitution();
        String prefecture = institution != null ? institution.getPrefecture().getCode()
                : account.getPrefecture() != null ? account.getPrefecture().getCode() : null;
        return new Caller(account.getUsername(), account.getRole(),
                institution == null ? null : institution.getId(),
                institution == null ? null : institution.getCode(),
                institution == null ? null : institution.getName(),
                institution == null ? null : institution.getType(),
                prefecture, account.getContactName(), account.isProfileConfirmed(), account.isMustChangePassword());
    }

    /** May this caller see data of the given institution? The one access rule every service applies. */
    public boolean reaches(Institution institution) {
        return switch (role) {
            case STAFF -> institution.getId().equals(institutionId);
            case PREFECTURE -> institution.isIn(prefectureCode);
            case NATIONAL -> true;
            case BATCH_ADMIN, SYSTEM_ADMIN -> false;
        };
    }

    public boolean isStaff() {
        return role == Role.STAFF;
    }

    /** Batch admins, and staff of a とりまとめ団体: other staff have no survey files to upload. */
    public boolean uploadsSurveyFiles() {
        return !isStaff() || institutionType == InstitutionType.AGGREGATOR;
    }

    /** 初回ログイン (SPEC.md §6.3): staff confirm 担当者名 and メールアドレス before anything else. */
    public boolean mustConfirmProfile() {
        return isStaff() && !profileConfirmed;
    }

    /** What a strong password of this caller does not contain: the user name and 担当者名 (issue 13). */
    public List<String> personalWords() {
        return Stream.of(username, contactName).filter(word -> word != null).toList();
    }
}

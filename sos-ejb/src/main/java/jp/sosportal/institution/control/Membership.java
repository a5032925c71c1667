package jp.sosportal.institution.control;

import java.util.Optional;

import jp.sosportal.institution.entity.InstitutionType;
import jp.sosportal.platform.Labels;

/**
 * Who may belong to a とりまとめ団体, the same on the aggregator's page and in the master import: a member is an
 * active institution that is not itself an aggregator, and the aggregator is an active とりまとめ団体 other than
 * the member. So memberships are one level deep: an aggregator is never a member, of itself or of another.
 * Also the type changes that would break this: an aggregator with members stays an aggregator, and a member does
 * not become one.
 */
public final class Membership {

    /** An institution as the rules see it, whether stored or in a file. */
    public record Party(String code, String name, InstitutionType type, boolean active) {

        boolean isAggregator() {
            return type == InstitutionType.AGGREGATOR;
        }
    }

    private Membership() {
    }

    /** Why {@code member} may not belong to {@code aggregator}, in Japanese; empty when it may. */
    public static Optional<String> refusal(Party member, Party aggregator) {
        if (member.code().equals(aggregator.code())) {
            return Optional.of(Labels.text("institution.member.self"));
        }
        if (member.isAggregator()) {
            return Optional.of(Labels.text("institution.member.isAggregator", member.name()));
        }
        if (!aggregator.isAggregator()) {
            return Optional.of(Labels.text("institution.member.notAggregator", aggregator.name()));
        }
        if (!aggregator.active()) {
            return Optional.of(Labels.text("institution.inactive.notChoosable", aggregator.name()));
        }
        if (!member.active()) {
            return Optional.of(Labels.text("institution.inactive.notChoosable", member.name()));
        }
        return Optional.empty();
    }

    /**
     * Why an institution may not take {@code newType}: an aggregator with members must stay one, a member of an
     * aggregator ({@code aggregatorName}, null when none) cannot become one.
     */
    public static Optional<String> typeChangeRefusal(InstitutionType newType, boolean hasMembers,
                                                     String aggregatorName) {
        if (newType != InstitutionType.AGGREGATOR && hasMembers) {
            return Optional.of(Labels.text("institution.type.hasMembers"));
        }
        if (newType == InstitutionType.AGGREGATOR && aggregatorName != null) {
            return Optional.of(Labels.text("institution.type.isMember", aggregatorName));
        }
        return Optional.empty();
    }
}

package jp.sosportal.eligibility.boundary;

import java.util.List;

import jp.sosportal.institution.entity.Institution;

/**
 * What a request claims, as the check reads it: who asks, the two declarations and the item codes asked for. The
 * check's own input, so that eligibility knows nothing of the request component that calls it.
 */
public record Claim(Institution institution, boolean conditionsConfirmed, boolean n95ConditionsConfirmed,
                    List<String> itemCodes) {

    public Claim {
        itemCodes = List.copyOf(itemCodes);
    }
}

package jp.sosportal.batch.control;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jp.sosportal.institution.control.InstitutionValidation;
import jp.sosportal.institution.control.MasterEntry;
import jp.sosportal.institution.control.Membership;
import jp.sosportal.institution.entity.InstitutionType;
import jp.sosportal.platform.FieldError;
import jp.sosportal.platform.Labels;

/**
 * Decides whether a row of a master file may be imported, against the stored master and the whole file (indexed
 * before the first row is checked): the cells could be read, the master's rules accept the institution (the same
 * {@link InstitutionValidation} as the admin's page), its code is not repeated in the file, and the master as the
 * file would leave it keeps {@link Membership}'s rules — the とりまとめ団体 a row names exists (stored or in the file),
 * is one, is not the row itself, and the row is no aggregator; an aggregator that keeps members stays one. A new
 * membership also needs both sides active; one the master already has is kept as it is, so that an exported file
 * imports again unchanged.
 */
public final class MasterRowCheck {

    private final Map<String, MasterEntry> stored;
    private final Map<String, MasterEntry> inFile;
    private final Map<String, Long> firstLines;
    private final Set<String> prefectures;
    /** The codes of the aggregators that have members once the file is applied. */
    private final Set<String> withMembers = new HashSet<>();

    /** {@code prefectures}: the JIS codes of the master. */
    public MasterRowCheck(Map<String, MasterEntry> stored, Index file, Set<String> prefectures) {
        this.stored = stored;
        this.inFile = file.entries;
        this.firstLines = file.firstLines;
        this.prefectures = prefectures;
        Set<String> codes = new HashSet<>(stored.keySet());
        codes.addAll(inFile.keySet());
        for (String code : codes) {
            MasterEntry entry = finalEntry(code);
            if (entry.aggregatorCode() != null && !entry.aggregatorCode().equals(code)) {
                withMembers.add(entry.aggregatorCode());
            }
        }
    }

    /** The first row of each code in a file, read before the rows are checked. */
    public static final class Index {

        private final Map<String, MasterEntry> entries = new HashMap<>();
        private final Map<String, Long> firstLines = new HashMap<>();

        public void add(MasterRow row) {
            String code = row.input().code();
            if (!code.isEmpty() && !firstLines.containsKey(code)) {
                firstLines.put(code, row.line());
                entries.put(code, row.entry());
            }
        }
    }

    /** Every reason to refuse the row; empty when it may be imported. */
    public List<CellError> errors(MasterRow row) {
        List<CellError> errors = new ArrayList<>(row.errors());
        if (row.errors().stream().anyMatch(e -> e.column() == null)) {
            return errors; // the row could not even be split into its columns
        }
        Set<String> refused = errors.stream().map(CellError::column).collect(Collectors.toSet());
        for (FieldError error : InstitutionValidation.check(row.input(), prefectures)) {
            MasterColumn column = MasterColumn.ofField(error.field());
            if (!refused.contains(column.label())) {
                errors.add(new CellError(column.label(), valueOf(row, column), error.message()));
            }
        }
        String code = row.input().code();
        Long first = firstLines.get(code);
        if (first != null && first != row.line()) {
            errors.add(new CellError(MasterColumn.CODE.label(), code,
                    Labels.text("institution.import.repeated", first)));
            return errors; // the first row of the code is the one checked against the rest
        }
        if (row.input().type() != null && !code.isEmpty()) {
            membershipError(row).ifPresent(errors::add);
        }
        return errors;
    }

    private Optional<CellError> membershipError(MasterRow row) {
        MasterEntry entry = row.entry();
        if (entry.type() != InstitutionType.AGGREGATOR && withMembers.contains(entry.code())) {
            return error(MasterColumn.TYPE, entry.type().label(), Labels.text("institution.type.hasMembers"));
        }
        String aggregatorCode = row.aggregatorCode();
        if (aggregatorCode == null) {
            return Optional.empty();
        }
        MasterEntry aggregator = finalEntry(aggregatorCode);
        if (aggregator == null) {
            return error(MasterColumn.AGGREGATOR, aggregatorCode,
                    Labels.text("institution.aggregator.unknown", aggregatorCode));
        }
        MasterEntry before = stored.get(entry.code());
        boolean kept = before != null && Objects.equals(before.aggregatorCode(), aggregatorCode);
        Membership.Party member = kept ? active(entry.party()) : entry.party();
        Membership.Party chosen = kept ? active(aggregator.party()) : aggregator.party();
        return Membership.refusal(member, chosen).flatMap(reason -> error(MasterColumn.AGGREGATOR, aggregatorCode,
                reason));
    }

    /** A membership the master already has is history: whether either side is still active does not matter. */
    private static Membership.Party active(Membership.Party party) {
        return new Membership.Party(party.code(), party.name(), party.type(), true);
    }

    /** The institution as the file would leave it: the file's row, else the stored one; null when neither. */
    private MasterEntry finalEntry(String code) {
        MasterEntry entry = inFile.get(code);
        return entry != null ? entry : stored.get(code);
    }

    private static Optional<CellError> error(MasterColumn column, String value, String reason) {
        return Optional.of(new CellError(column.label(), value, reason));
    }

    private static String valueOf(MasterRow row, MasterColumn column) {
        return switch (column) {
            case CODE -> row.input().code();
            case NAME -> row.input().name();
            case TYPE -> row.input().type() == null ? "" : row.input().type().label();
            case PREFECTURE -> row.input().prefectureCode();
            case PHONE -> row.input().phone();
            case ADDRESS -> row.input().address();
            case AGGREGATOR -> row.aggregatorCode();
            case ACTIVE -> String.valueOf(row.active());
        };
    }
}

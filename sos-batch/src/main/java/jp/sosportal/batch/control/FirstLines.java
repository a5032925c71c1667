package jp.sosportal.batch.control;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The line where each institution + date (+ item) of a file first occurred, for the repeated-row check, in memory
 * that a file of a million rows does not strain: a key made of a 10-digit code, a date and an item packs into one
 * {@code long} and goes into an open-addressing table of two {@code long} arrays (about 32 bytes a row instead of
 * the ~120 of a map of strings). Keys that do not pack (other codes, far dates, unusual items) use a map of
 * strings; any such row is refused later anyway, as the master has 10-digit codes only.
 */
final class FirstLines {

    private static final int CODE_DIGITS = 10;
    private static final long DATE_OFFSET = 1L << 22;
    private static final int MAX_ITEMS = 63;

    private long[] keys = new long[1 << 12]; // 0: empty; a stored key has its top bit set
    private long[] lines = new long[keys.length];
    private int size;
    private final Map<String, Integer> itemNumbers = new HashMap<>();
    private final Map<String, Long> others = new HashMap<>();

    /** Remembers {@code line} for a key not seen before and returns null; else returns the line of the first. */
    Long putIfAbsent(String code, LocalDate date, String item, long line) {
        long packed = pack(code, date, item);
        if (packed < 0) {
            return others.putIfAbsent(code + "|" + date + "|" + item, line);
        }
        int slot = slotOf(packed | Long.MIN_VALUE);
        if (keys[slot] != 0) {
            return lines[slot];
        }
        keys[slot] = packed | Long.MIN_VALUE;
        lines[slot] = line;
        if (++size > keys.length / 2) {
            grow();
        }
        return null;
    }

    /** 34 bits of code, 23 of date, 6 of item (0: a daily row); -1 when the key does not fit. */
    private long pack(String code, LocalDate date, String item) {
        if (code.length() != CODE_DIGITS || !code.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return -1;
        }
        long day = date.toEpochDay() + DATE_OFFSET;
        if (day < 0 || day >= 2 * DATE_OFFSET) {
            return -1;
        }
        int itemNumber = 0;
        if (item != null) {
            itemNumber = itemNumbers.computeIfAbsent(item, i -> itemNumbers.size() < MAX_ITEMS
                    ? itemNumbers.size() + 1 : 0);
            if (itemNumber == 0) {
                itemNumbers.remove(item);
                return -1;
            }
        }
        return (Long.parseLong(code) << 29) | (day << 6) | itemNumber;
    }

    private int slotOf(long stored) {
        int mask = keys.length - 1;
        int slot = (int) ((stored * 0x9E3779B97F4A7C15L) >>> 32) & mask;
        while (keys[slot] != 0 && keys[slot] != stored) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldKeys = keys;
        long[] oldLines = lines;
        keys = new long[oldKeys.length * 2];
        lines = new long[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != 0) {
                int slot = slotOf(oldKeys[i]);
                keys[slot] = oldKeys[i];
                lines[slot] = oldLines[i];
            }
        }
    }

    /** Keys remembered so far. */
    int size() {
        return size + others.size();
    }
}

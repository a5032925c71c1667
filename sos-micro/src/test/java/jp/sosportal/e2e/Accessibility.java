package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

/** axe-core on the page as the browser shows it: no serious or critical violation (issue 6 §9). */
public final class Accessibility {

    private static final Set<String> BLOCKING = Set.of("serious", "critical");
    /** The rules of WCAG 2.0 and 2.1, levels A and AA (axe-core's tags), that issue 22 holds every page to. */
    public static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private Accessibility() {
    }

    public static void assertNoSeriousViolations(Browser browser, String page) {
        Results results = new AxeBuilder().analyze(browser.driver());
        List<Rule> blocking = results.getViolations().stream().filter(r -> BLOCKING.contains(r.getImpact())).toList();
        assertThat(blocking).as("axe-core on %s:%n%s", page, describe(blocking)).isEmpty();
    }

    /** The same, for the parts of the page that {@code selector} matches only. */
    public static void assertNoSeriousViolationsIn(Browser browser, String part, String selector) {
        Results results = new AxeBuilder().include(selector).analyze(browser.driver());
        List<Rule> blocking = results.getViolations().stream().filter(r -> BLOCKING.contains(r.getImpact())).toList();
        assertThat(blocking).as("axe-core on %s:%n%s", part, describe(blocking)).isEmpty();
    }

    /** The serious and critical WCAG 2.1 A/AA violations on the page as shown, one line each (none: empty). */
    public static List<String> wcagViolations(Browser browser) {
        Results results = new AxeBuilder().withTags(WCAG_21_AA).analyze(browser.driver());
        return results.getViolations().stream().filter(r -> BLOCKING.contains(r.getImpact()))
                .map(rule -> describe(List.of(rule))).toList();
    }

    private static String describe(List<Rule> rules) {
        return rules.stream().map(rule -> rule.getImpact() + " " + rule.getId() + ": " + rule.getHelp() + " at "
                        + rule.getNodes().stream().map(node -> String.valueOf(node.getTarget()))
                        .collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}

package jp.sosportal.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;

/**
 * A user without a mouse (issue 22): keys go to whatever has the focus (Selenium's Actions without a target
 * element), and the only way to an element is Tab and Shift+Tab. No click, no focus() from a script.
 */
public final class Keyboard {

    /** More Tab presses than any page here needs to reach a control (the reviewer table has ~50 stops). */
    private static final int MAX_PRESSES = 120;
    /**
     * What shows the focus: the focused element's own outline or box-shadow when it matches :focus-visible, or for
     * a PrimeFaces widget whose focused element is visually hidden (checkbox, radio, menu) the box that stands for
     * it, or for a selectable table's body the row it stands on; null when nothing visible shows it.
     */
    private static final String FOCUS_INDICATOR = """
            const focused = document.activeElement;
            if (!focused || focused === document.body || !focused.matches(':focus-visible')) return null;
            const hidden = focused.closest('.ui-helper-hidden-accessible');
            const widget = focused.closest('.ui-chkbox, .ui-radiobutton, .ui-selectonemenu, .ui-selectcheckboxmenu');
            const candidates = [hidden ? null : focused, focused.closest('.ui-state-focus'),
                widget && widget.querySelector('.ui-state-focus'),
                focused.tagName === 'TBODY' ? focused.querySelector(':scope > tr.ui-state-hover') : null];
            for (const element of candidates) {
                if (!element) continue;
                const box = element.getBoundingClientRect();
                const style = getComputedStyle(element);
                const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
                const shadow = style.boxShadow && style.boxShadow !== 'none';
                if (box.width > 4 && box.height > 4 && (outline || shadow)) {
                    return element.tagName + ' ' + (outline ? 'outline ' + style.outlineWidth + ' ' + style.outlineStyle
                            + ' ' + style.outlineColor : 'box-shadow ' + style.boxShadow);
                }
            }
            return null;""";

    private final Browser browser;

    public Keyboard(Browser browser) {
        this.browser = browser;
    }

    public Keyboard press(CharSequence... keys) {
        new Actions(browser.driver()).sendKeys(keys).perform();
        return this;
    }

    /** Types into the focused field. */
    public Keyboard type(String text) {
        return press(text);
    }

    /** Tab until the focus is on (or in) the element the selector names, and check that the focus shows. */
    public Keyboard tabTo(String selector) {
        return move(selector, Keys.TAB);
    }

    /** The same backwards, with Shift+Tab. */
    public Keyboard backTo(String selector) {
        return move(selector, Keys.chord(Keys.SHIFT, Keys.TAB));
    }

    /** True when the focus is on or in the element the selector names. */
    public boolean focusIn(String selector) {
        return Boolean.TRUE.equals(script("const f = document.activeElement; return !!f && !!f.closest(arguments[0]);",
                selector));
    }

    /** Fails unless the focused element shows its focus (see {@link #FOCUS_INDICATOR}). */
    public Keyboard assertFocusVisible() {
        Object indicator = script(FOCUS_INDICATOR);
        assertThat(indicator).as("a visible focus indicator on %s", describeFocus()).isNotNull();
        return this;
    }

    /** Logs in on the login page by Tab, typing and Enter. */
    public Keyboard logIn(String username, String password) {
        browser.go("/login.xhtml");
        tabTo("#loginForm\\:username").type(username);
        tabTo("#loginForm\\:password").type(password);
        tabTo("#loginForm\\:login").press(Keys.ENTER);
        browser.waitForUrl("/index.xhtml");
        return this;
    }

    public String describeFocus() {
        return String.valueOf(script("const f = document.activeElement; return f ? f.tagName + (f.id ? '#' + f.id : '')"
                + " + ' ' + (f.getAttribute('aria-label') || f.textContent.trim().substring(0, 30)) : 'nothing';"));
    }

    private Keyboard move(String selector, CharSequence key) {
        for (int presses = 0; presses < MAX_PRESSES; presses++) {
            press(key);
            if (focusIn(selector)) {
                return assertFocusVisible();
            }
        }
        throw new AssertionError("the keyboard did not reach " + selector + " in " + MAX_PRESSES
                + " presses; the focus is on " + describeFocus());
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser.driver()).executeScript(script, arguments);
    }
}

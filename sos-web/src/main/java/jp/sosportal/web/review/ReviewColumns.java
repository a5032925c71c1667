package jp.sosportal.web.review;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.component.UIComponent;
import jakarta.inject.Named;

import org.primefaces.event.ColumnToggleEvent;
import org.primefaces.model.Visibility;

/** The columns a reviewer hid with the column chooser, kept for the session like the filters. */
@Named
@SessionScoped
public class ReviewColumns implements Serializable {

    private static final long serialVersionUID = 1L;

    private final Set<String> hidden = new HashSet<>();

    /** p:columnToggler's toggle event; columns are known by their id. */
    public void toggle(ColumnToggleEvent event) {
        String column = ((UIComponent) event.getColumn()).getId();
        if (event.getVisibility() == Visibility.HIDDEN) {
            hidden.add(column);
        } else {
            hidden.remove(column);
        }
    }

    public boolean visible(String column) {
        return !hidden.contains(column);
    }
}

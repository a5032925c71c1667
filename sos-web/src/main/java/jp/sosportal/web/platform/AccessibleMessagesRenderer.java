package jp.sosportal.web.platform;

import java.io.IOException;
import java.util.Objects;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ResponseWriter;

import org.primefaces.component.messages.Messages;
import org.primefaces.component.messages.MessagesRenderer;

/**
 * p:messages with each message announced as before, but as a list item that stays one: PrimeFaces puts
 * {@code role="alert"} on the {@code <li>} itself, which takes it out of its {@code <ul>} for assistive technology
 * (axe-core's serious "list" violation, issue 22). Here the role sits on a span inside the item; the summary and
 * detail are written as PrimeFaces writes them, so its styles and our tests' selectors still apply.
 */
public class AccessibleMessagesRenderer extends MessagesRenderer {

    @Override
    protected void encodeMessage(ResponseWriter writer, Messages messages, FacesMessage message, String styleClass,
            boolean escape) throws IOException {
        String summary = Objects.requireNonNullElse(message.getSummary(), "");
        String detail = Objects.requireNonNullElse(message.getDetail(), summary);
        if (messages.isSkipDetailIfEqualsSummary() && summary.equals(detail)) {
            detail = "";
        }
        writer.startElement("li", null);
        writer.startElement("span", null);
        writer.writeAttribute("role", "alert", null);
        writer.writeAttribute("aria-atomic", "true", null);
        if (messages.isShowSummary()) {
            text(writer, styleClass + "-summary", summary, escape);
        }
        if (messages.isShowDetail()) {
            text(writer, styleClass + "-detail", detail, escape);
        }
        writer.endElement("span");
        writer.endElement("li");
    }

    private static void text(ResponseWriter writer, String styleClass, String text, boolean escape) throws IOException {
        writer.startElement("span", null);
        writer.writeAttribute("class", styleClass, null);
        if (escape) {
            writer.writeText(text, null);
        } else {
            writer.write(text);
        }
        writer.endElement("span");
    }
}

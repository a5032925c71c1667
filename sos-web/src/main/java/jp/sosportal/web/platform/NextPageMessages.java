package jp.sosportal.web.platform;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;

/**
 * Messages for the page a save redirects to (「保存しました。」 after 「保存」). Not the Faces flash: the flash goes to
 * whichever request comes next with its cookie, and a late ajax request of the page left behind (the password
 * strength hint fires 300 ms after the last key) took it before the redirected page was drawn — the message was
 * lost now and then. These wait in the session until a full page is rendered.
 */
public class NextPageMessages implements PhaseListener {

    private static final long serialVersionUID = 1L;

    private static final String KEY = NextPageMessages.class.getName();

    static void add(FacesContext context, FacesMessage message) {
        Map<String, Object> session = context.getExternalContext().getSessionMap();
        @SuppressWarnings("unchecked")
        List<FacesMessage> waiting = (List<FacesMessage>) session.get(KEY);
        List<FacesMessage> messages = waiting == null ? new ArrayList<>() : new ArrayList<>(waiting);
        messages.add(message);
        session.put(KEY, messages); // put again, so that a clustered session carries the change to the other nodes
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext context = event.getFacesContext();
        if (context.getPartialViewContext().isAjaxRequest() || context.getExternalContext().getSession(false) == null) {
            return;
        }
        @SuppressWarnings("unchecked")
        List<FacesMessage> messages = (List<FacesMessage>) context.getExternalContext().getSessionMap().remove(KEY);
        if (messages != null) {
            messages.forEach(message -> context.addMessage(null, message));
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing after rendering
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }
}

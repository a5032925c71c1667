package jp.sosportal.web.platform;

import java.io.IOException;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;

import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

/**
 * p:fileUpload in simple mode without its skin is the browser's own file input, shown, focusable and labelled by
 * p:outputLabel; PrimeFaces still marks it {@code aria-hidden="true"}, which hides the field from screen readers
 * while the keyboard reaches it (axe-core's serious "aria-hidden-focus", issue 22). This drops that one attribute.
 * The skinned and advanced modes are left as they are: there the input does sit behind a button of its own.
 */
public class AccessibleFileUploadRenderer extends FileUploadRenderer {

    @Override
    protected void encodeSimpleInputField(FacesContext context, FileUpload fileUpload, String clientId, String style,
            String styleClass) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        context.setResponseWriter(new ResponseWriterWrapper(writer) {
            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (!"aria-hidden".equals(name)) {
                    super.writeAttribute(name, value, property);
                }
            }
        });
        try {
            super.encodeSimpleInputField(context, fileUpload, clientId, style, styleClass);
        } finally {
            context.setResponseWriter(writer);
        }
    }
}

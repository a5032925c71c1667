package jp.sosportal.web.api;

import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Removes what Payara adds to the document that OpenAPI does not know: a top-level {@code endpoints} map (its
 * model's own field, unreachable through the MicroProfile interfaces, hence reflection). Payara writes empty
 * maps as nothing, and expects a map when it merges documents, so it gets an empty one rather than null.
 */
public class OpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        try {
            openAPI.getClass().getMethod("setEndpoints", Map.class).invoke(openAPI, new HashMap<String, Object>());
        } catch (NoSuchMethodException e) {
            // a runtime without the extra: nothing to remove
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot remove Payara's endpoints from the OpenAPI document", e);
        }
    }
}

package se.samverka.api;

import java.util.HashMap;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Keeps {@code /openapi} a valid OpenAPI 3 document, so that client generators and gateways accept it.
 * Operation ids are made unique (see {@link #uniqueOperationIds}). And Payara 6 adds a top-level {@code endpoints} field
 * ({@code OpenAPIImpl.getEndpoints()}, set before filters run) that the specification does not allow, so
 * client generators and gateways reject the document. The filter empties it (an empty map is left out;
 * setting null would break Payara's copy of the document). Payara 7 renames it {@code x-endpoints}, which is
 * allowed; there this filter finds nothing to do. Registered as {@code mp.openapi.filter}.
 */
public class OpenApiFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        removeEndpoints(openAPI);
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            uniqueOperationIds(openAPI.getPaths().getPathItems());
        }
    }

    /**
     * Payara names operations after their Java methods ({@code list}, {@code get}, {@code create}), which
     * repeat across resources; OpenAPI requires each operationId once. A repeated one gets the resource's path
     * in it: {@code list} on {@code /api/events/{eventId}/registrations} becomes {@code listEventsRegistrations}.
     */
    static void uniqueOperationIds(Map<String, PathItem> paths) {
        Map<String, Integer> uses = new HashMap<>();
        paths.values().forEach(item -> item.getOperations().values().forEach(operation -> {
            if (operation.getOperationId() != null) {
                uses.merge(operation.getOperationId(), 1, Integer::sum);
            }
        }));
        paths.forEach((path, item) -> item.getOperations().values().forEach(operation -> {
            String id = operation.getOperationId();
            if (id != null && uses.get(id) > 1) {
                operation.setOperationId(id + resourceName(path));
            }
        }));
    }

    /** {@code /api/events/{eventId}/registrations} gives {@code EventsRegistrations}; a parameter at the end {@code ById}. */
    static String resourceName(String path) {
        StringBuilder name = new StringBuilder();
        String[] segments = path.split("/");
        for (String segment : segments) {
            if (segment.isEmpty() || segment.equals("api") || segment.startsWith("{")) {
                continue;
            }
            for (String word : segment.split("[^A-Za-z0-9]+")) {
                if (!word.isEmpty()) {
                    name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
                }
            }
        }
        if (segments.length > 0 && segments[segments.length - 1].startsWith("{")) {
            name.append("ById");
        }
        return name.toString();
    }

    private static void removeEndpoints(OpenAPI openAPI) {
        try {
            Object endpoints = openAPI.getClass().getMethod("getEndpoints").invoke(openAPI);
            if (endpoints instanceof Map<?, ?> map) {
                map.clear();
            }
        } catch (ReflectiveOperationException | RuntimeException notPayara6) {
            // another runtime, or a Payara without the field: nothing to remove
        }
    }
}

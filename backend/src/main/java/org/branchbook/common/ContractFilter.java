package org.branchbook.common;

import java.util.ArrayList;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;

/**
 * Adds what every operation shares to the generated contract, so no resource can forget it:
 * 401 on everything but sign-in (which needs no credentials), 403 on every write, and 413 on
 * every operation with a body (and 411 on those taking JSON, which must declare their length).
 */
public class ContractFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            for (Map.Entry<PathItem.HttpMethod, Operation> e : item.getOperations().entrySet()) {
                Operation op = e.getValue();
                if ("signIn".equals(op.getOperationId())) {
                    op.setSecurity(new ArrayList<>(java.util.List.of(OASFactory.createSecurityRequirement())));
                    continue;
                }
                add(op, "401", "Unauthenticated");
                if (e.getKey() != PathItem.HttpMethod.GET) {
                    add(op, "403", "Forbidden");
                }
                if (op.getRequestBody() != null) {
                    add(op, "413", "TooLarge");
                    boolean json = op.getRequestBody().getContent() != null && op.getRequestBody().getContent()
                            .getMediaTypes().containsKey("application/json");
                    if (json) {
                        add(op, "411", "LengthRequired");
                    }
                }
            }
        }
    }

    private static void add(Operation op, String code, String ref) {
        if (op.getResponses().getAPIResponse(code) == null) {
            op.getResponses().addAPIResponse(code, OASFactory.createAPIResponse().ref(ref));
        }
    }
}

package org.branchbook.organization;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.branchbook.ApiTest;

/** Test data through the API: each call makes new organizations with unique codes. */
final class Orgs {

    private Orgs() {}

    static String code(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** A new street (only the system can make one) whose admin token the following requests use. */
    static String street() {
        org.branchbook.access.AccessFixtures.Street street = org.branchbook.access.AccessFixtures.get().street("测试街道党工委");
        ApiTest.actAs(street.adminToken());
        return street.id().toString();
    }

    static String create(String type, String parentId) {
        return create(type, parentId, Map.of());
    }

    static String create(String type, String parentId, Map<String, Object> extra) {
        Map<String, Object> body = new HashMap<>();
        body.put("code", code(type.substring(0, 2)));
        body.put("name", "测试" + type);
        body.put("type", type);
        body.put("establishedOn", "2020-01-01");
        if (parentId != null) {
            body.put("parentId", parentId);
        }
        body.putAll(extra);
        return ApiTest.api().body(body)
                .post("/api/v1/organizations")
                .then().statusCode(201).extract().path("id");
    }

    static String etag(String id) {
        return ApiTest.api().get("/api/v1/organizations/" + id).then().statusCode(200)
                .extract().header("ETag");
    }
}

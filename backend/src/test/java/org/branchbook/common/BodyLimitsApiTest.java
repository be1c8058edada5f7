package org.branchbook.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.branchbook.ApiTest;
import org.branchbook.access.AccessFixtures;
import org.junit.jupiter.api.Test;

/** Body limits as a client meets them: problem+json for too large and for unsized JSON, chunked uploads allowed. */
@QuarkusTest
class BodyLimitsApiTest extends ApiTest {

    @TestHTTPResource("/api/v1")
    URI base;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private HttpResponse<String> send(String path, String type, HttpRequest.BodyPublisher body, String token)
            throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", "Bearer " + token)
                .header("Content-Type", type).POST(body).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void oversizeAndUnsizedBodiesAreProblemsAndChangeNothing() throws Exception {
        AccessFixtures.Street street = AccessFixtures.get().street("限额街道");
        Map<String, String> before = fingerprint();
        byte[] big = ("{\"name\":\"" + "x".repeat(11 * 1024 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> tooLarge = send("/organizations", "application/json",
                HttpRequest.BodyPublishers.ofByteArray(big), street.adminToken());
        assertEquals(413, tooLarge.statusCode());
        assertTrue(tooLarge.body().contains("urn:branchbook:problem:too-large"), tooLarge.body());
        // an unknown length (chunked) is refused for JSON: it could only be measured by buffering it
        HttpResponse<String> chunked = send("/organizations", "application/json",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream("{}".getBytes())),
                street.adminToken());
        assertEquals(411, chunked.statusCode());
        assertTrue(chunked.body().contains("urn:branchbook:problem:length-required"), chunked.body());
        assertEquals(before, fingerprint());
        // a file import may stream without a declared length
        HttpResponse<String> upload = send("/members/import?dryRun=true", "text/csv",
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(
                        "姓名,身份证号,入党日期,党员状态,所在党支部编码\n".getBytes(StandardCharsets.UTF_8))),
                street.adminToken());
        assertEquals(200, upload.statusCode(), upload.body());
        assertTrue(upload.body().contains("\"outcome\":\"VALID\""), upload.body());
    }
}

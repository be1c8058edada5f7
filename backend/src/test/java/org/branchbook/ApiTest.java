package org.branchbook;

import static io.restassured.RestAssured.given;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.QuarkusTestResource;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.branchbook.common.EmbeddedPostgresResource;

/**
 * Base of the HTTP tests: a real PostgreSQL, every request and response checked against the
 * contract ({@code ../openapi.yaml}), and a fingerprint of the tables to prove that a rejected
 * request changed nothing.
 */
@QuarkusTestResource(value = EmbeddedPostgresResource.class, restrictToAnnotatedClass = false)
public abstract class ApiTest {

    public static final Path CONTRACT = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();
    private static final OpenApiValidationFilter CONTRACT_FILTER = new OpenApiValidationFilter(CONTRACT.toString());
    /** What a rejected request must not change (token and session bookkeeping is not data). */
    private static final List<String> TABLES = List.of("organization", "organization_event", "leadership_term",
            "leadership_seat", "idempotency_record", "account", "audit_event", "member", "membership", "member_event",
            "dues_standard", "dues_payment", "dues_payment_month",
            "transfer", "transfer_letter", "transfer_step");

    /** The bearer token api() and raw() send; set by fixtures such as Orgs.street(). */
    private static volatile String token;

    public static void actAs(String bearerToken) {
        token = bearerToken;
    }

    @Inject
    protected AgroalDataSource dataSource;

    /** A request checked against the contract. */
    public static RequestSpecification api() {
        return authorized(given().filter(CONTRACT_FILTER).contentType(ContentType.JSON).accept(ContentType.JSON));
    }

    /** The filter that checks a request and its response against openapi.yaml. */
    protected static OpenApiValidationFilter contractFilter() {
        return CONTRACT_FILTER;
    }

    /** A contract-checked request without credentials. */
    protected static RequestSpecification anonymous() {
        return given().filter(CONTRACT_FILTER).contentType(ContentType.JSON).accept(ContentType.JSON);
    }

    private static RequestSpecification authorized(RequestSpecification spec) {
        String t = token;
        return t == null ? spec : spec.header("Authorization", "Bearer " + t);
    }

    /** A request that is deliberately outside the contract (malformed bodies, wrong types). */
    protected static RequestSpecification raw() {
        return authorized(given().contentType(ContentType.JSON));
    }

    protected static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** Row count and checksum of every table: equal fingerprints mean nothing changed. */
    protected Map<String, String> fingerprint() {
        Map<String, String> out = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("select count(*) || ':' || coalesce(md5(string_agg(t::text, '|' order by t::text)), '') from "
                        + table + " t")) {
                    rs.next();
                    out.put(table, rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }

    static {
        RestAssured.enableLoggingOfRequestAndResponseIfValidationFails();
    }
}

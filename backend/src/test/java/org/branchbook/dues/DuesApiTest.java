package org.branchbook.dues;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.branchbook.ApiTest;
import org.branchbook.access.AccessFixtures;
import org.branchbook.member.Members;
import org.junit.jupiter.api.Test;

/** 党费 over HTTP: standards from bases, adjustments, the ledger with reversals, arrears, the register, scope. */
@QuarkusTest
class DuesApiTest extends ApiTest {

    private static final String D = "/api/v1/dues";
    private static final YearMonth NOW = YearMonth.from(Members.today());

    private String street;
    private String branch;

    private void setUp() {
        AccessFixtures.Street s = AccessFixtures.get().street("党费街道");
        actAs(s.adminToken());
        token = s.adminToken();
        street = s.id().toString();
        String community = org("PARTY_COMMITTEE", street);
        branch = org("BRANCH", community);
    }

    private static String org(String type, String parent) {
        return api().body(Map.of("code", unique("DF"), "name", "党费" + type, "type", type, "parentId", parent,
                "establishedOn", "2000-01-01")).post("/api/v1/organizations").then().statusCode(201).extract().path("id");
    }

    private static String token;

    private static String token() {
        return token;
    }

    private String member() {
        return Members.create(Members.fullMember(branch));
    }

    private static Map<String, Object> base(String member, YearMonth from, String category, Long baseFen) {
        Map<String, Object> body = new HashMap<>(Map.of("memberId", member, "fromMonth", from.toString(), "category", category));
        if (baseFen != null) {
            body.put("baseFen", baseFen);
        }
        return body;
    }

    private static Map<String, Object> payment(String member, YearMonth from, YearMonth to, long amountFen) {
        return new HashMap<>(Map.of("memberId", member, "fromMonth", from.toString(), "toMonth", to.toString(),
                "amountFen", amountFen, "paidOn", Members.today().toString(), "method", "WECHAT",
                "collectedBy", "组织委员"));
    }

    @Test
    void aBaseGivesTheTablesAmountAndAdjustmentsNeedReasonsAndApproval() {
        setUp();
        String m = member();
        YearMonth jan = YearMonth.of(NOW.getYear(), 1);
        String id = api().body(base(m, jan, "IN_WORK", 650_000L)).post(D + "/bases").then().statusCode(200)
                .body("computedFen", equalTo(9750)) // 6500.00 × 1.5%
                .body("monthlyFen", equalTo(9750))
                .body("basisPoints", equalTo(150))
                .body("adjustment", equalTo("NONE"))
                .body("fromMonth", equalTo(jan.toString()))
                .extract().path("id");
        // the bracket edges the table names
        api().body(base(m, jan, "IN_WORK", 300_000L)).post(D + "/bases").then().body("monthlyFen", equalTo(1500))
                .body("id", equalTo(id)); // the same month again replaces the base
        api().body(base(m, jan, "IN_WORK", 300_001L)).post(D + "/bases").then().body("monthlyFen", equalTo(3000));
        api().body(base(member(), jan, "RETIRED", 500_001L)).post(D + "/bases").then().body("monthlyFen", equalTo(5000));
        api().body(base(member(), jan, "STUDENT", null)).post(D + "/bases").then().body("monthlyFen", equalTo(20))
                .body("baseFen", nullValue());
        api().body(base(member(), jan, "FARMER", 150L)).post(D + "/bases").then().statusCode(422)
                .body("errors[0].field", equalTo("baseFen"));
        api().body(base(member(), jan, "IN_WORK", null)).post(D + "/bases").then().statusCode(422);

        Map<String, String> before = fingerprint();
        api().body(Map.of("adjustment", "REDUCED", "monthlyFen", 1000, "reason", "收入锐减")).post(D + "/standards/" + id + "/adjust")
                .then().statusCode(422).body("errors[0].field", equalTo("approvalReference"));
        api().body(Map.of("adjustment", "REDUCED", "monthlyFen", 5000, "reason", "x", "approvalReference", "文号"))
                .post(D + "/standards/" + id + "/adjust").then().statusCode(422).body("errors[0].field", equalTo("monthlyFen"));
        api().body(Map.of("adjustment", "OVERRIDE", "monthlyFen", 100)).post(D + "/standards/" + id + "/adjust")
                .then().statusCode(422).body("errors[0].field", equalTo("reason"));
        assertEquals(before, fingerprint());
        api().body(Map.of("adjustment", "EXEMPT", "reason", "长期卧床无收入", "approvalReference", "街党工〔2026〕8号"))
                .post(D + "/standards/" + id + "/adjust").then().statusCode(200)
                .body("monthlyFen", equalTo(0)).body("computedFen", equalTo(3000)).body("adjustment", equalTo("EXEMPT"));
        // a new base keeps the amount set by hand
        api().body(base(m, jan, "IN_WORK", 800_000L)).post(D + "/bases").then().body("computedFen", equalTo(12000))
                .body("monthlyFen", equalTo(0));
        api().body(Map.of("adjustment", "NONE")).post(D + "/standards/" + id + "/adjust").then().statusCode(200)
                .body("monthlyFen", equalTo(12000)).body("reason", nullValue());
        api().queryParam("objectId", id).get("/api/v1/audit-events").then()
                .body("items.action", hasItem("dues.adjust")).body("items.action", hasItem("dues.base"));
    }

    @Test
    void theYearsReviewListsEveryMemberAndComputeFillsTheFixedCategories() {
        setUp();
        String withBase = member();
        Map<String, Object> laidOff = Members.fullMember(branch);
        laidOff.put("categories", List.of("UNEMPLOYED"));
        String unemployed = Members.create(laidOff);
        String without = member();
        int year = NOW.getYear() + 1;
        api().body(base(withBase, YearMonth.of(year, 1), "IN_WORK", 400_000L)).post(D + "/bases").then().statusCode(200);
        api().body(Map.of("organizationId", street, "year", year)).post(D + "/standards/compute").then().statusCode(200)
                .body("members", equalTo(3)).body("created", equalTo(1)).body("missing", equalTo(1));
        api().queryParam("organizationId", street).queryParam("year", year).get(D + "/standards").then().statusCode(200)
                .body("items.find { it.member.id == '" + withBase + "' }.standards[0].monthlyFen", equalTo(4000))
                .body("items.find { it.member.id == '" + unemployed + "' }.standards[0].monthlyFen", equalTo(20))
                .body("items.find { it.member.id == '" + unemployed + "' }.standards[0].category", equalTo("UNEMPLOYED"))
                .body("items.find { it.member.id == '" + without + "' }.missing", equalTo(true));
    }

    @Test
    void paymentsCoverMonthsOnceAndAMistakeIsReversedNotEdited() throws SQLException {
        setUp();
        String m = member();
        YearMonth start = NOW.minusMonths(8);
        api().body(base(m, start, "IN_WORK", 400_000L)).post(D + "/bases").then().statusCode(200); // 40.00 a month
        // a quarter: this month and the next two
        String quarter = api().body(payment(m, NOW, NOW.plusMonths(2), 12_000)).post(D + "/payments").then().statusCode(201)
                .body("months", equalTo(3)).body("amountFen", equalTo(12_000)).body("kind", equalTo("REGULAR"))
                .extract().path("id");
        Map<String, String> before = fingerprint();
        api().body(payment(m, NOW.plusMonths(2), NOW.plusMonths(3), 8_000)).post(D + "/payments").then().statusCode(422)
                .body("errors[0].field", equalTo("fromMonth")); // beyond a quarter ahead
        api().body(payment(m, NOW.minusMonths(7), NOW.minusMonths(7), 4_000)).post(D + "/payments").then().statusCode(422)
                .body("detail", containsString("6")); // 补交 at most 6 months back
        api().body(payment(m, NOW.plusMonths(1), NOW.plusMonths(1), 4_000)).post(D + "/payments").then().statusCode(409)
                .body("type", equalTo("urn:branchbook:problem:already-paid"));
        api().body(payment(m, NOW.minusMonths(1), NOW.minusMonths(1), 3_000)).post(D + "/payments").then().statusCode(422)
                .body("type", equalTo("urn:branchbook:problem:amount-mismatch")).body("detail", containsString("40.00"));
        Map<String, Object> future = payment(m, NOW.minusMonths(1), NOW.minusMonths(1), 4_000);
        future.put("paidOn", Members.today().plusDays(1).toString());
        api().body(future).post(D + "/payments").then().statusCode(422).body("errors[0].field", equalTo("paidOn"));
        assertEquals(before, fingerprint());
        // 补交 six months back, paid by someone else, with a different amount and its reason
        Map<String, Object> back = payment(m, NOW.minusMonths(6), NOW.minusMonths(1), 20_000);
        back.put("paidBy", "配偶代缴");
        back.put("reason", "部分月份按旧标准");
        api().body(back).post(D + "/payments").then().statusCode(201).body("paidBy", equalTo("配偶代缴"));
        // the ledger cannot be changed in place
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            assertThrows(SQLException.class, () -> s.executeUpdate("update dues_payment set amount_fen = 1 where id = '" + quarter + "'"));
            assertThrows(SQLException.class, () -> s.executeUpdate("delete from dues_payment_month where payment_id = '" + quarter + "'"));
        }
        // reverse the quarter: it stays, a negative entry cancels it, and the months are open again
        String reversal = api().body(Map.of("reason", "金额录入错误")).post(D + "/payments/" + quarter + "/reverse")
                .then().statusCode(200).body("kind", equalTo("REVERSAL")).body("amountFen", equalTo(-12_000))
                .body("reversesId", equalTo(quarter)).extract().path("id");
        api().body(Map.of("reason", "again")).post(D + "/payments/" + quarter + "/reverse").then().statusCode(409);
        api().body(Map.of("reason", "again")).post(D + "/payments/" + reversal + "/reverse").then().statusCode(409);
        api().queryParam("memberId", m).get(D + "/payments").then().statusCode(200)
                .body("items.id", hasItem(quarter))
                .body("items.find { it.id == '" + quarter + "' }.reversedBy", equalTo(reversal));
        api().body(payment(m, NOW, NOW, 4_000)).post(D + "/payments").then().statusCode(201);
        // voluntary payments of 1000 元 or more go on to the centre
        api().body(Map.of("memberId", m, "kind", "VOLUNTARY", "amountFen", 100_000, "paidOn", Members.today().toString()))
                .post(D + "/payments").then().statusCode(201).body("forwardToCentre", equalTo(true)).body("months", equalTo(0));
    }

    @Test
    void probationaryMembersPayFromTheMonthTheyJoined() {
        setUp();
        LocalDate joined = NOW.minusMonths(2).atDay(15);
        String m = Members.create(Members.probationaryMember(branch, joined));
        api().body(base(m, NOW.minusMonths(5), "IN_WORK", 200_000L)).post(D + "/bases").then().statusCode(200);
        api().body(payment(m, NOW.minusMonths(3), NOW.minusMonths(3), 1_000)).post(D + "/payments").then().statusCode(422)
                .body("detail", containsString(YearMonth.from(joined).toString()));
        api().body(payment(m, YearMonth.from(joined), NOW, 3_000)).post(D + "/payments").then().statusCode(201);
        api().get(D + "/arrears?organizationId=" + branch).then().body("items.member.id", not(hasItem(m)));
    }

    @Test
    void arrearsWarnAtThreeMonthsFlagAtSixInARowAndClearWhenPaid() {
        setUp();
        String flagged = member();
        String warned = member();
        String fine = member();
        api().body(base(flagged, NOW.minusMonths(6), "IN_WORK", 400_000L)).post(D + "/bases").then().statusCode(200);
        api().body(base(warned, NOW.minusMonths(3), "IN_WORK", 400_000L)).post(D + "/bases").then().statusCode(200);
        api().body(base(fine, NOW.minusMonths(2), "IN_WORK", 400_000L)).post(D + "/bases").then().statusCode(200);
        api().queryParam("organizationId", branch).get(D + "/arrears").then().statusCode(200)
                .body("flags", equalTo(1)).body("warnings", equalTo(1))
                .body("items[0].member.id", equalTo(flagged))
                .body("items[0].level", equalTo("FLAG"))
                .body("items[0].months.size()", equalTo(6))
                .body("items[0].owedFen", equalTo(24_000))
                .body("items.find { it.member.id == '" + warned + "' }.level", equalTo("WARNING"))
                .body("items.find { it.member.id == '" + fine + "' }.level", equalTo("NONE"));
        // paying one month in the middle breaks the run: no longer six in a row
        api().body(payment(flagged, NOW.minusMonths(3), NOW.minusMonths(3), 4_000)).post(D + "/payments").then().statusCode(201);
        api().queryParam("organizationId", branch).get(D + "/arrears").then()
                .body("items.find { it.member.id == '" + flagged + "' }.level", equalTo("WARNING"))
                .body("items.find { it.member.id == '" + flagged + "' }.longestRun", equalTo(3));
        api().body(payment(warned, NOW.minusMonths(3), NOW.minusMonths(1), 12_000)).post(D + "/payments").then().statusCode(201);
        api().queryParam("organizationId", branch).get(D + "/arrears").then()
                .body("items.member.id", not(hasItem(warned))).body("flags", equalTo(0));
    }

    @Test
    void theRegisterShowsEachMembersMonthsAndTheCollectionRate() {
        setUp();
        String a = member();
        String b = member();
        YearMonth jan = YearMonth.of(NOW.getYear(), 1);
        api().body(base(a, jan, "IN_WORK", 400_000L)).post(D + "/bases").then().statusCode(200);
        api().body(base(b, NOW, "STUDENT", null)).post(D + "/bases").then().statusCode(200);
        api().body(payment(a, NOW, NOW, 4_000)).post(D + "/payments").then().statusCode(201);
        int m = NOW.getMonthValue() - 1; // index of this month
        api().queryParam("organizationId", branch).queryParam("year", NOW.getYear()).get(D + "/register").then().statusCode(200)
                .body("months.size()", equalTo(12))
                .body("rows.find { it.member.id == '" + a + "' }.cells[" + m + "].state", equalTo("PAID"))
                .body("rows.find { it.member.id == '" + a + "' }.cells[" + m + "].paidFen", equalTo(4_000))
                .body("rows.find { it.member.id == '" + b + "' }.cells[" + m + "].state", equalTo("DUE"))
                .body("rows.find { it.member.id == '" + b + "' }.cells[" + m + "].dueFen", equalTo(20))
                .body("totals[" + m + "].dueFen", equalTo(4_020))
                .body("totals[" + m + "].paidFen", equalTo(4_000))
                .body("paidFen", equalTo(4_000))
                .body("dueFen", equalTo(4_000 * NOW.getMonthValue() + 20));
        if (NOW.getMonthValue() > 1) {
            api().queryParam("organizationId", branch).queryParam("year", NOW.getYear()).get(D + "/register").then()
                    .body("rows.find { it.member.id == '" + a + "' }.cells[0].state", equalTo("OWED"))
                    .body("rows.find { it.member.id == '" + b + "' }.cells[0].state", equalTo("NONE"));
        }
        api().queryParam("organizationId", street).queryParam("year", NOW.getYear()).get(D + "/register").then()
                .statusCode(422); // a register is a branch's
        // paying ahead does not push the year's rate above what is due so far
        if (NOW.getMonthValue() <= 11) {
            api().body(payment(a, NOW.plusMonths(1), NOW.plusMonths(1), 4_000)).post(D + "/payments").then().statusCode(201);
            float rate = api().queryParam("organizationId", branch).queryParam("year", NOW.getYear()).get(D + "/register")
                    .then().body("paidFen", equalTo(8_000)).extract().path("rate");
            org.junit.jupiter.api.Assertions.assertTrue(rate <= 1.0, "rate " + rate);
        }
    }

    @Test
    void anotherStreetSeesNoneOfItAndBadInputIsRefused() {
        setUp();
        String m = member();
        api().body(base(m, NOW, "IN_WORK", 400_000L)).post(D + "/bases").then().statusCode(200);
        String paid = api().body(payment(m, NOW, NOW, 4_000)).post(D + "/payments").then().statusCode(201).extract().path("id");
        AccessFixtures.Street other = AccessFixtures.get().street("别的街道");
        actAs(other.adminToken());
        Map<String, String> before = fingerprint();
        api().body(base(m, NOW, "IN_WORK", 1L)).post(D + "/bases").then().statusCode(404);
        api().body(payment(m, NOW.plusMonths(1), NOW.plusMonths(1), 4_000)).post(D + "/payments").then().statusCode(404);
        api().body(Map.of("reason", "x")).post(D + "/payments/" + paid + "/reverse").then().statusCode(404);
        api().queryParam("organizationId", branch).queryParam("year", NOW.getYear()).get(D + "/register").then().statusCode(404);
        api().queryParam("organizationId", branch).get(D + "/arrears").then().statusCode(404);
        api().get(D + "/payments").then().statusCode(200).body("items.id", not(hasItem(paid)));
        assertEquals(before, fingerprint());
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + other.adminToken())
                .body(Map.of("memberId", m, "fromMonth", "2026-13", "category", "IN_WORK")).post(D + "/bases").then()
                .statusCode(400).body("errors[0].field", equalTo("fromMonth"));
        given().header("Authorization", "Bearer " + other.adminToken()).get(D + "/register?organizationId=" + branch)
                .then().statusCode(400).body("errors[0].field", equalTo("year"));
        actAs(null);
        api().get(D + "/arrears").then().statusCode(401);
        assertEquals(before, fingerprint());
    }

    @Test
    void basesImportFromAFileAllOrNothing() {
        setUp();
        Map<String, Object> a = Members.fullMember(branch);
        a.put("name", "导入甲");
        String aId = Members.create(a);
        Map<String, Object> b = Members.fullMember(branch);
        b.put("name", "导入乙");
        String bId = Members.create(b);
        YearMonth jan = YearMonth.of(NOW.getYear() + 1, 1);
        String good = "身份证号,姓名,党费类别,月收入基数（元）,开始月份\n" + a.get("idNumber") + ",导入甲,在职,\"6,500.00\"," + jan
                + "\n,,离退休,5000.01," + jan + "\n";
        // the second row has neither 身份证号 nor 系统编号; the file is refused whole
        Map<String, String> before = fingerprint();
        given().header("Authorization", "Bearer " + token()).contentType("text/csv").body(good.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post(D + "/bases/import").then().statusCode(422).body("errors[0].row", equalTo(3))
                .body("errors[0].column", equalTo("身份证号"));
        String bad = "身份证号,姓名,党费类别,月收入基数（元）,开始月份,系统编号\n"
                + a.get("idNumber") + ",别人,在职,6500," + jan + ",\n"         // wrong name
                + ",,学生,,2026-13," + bId + "\n"                                // bad month
                + Members.idNumber() + ",,在职,100," + jan + ",\n"               // nobody here
                + ",,干部,100," + jan + "," + bId + "\n"                          // bad category
                + ",,在职,-5," + jan + "," + bId + "\n";                          // negative base
        given().header("Authorization", "Bearer " + token()).contentType("text/csv").queryParam("dryRun", true)
                .body(bad.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post(D + "/bases/import").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("errorCount", equalTo(5))
                .body("errors.row", contains(2, 3, 4, 5, 6))
                .body("errors.column", contains("姓名", "开始月份", "身份证号", "党费类别", "月收入基数（元）"));
        assertEquals(before, fingerprint());
        String fine = "系统编号,党费类别,月收入基数（元）\n" + bId + ",在职,4000\n";
        given().header("Authorization", "Bearer " + token()).contentType("text/csv").queryParam("dryRun", true)
                .queryParam("fromMonth", jan.toString()).body(fine.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post(D + "/bases/import").then().statusCode(200).body("created", equalTo(1)).body("errorCount", equalTo(0));
        assertEquals(before, fingerprint());
        given().header("Authorization", "Bearer " + token()).contentType("text/csv").queryParam("fromMonth", jan.toString())
                .body(fine.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post(D + "/bases/import").then().statusCode(200)
                .body("created", equalTo(1));
        api().queryParam("organizationId", branch).queryParam("year", jan.getYear()).get(D + "/standards").then()
                .body("items.find { it.member.id == '" + bId + "' }.standards[0].monthlyFen", equalTo(4000));
        given().header("Authorization", "Bearer " + token()).contentType("text/csv").queryParam("fromMonth", jan.toString())
                .body(fine.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post(D + "/bases/import").then().statusCode(200)
                .body("unchanged", equalTo(1));
        // by 身份证号 too, for real
        String byNumber = "身份证号,党费类别,月收入基数（元）,开始月份\n" + a.get("idNumber") + ",在职,6500.00," + jan + "\n,,,,\n";
        given().header("Authorization", "Bearer " + token()).contentType("text/csv")
                .body(byNumber.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post(D + "/bases/import").then().statusCode(200)
                .body("created", equalTo(1)).body("rows", equalTo(1));
        api().queryParam("organizationId", branch).queryParam("year", jan.getYear()).get(D + "/standards").then()
                .body("items.find { it.member.id == '" + aId + "' }.standards[0].monthlyFen", equalTo(9750));
        String twoRows = "身份证号,党费类别,月收入基数（元）,开始月份\n" + a.get("idNumber") + ",在职,6500.00," + jan + "\n"
                + a.get("idNumber") + ",干部,1," + jan + "\n";
        given().header("Authorization", "Bearer " + token()).contentType("text/csv").queryParam("dryRun", true)
                .body(twoRows.getBytes(java.nio.charset.StandardCharsets.UTF_8)).post(D + "/bases/import").then().statusCode(200)
                .body("rows", equalTo(2)).body("errorCount", equalTo(1));
        api().accept("text/csv").get(D + "/bases/import-template").then().statusCode(200)
                .body(containsString("党费类别"));
    }

    @Test
    void remittancesExpensesBalancesAndTheDisclosureAddUp() {
        setUp();
        String m = member();
        api().body(base(m, NOW.minusMonths(1), "IN_WORK", 400_000L)).post(D + "/bases").then().statusCode(200);
        api().body(payment(m, NOW.minusMonths(1), NOW, 8_000)).post(D + "/payments").then().statusCode(201);
        String community = api().get("/api/v1/organizations/" + branch).then().extract().path("parentId");
        String remit = api().body(Map.of("organizationId", branch, "fromMonth", NOW.minusMonths(1).toString(), "toMonth",
                NOW.toString(), "amountFen", 5_000, "remittedOn", Members.today().toString(), "reference", "转账001"))
                .post(D + "/remittances").then().statusCode(201).body("to.id", equalTo(community)).extract().path("id");
        api().body(Map.of("organizationId", community, "spentOn", Members.today().toString(), "amountFen", 1_500,
                "purpose", "慰问困难党员")).post(D + "/expenses").then().statusCode(201);
        int year = NOW.getYear();
        api().queryParam("organizationId", community).queryParam("year", year).get(D + "/balances").then().statusCode(200)
                .body("rows.find { it.organization.id == '" + branch + "' }.collectedFen", equalTo(8_000))
                .body("rows.find { it.organization.id == '" + branch + "' }.remittedFen", equalTo(5_000))
                .body("rows.find { it.organization.id == '" + branch + "' }.balanceFen", equalTo(3_000))
                .body("rows.find { it.organization.id == '" + branch + "' }.toRemitFen", equalTo(3_000)) // all by default
                .body("rows.find { it.organization.id == '" + community + "' }.receivedFen", equalTo(5_000))
                .body("rows.find { it.organization.id == '" + community + "' }.spentFen", equalTo(1_500))
                .body("rows.find { it.organization.id == '" + community + "' }.balanceFen", equalTo(3_500));
        // a wrong remittance is reversed, never edited
        api().body(Map.of("reason", "金额有误")).post(D + "/remittances/" + remit + "/reverse").then().statusCode(200)
                .body("amountFen", equalTo(-5_000));
        api().body(Map.of("reason", "again")).post(D + "/remittances/" + remit + "/reverse").then().statusCode(409);
        api().queryParam("organizationId", community).queryParam("year", year).get(D + "/balances").then()
                .body("rows.find { it.organization.id == '" + branch + "' }.balanceFen", equalTo(8_000));
        api().queryParam("organizationId", branch).queryParam("year", year).get(D + "/disclosure").then().statusCode(200)
                .body("collectedFen", equalTo(8_000)).body("payers", equalTo(1)).body("remittedFen", equalTo(0))
                .body("closingFen", equalTo(8_000));
        api().queryParam("organizationId", community).queryParam("year", year).get(D + "/disclosure").then()
                .body("expenses[0].purpose", equalTo("慰问困难党员")).body("spentFen", equalTo(1_500));
        String page = api().accept("text/html").queryParam("organizationId", community).queryParam("year", year)
                .get(D + "/disclosure/print").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("党费收缴使用情况公示") && page.contains("慰问困难党员"), page);
        api().accept("text/csv").queryParam("organizationId", branch).queryParam("year", year)
                .get(D + "/register/export").then().statusCode(200).body(containsString("收缴率"));
        String book = api().accept("text/csv").queryParam("organizationId", branch).queryParam("year", year)
                .get(D + "/book/export").then().statusCode(200).extract().asString();
        for (String line : List.of("上年结转", "80.00", "上缴", "金额有误")) {
            org.junit.jupiter.api.Assertions.assertTrue(book.contains(line), line + " in " + book);
        }
        api().accept("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet").queryParam("organizationId", branch)
                .queryParam("year", year).get(D + "/disclosure/export").then().statusCode(200);
        api().queryParam("organizationId", street).queryParam("year", year).get(D + "/summary").then().statusCode(200)
                .body("rows[0].organization.id", equalTo(street))
                .body("rows[0].paidFen", equalTo(8_000))
                .body("rows.find { it.organization.id == '" + community + "' }.members", equalTo(1));
    }
}

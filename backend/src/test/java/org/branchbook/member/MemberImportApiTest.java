package org.branchbook.member;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.branchbook.ApiTest;
import org.branchbook.access.AccessFixtures;
import org.junit.jupiter.api.Test;

/** Bulk import and export through HTTP, as a curl user does it: files in, reports and files out. */
@QuarkusTest
class MemberImportApiTest extends ApiTest {

    private static final String IMPORT = "/api/v1/members/import";
    private static final String EXPORT = "/api/v1/members/export";
    private static final String ORGS = "/api/v1/organizations";
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final List<String> HEADER = MemberColumns.HEADERS;

    /** A street with two branches (codes known) whose admin token the requests use. */
    record Place(String street, String branch, String branchCode, String branch2, String branch2Code) {}

    private static Place place() {
        AccessFixtures.Street s = AccessFixtures.get().street("导入街道");
        actAs(s.adminToken());
        String code1 = unique("IMP");
        String code2 = unique("IMP");
        String b1 = api().body(Map.of("code", code1, "name", "导入第一支部", "type", "BRANCH", "parentId", s.id().toString()))
                .post(ORGS).then().statusCode(201).extract().path("id");
        String b2 = api().body(Map.of("code", code2, "name", "导入第二支部", "type", "BRANCH", "parentId", s.id().toString()))
                .post(ORGS).then().statusCode(201).extract().path("id");
        return new Place(s.id().toString(), b1, code1, b2, code2);
    }

    /** A row with every column empty but the required ones. */
    private static String[] row(String name, String id, String joined, String fullOn, String status, String branchCode) {
        String[] r = new String[HEADER.size()];
        Arrays.fill(r, "");
        set(r, "姓名", name);
        set(r, "身份证号", id);
        set(r, "入党日期", joined);
        set(r, "转正日期", fullOn);
        set(r, "党员状态", status);
        set(r, "所在党支部编码", branchCode);
        return r;
    }

    private static String[] fullRow(String name, String branchCode) {
        LocalDate joined = Members.today().minusYears(10);
        return row(name, Members.idNumber(), joined.toString(), joined.plusYears(1).toString(), "正式党员", branchCode);
    }

    private static void set(String[] row, String header, String value) {
        row[HEADER.indexOf(header)] = value;
    }

    private static String csv(List<String> header, List<String[]> rows) {
        StringBuilder out = new StringBuilder(String.join(",", header)).append("\r\n");
        for (String[] r : rows) {
            out.append(String.join(",", Arrays.stream(r).map(c -> c.contains(",") || c.contains("\"")
                    ? "\"" + c.replace("\"", "\"\"") + "\"" : c).toList())).append("\r\n");
        }
        return out.toString();
    }

    private static ValidatableResponse upload(byte[] body, String contentType, boolean dryRun) {
        return api().contentType(contentType).body(body).queryParam("dryRun", dryRun).post(IMPORT).then();
    }

    private static ValidatableResponse upload(String csv, boolean dryRun) {
        return upload(csv.getBytes(StandardCharsets.UTF_8), "text/csv", dryRun);
    }

    @Test
    void importsNewMembersAfterACleanDryRun() {
        Place p = place();
        String[] a = fullRow("导入甲", p.branchCode());
        String[] b = row("导入乙", Members.idNumber(), Members.today().minusMonths(3).toString(), "", "预备党员", p.branch2Code());
        set(b, "特殊群体", "困难党员、下岗失业");
        set(b, "流动类型", "流出");
        set(b, "流动地点", "广东省深圳市");
        set(b, "联系电话", "13700001111");
        String file = csv(HEADER, List.of(a, b));
        Map<String, String> before = fingerprint();
        upload(file, true).statusCode(200)
                .body("dryRun", equalTo(true)).body("outcome", equalTo("VALID"))
                .body("format", equalTo("CSV")).body("rows", equalTo(2))
                .body("created", equalTo(2)).body("updated", equalTo(0)).body("errors", hasSize(0));
        // a dry run writes no member (its report is kept)
        Map<String, String> after = fingerprint();
        assertEquals(before.get("member"), after.get("member"));

        upload(file, false).statusCode(200).body("outcome", equalTo("APPLIED")).body("created", equalTo(2));
        api().queryParam("organizationId", p.street()).queryParam("q", "导入乙").get(Members.PATH).then()
                .body("items", hasSize(1)).body("items[0].status", equalTo("PROBATIONARY"))
                .body("items[0].categories", containsInAnyOrder("IN_HARDSHIP", "UNEMPLOYED"))
                .body("items[0].mobile.place", equalTo("广东省深圳市"))
                .body("items[0].organization.id", equalTo(p.branch2()))
                .body("items[0].phone", equalTo("137****1111"));
        api().get(ORGS + "/" + p.street()).then().body("memberCounts.full", equalTo(1))
                .body("memberCounts.probationary", equalTo(1));
        // the same file again changes nothing
        upload(file, false).statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(2));
        api().queryParam("action", "member.import").get("/api/v1/audit-events").then().statusCode(200)
                .body("items.size()", equalTo(2));
    }

    @Test
    void everyKindOfBadRowIsReportedAndNothingIsWritten() {
        Place sibling = place(); // another street: its branch code is outside the scope of the next one
        Map<String, Object> theirs = Members.fullMember(sibling.branch());
        Members.create(theirs);
        Place p = place();
        String[] ok = fullRow("正常", p.branchCode());
        String[] badId = fullRow("坏身份证", p.branchCode());
        set(badId, "身份证号", "110105198003151230");
        String[] badDate = fullRow("坏日期", p.branchCode());
        set(badDate, "入党日期", "2010-02-30");
        String[] unknownOrg = fullRow("坏编码", "NO-SUCH-CODE");
        String[] otherStreet = fullRow("越界", sibling.branchCode());
        String[] duplicate = fullRow("重复", p.branchCode());
        set(duplicate, "身份证号", ok[HEADER.indexOf("身份证号")]);
        String[] formula = fullRow("=cmd|' /C calc'!A0", p.branchCode());
        String[] formulaAddress = fullRow("公式地址", p.branchCode());
        set(formulaAddress, "家庭住址", "@SUM(1+1)*cmd|' /C calc'!A0");
        String[] leftStatus = fullRow("已出党", p.branchCode());
        set(leftStatus, "党员状态", "已出党");
        String[] badChoice = fullRow("坏性别", p.branchCode());
        set(badChoice, "性别", "未知");
        String[] registeredElsewhere = fullRow("别处党员", p.branchCode());
        set(registeredElsewhere, "身份证号", (String) theirs.get("idNumber"));
        List<String[]> rows = List.of(ok, badId, badDate, unknownOrg, otherStreet, duplicate, formula, formulaAddress,
                leftStatus, badChoice, registeredElsewhere);
        String file = csv(HEADER, rows);
        Map<String, String> before = fingerprint();

        upload(file, true).statusCode(200).body("outcome", equalTo("INVALID"))
                .body("rows", equalTo(11)).body("errorCount", equalTo(10))
                .body("errors.row", contains(3, 4, 5, 6, 7, 8, 9, 10, 11, 12))
                .body("errors.column", contains("身份证号", "入党日期", "所在党支部编码", "所在党支部编码", "身份证号", "姓名",
                        "家庭住址", "党员状态", "性别", "身份证号"))
                .body("errors[9].message", containsString("管理范围以外"))
                .body("errors[0].message", containsString("校验位"))
                .body("errors[4].message", containsString("第 2 行"))
                .body("errors[5].message", containsString("公式"));
        String instance = upload(file, false).statusCode(422).contentType("application/problem+json")
                .body("type", equalTo("urn:branchbook:problem:import-rejected"))
                .body("errors", hasSize(10))
                .body("instance", startsWith("/api/v1/member-imports/"))
                .extract().path("instance");
        Map<String, String> after = fingerprint();
        for (String table : List.of("member", "membership", "member_event", "organization")) {
            assertEquals(before.get(table), after.get(table), table + " changed after a rejected import");
        }
        api().get(instance).then().statusCode(200).body("outcome", equalTo("REJECTED")).body("errorCount", equalTo(10));
        String errorsCsv = api().accept("text/csv").get(instance + "/errors").then().statusCode(200)
                .contentType(startsWith("text/csv")).extract().asString();
        assertTrue(errorsCsv.startsWith("\uFEFF行号,列,错误\r\n3,身份证号,"), errorsCsv);
        assertEquals(11, errorsCsv.split("\r\n").length);
        // the report is the importer's street's business only
        actAs(AccessFixtures.get().street("别的街道").adminToken());
        api().get(instance).then().statusCode(404);
    }

    @Test
    void fileLevelProblemsAreReportedOnRowOne() {
        Place p = place();
        Map<String, String> before = fingerprint();
        raw().contentType("text/csv").body(new byte[0]).queryParam("dryRun", true).post(IMPORT).then().statusCode(200).body("outcome", equalTo("INVALID"))
                .body("errors[0].row", equalTo(1)).body("errors[0].message", containsString("空"));
        List<String> wrongHeader = new ArrayList<>(HEADER);
        wrongHeader.set(0, "名字");
        upload(csv(wrongHeader, List.<String[]>of(fullRow("甲", p.branchCode()))), true).statusCode(200)
                .body("errors.message", hasItem(containsString("未知的列“名字”")))
                .body("errors.message", hasItem(containsString("缺少必填列“姓名”")));
        upload(csv(HEADER, List.<String[]>of(fullRow("甲", p.branchCode()))).getBytes(StandardCharsets.UTF_16), "text/csv", true)
                .statusCode(200).body("outcome", equalTo("INVALID")).body("errors[0].message", containsString("UTF-16"));
        // a Shift-JIS file is read as GBK and its headers make no sense
        upload(csv(HEADER, List.<String[]>of()).getBytes(Charset.forName("Shift_JIS")), "text/csv", true).statusCode(200)
                .body("outcome", equalTo("INVALID")).body("errors[0].message", containsString("编码"));
        upload(csv(HEADER, List.<String[]>of(fullRow("甲", p.branchCode()))), false).statusCode(200).body("created", equalTo(1));
        raw().contentType("application/json").body("{}").post(IMPORT).then().statusCode(415);
        Map<String, String> after = fingerprint();
        assertEquals(1, Integer.parseInt(after.get("member").split(":")[0]) - Integer.parseInt(before.get("member").split(":")[0]));
    }

    @Test
    void readsGbkAndBomAndXlsxAlike() throws IOException {
        Place p = place();
        String[] a = fullRow("编码甲", p.branchCode());
        String[] b = fullRow("编码乙", p.branchCode());
        String[] c = fullRow("编码丙", p.branchCode());
        upload(csv(HEADER, List.<String[]>of(a)).getBytes(Charset.forName("GBK")), "text/csv", false).statusCode(200)
                .body("created", equalTo(1));
        upload(("\uFEFF" + csv(HEADER, List.<String[]>of(b))).getBytes(StandardCharsets.UTF_8), "text/csv", false)
                .statusCode(200).body("created", equalTo(1));
        // an XLSX made the way Excel makes it: shared strings, a real date cell, the ID as text
        ByteArrayOutputStream xlsx = new ByteArrayOutputStream();
        try (Workbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("党员");
            var header = sheet.createRow(0);
            for (int i = 0; i < HEADER.size(); i++) {
                header.createCell(i).setCellValue(HEADER.get(i));
            }
            var dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("yyyy-mm-dd"));
            var r = sheet.createRow(1);
            for (int i = 0; i < HEADER.size(); i++) {
                String v = c[i];
                if (HEADER.get(i).equals("入党日期")) {
                    var cell = r.createCell(i);
                    cell.setCellValue(LocalDate.parse(v));
                    cell.setCellStyle(dateStyle);
                } else if (!v.isEmpty()) {
                    r.createCell(i).setCellValue(v);
                }
            }
            r.createCell(HEADER.indexOf("联系电话")).setCellValue(13912345678d);
            wb.write(xlsx);
        }
        upload(xlsx.toByteArray(), XLSX, false).statusCode(200).body("format", equalTo("XLSX"))
                .body("created", equalTo(1));
        api().queryParam("organizationId", p.branch()).queryParam("reveal", true).queryParam("q", "编码丙")
                .get(Members.PATH).then().body("items[0].phone", equalTo("13912345678"))
                .body("items[0].joinedOn", equalTo(c[HEADER.indexOf("入党日期")]));
        api().queryParam("organizationId", p.branch()).get(Members.PATH).then().body("items", hasSize(3));
    }

    @Test
    void exportRoundTripsThroughImportMaskedOrRevealed() throws IOException {
        Place p = place();
        Map<String, Object> veteran = Members.fullMember(p.branch());
        veteran.put("name", "=老党员");
        veteran.put("categories", List.of("VETERAN"));
        veteran.put("address", "+1 幸福路");
        String vet = Members.create(veteran);
        Map<String, Object> mobile = Members.fullMember(p.branch2());
        mobile.put("mobile", Map.of("direction", "INFLOW", "place", "湖北省武汉市"));
        Members.create(mobile);

        // CSV, masked: formula-looking cells are neutralized, numbers masked, 系统编号 carried
        String masked = api().accept("text/csv").queryParam("organizationId", p.street()).get(EXPORT).then()
                .statusCode(200).contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("filename*=UTF-8''"))
                .extract().asString();
        String[] lines = masked.split("\r\n");
        assertEquals(3, lines.length);
        assertTrue(lines[0].startsWith("\uFEFF姓名,性别"), lines[0]);
        assertTrue(masked.contains("'=老党员"), masked);
        assertTrue(masked.contains("'+1 幸福路"), masked);
        assertTrue(masked.contains("********"), masked);
        assertTrue(masked.contains(vet), masked);
        assertTrue(!masked.contains((String) veteran.get("idNumber")), masked);
        // importing the masked file back: everyone is recognised by 系统编号 and nothing changes...
        // ...except that "=老党员" looks like a formula and is refused
        api().contentType("text/csv").body(masked.getBytes(StandardCharsets.UTF_8)).queryParam("dryRun", true).post(IMPORT)
                .then().statusCode(200).body("errors.column", hasItem("姓名"));
        api().header("If-Match", "\"0\"").body(Map.of("name", "老党员", "joinedOn", veteran.get("joinedOn"),
                "fullOn", veteran.get("fullOn"), "categories", List.of("VETERAN"), "address", "幸福路1号"))
                .put(Members.PATH + "/" + vet).then().statusCode(200);
        String clean = api().accept("text/csv").queryParam("organizationId", p.street()).get(EXPORT).then()
                .extract().asString();
        upload(clean.getBytes(StandardCharsets.UTF_8), "text/csv", true).statusCode(200)
                .body("outcome", equalTo("VALID")).body("unchanged", equalTo(2));
        // edited in a spreadsheet: one address changes, the member moves branch
        String edited = clean.replace("幸福路1号", "幸福路2号").replace(p.branchCode(), p.branch2Code());
        upload(edited.getBytes(StandardCharsets.UTF_8), "text/csv", false).statusCode(200)
                .body("updated", equalTo(1)).body("unchanged", equalTo(1));
        api().get(Members.PATH + "/" + vet).then().body("address", equalTo("幸福路2号"))
                .body("organization.id", equalTo(p.branch2())).body("phone", equalTo("138****8000"));
        api().get(Members.PATH + "/" + vet + "/history").then().body("memberships[0].reason", equalTo("批量导入调整"));

        // XLSX, revealed: four rosters as sheets, full numbers; it imports back unchanged
        byte[] xlsx = api().accept(XLSX).queryParam("format", "XLSX").queryParam("reveal", true)
                .queryParam("organizationId", p.street()).get(EXPORT).then().statusCode(200)
                .contentType(startsWith(XLSX)).extract().asByteArray();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals(List.of("党员基本信息名册", "老党员名册", "流动党员名册", "困难党员名册"),
                    List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2), wb.getSheetName(3)));
            assertEquals(3, wb.getSheetAt(0).getPhysicalNumberOfRows());
            assertEquals(2, wb.getSheetAt(1).getPhysicalNumberOfRows());
            assertEquals(2, wb.getSheetAt(2).getPhysicalNumberOfRows());
            assertEquals(1, wb.getSheetAt(3).getPhysicalNumberOfRows());
            assertEquals(veteran.get("idNumber"), wb.getSheetAt(1).getRow(1).getCell(HEADER.indexOf("身份证号")).getStringCellValue());
        }
        upload(xlsx, XLSX, true).statusCode(200).body("outcome", equalTo("VALID")).body("unchanged", equalTo(2));
        api().queryParam("action", "member.export").get("/api/v1/audit-events").then()
                .body("items.size()", equalTo(3));
        // a CSV holds one roster; a viewer without the permission cannot reveal
        api().accept("text/csv").queryParam("roster", "ALL").get(EXPORT).then().statusCode(400).body("errors[0].field", equalTo("roster"));
        api().accept("text/csv").queryParam("roster", "MOBILE").queryParam("organizationId", p.street()).get(EXPORT)
                .then().statusCode(200).body(containsString("湖北省武汉市")).body(not(containsString("幸福路2号")));
    }

    @Test
    void aKeyedRetryWritesOnceAndTemplatesCarryTheHeaders() throws IOException {
        Place p = place();
        String file = csv(HEADER, List.<String[]>of(fullRow("幂等", p.branchCode())));
        String key = UUID.randomUUID().toString();
        String id = api().header("Idempotency-Key", key).contentType("text/csv").body(file.getBytes(StandardCharsets.UTF_8))
                .post(IMPORT).then().statusCode(200).body("created", equalTo(1)).extract().path("id");
        api().header("Idempotency-Key", key).contentType("text/csv").body(file.getBytes(StandardCharsets.UTF_8))
                .post(IMPORT).then().statusCode(200).header("Idempotent-Replayed", "true")
                .body("id", equalTo(id)).body("created", equalTo(1));
        api().header("Idempotency-Key", key).contentType("text/csv")
                .body(csv(HEADER, List.<String[]>of(fullRow("另一个", p.branchCode()))).getBytes(StandardCharsets.UTF_8))
                .post(IMPORT).then().statusCode(422).body("type", equalTo("urn:branchbook:problem:idempotency-key-reused"));
        api().queryParam("organizationId", p.branch()).get(Members.PATH).then().body("items", hasSize(1));

        String template = api().accept("text/csv").get("/api/v1/members/import-template").then().statusCode(200)
                .extract().asString();
        assertEquals("\uFEFF" + String.join(",", HEADER), template.strip());
        byte[] xlsx = api().accept(XLSX).queryParam("format", "XLSX").get("/api/v1/members/import-template").then()
                .statusCode(200).extract().asByteArray();
        try (Workbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            assertEquals("姓名", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
            assertEquals("填写说明", wb.getSheetName(1));
        }
        // an upload over the configured limit (2 MB in tests) is refused before it is read
        byte[] big = new byte[3 * 1024 * 1024];
        Arrays.fill(big, (byte) 'a');
        api().contentType("text/csv").body(big).post(IMPORT).then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    void aCorrectedIdNumberKeepsTheMemberAndOneMemberTwiceIsRefused() {
        Place p = place();
        Map<String, Object> body = Members.fullMember(p.branch());
        String member = Members.create(body);
        String oldId = (String) body.get("idNumber");
        String exported = api().accept("text/csv").queryParam("reveal", true).queryParam("organizationId", p.branch())
                .get(EXPORT).then().statusCode(200).extract().asString();
        // the number was mistyped when registered: fixed in the spreadsheet, the 系统编号 says who it is
        // same birth date and sequence (so the same gender as the exported 性别), another area code
        String newId = IdNumber.compose((oldId.charAt(0) == '3' ? "4" : "3") + oldId.substring(1, 6),
                IdNumber.parse(oldId, Members.today()).orElseThrow().birthDate(), Integer.parseInt(oldId.substring(14, 17)));
        upload(exported.replace(oldId, newId).getBytes(StandardCharsets.UTF_8), "text/csv", false).statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(1));
        api().queryParam("reveal", true).get(Members.PATH + "/" + member).then().body("idNumber", equalTo(newId));
        // the same member by 身份证号 and again by 系统编号 (masked) in one file
        String masked = api().accept("text/csv").queryParam("organizationId", p.branch()).get(EXPORT).then()
                .extract().asString();
        String[] lines = masked.split("\r\n");
        String full = lines[1].replace(IdNumber.mask(newId), newId);
        String twice = lines[0] + "\r\n" + full + "\r\n" + lines[1] + "\r\n";
        upload(twice.getBytes(StandardCharsets.UTF_8), "text/csv", true).statusCode(200)
                .body("outcome", equalTo("INVALID")).body("errors[0].row", equalTo(3))
                .body("errors[0].message", containsString("同一位党员"));
    }
}

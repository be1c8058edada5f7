package org.branchbook.member;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.branchbook.ApiTest;

/** Test members through the API: each has a fresh, valid 身份证号. */
public final class Members {

    public static final String PATH = "/api/v1/members";

    private Members() {}

    public static LocalDate today() {
        return LocalDate.now(ZoneId.of("Asia/Shanghai"));
    }

    /** A valid 身份证号 no other test uses: a random area code, birth date and sequence. */
    public static String idNumber(LocalDate birth) {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return IdNumber.compose(String.valueOf(100000 + r.nextInt(800000)), birth, r.nextInt(1000));
    }

    public static String idNumber() {
        return idNumber(today().minusYears(40 + ThreadLocalRandom.current().nextInt(40))
                .minusDays(ThreadLocalRandom.current().nextInt(365)));
    }

    /** The body of a full member of {@code branch}, 入党 ten years ago. */
    public static Map<String, Object> fullMember(String branch) {
        Map<String, Object> body = new HashMap<>();
        LocalDate joined = today().minusYears(10);
        body.put("name", "测试党员");
        body.put("idNumber", idNumber());
        body.put("joinedOn", joined.toString());
        body.put("fullOn", joined.plusYears(1).toString());
        body.put("status", "FULL");
        body.put("organizationId", branch);
        body.put("phone", "13800138000");
        return body;
    }

    /** The body of a probationary member of {@code branch} who joined {@code joinedOn}. */
    public static Map<String, Object> probationaryMember(String branch, LocalDate joinedOn) {
        Map<String, Object> body = fullMember(branch);
        body.remove("fullOn");
        body.put("status", "PROBATIONARY");
        body.put("joinedOn", joinedOn.toString());
        return body;
    }

    public static String create(Map<String, Object> body) {
        return ApiTest.api().body(body).post(PATH).then().statusCode(201).extract().path("id");
    }

    /** {@code full} full and {@code probationary} probationary members in {@code branch}. */
    public static void fill(String branch, int full, int probationary) {
        for (int i = 0; i < full; i++) {
            create(fullMember(branch));
        }
        for (int i = 0; i < probationary; i++) {
            create(probationaryMember(branch, today().minusMonths(3)));
        }
    }
}

package org.branchbook.demo;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import org.branchbook.member.Education;
import org.branchbook.member.IdNumber;
import org.branchbook.member.MemberCategory;
import org.branchbook.member.MemberCreate;
import org.branchbook.member.MobileDetails;
import org.branchbook.member.Mobility;
import org.branchbook.member.MemberStatus;

/**
 * Made-up members for the demo street: valid (but fictitious) 身份证号, believable ages, join dates
 * and special groups. Seeded, so every fresh demo database has the same people.
 */
final class DemoPeople {

    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢";
    private static final String[] GIVEN = {"建国", "秀英", "桂兰", "志强", "海燕", "丽", "伟", "敏", "静", "强", "磊", "洋",
        "艳", "勇", "军", "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "红梅", "晓东", "文华", "玉珍", "国庆", "春生",
        "丹", "鹏", "婷", "颖", "浩然", "思远", "雨涵", "子轩", "佳怡", "建华"};
    private static final String[] AREAS = {"110105", "320102", "330106", "420106", "510107", "440106"};
    private static final String[] UNITS = {"幸福里社区居委会", "星辰科技有限公司", "市第一人民医院", "幸福路小学", "和平商场",
        "区税务局", "城建集团", "翠竹园物业公司"};
    private static final String[] PLACES = {"广东省深圳市", "浙江省杭州市", "江苏省苏州市", "上海市浦东新区"};

    private final Random random = new Random(20260701L);
    private final LocalDate today;
    private int sequence;

    DemoPeople(LocalDate today) {
        this.today = today;
    }

    /** The next person, a full or probationary member of {@code branch}. */
    MemberCreate next(UUID branch, boolean full, boolean mobile) {
        int age = full ? 24 + random.nextInt(62) : 19 + random.nextInt(20);
        LocalDate birth = today.minusYears(age).minusDays(1 + random.nextInt(360));
        String id = idNumber(birth, random.nextBoolean());
        // probationary members joined within the last 13 months: some are due for 转正
        LocalDate joined = full
                ? birth.plusYears(18 + random.nextInt(Math.max(1, Math.min(age - 19, 30)))).plusDays(random.nextInt(300))
                : today.minusDays(30 + random.nextInt(370));
        if (full && joined.plusYears(1).isAfter(today)) {
            joined = today.minusYears(2);
        }
        Set<MemberCategory> categories = EnumSet.noneOf(MemberCategory.class);
        if (age >= 62) {
            categories.add(MemberCategory.RETIRED);
        }
        if (full && joined.isBefore(today.minusYears(50))) {
            categories.add(MemberCategory.VETERAN);
        }
        if (age >= 80 && random.nextInt(4) == 0) {
            categories.add(MemberCategory.BEDRIDDEN);
        }
        if (random.nextInt(15) == 0) {
            categories.add(MemberCategory.IN_HARDSHIP);
        }
        if (age < 60 && random.nextInt(20) == 0) {
            categories.add(MemberCategory.UNEMPLOYED);
        }
        MobileDetails mobility = mobile || random.nextInt(25) == 0
                ? new MobileDetails(Mobility.OUTFLOW, PLACES[random.nextInt(PLACES.length)], null,
                        "微信群", today.minusMonths(3 + random.nextInt(30)))
                : null;
        String name = SURNAMES.charAt(random.nextInt(SURNAMES.length())) + GIVEN[random.nextInt(GIVEN.length)];
        Education[] educations = Education.values();
        return new MemberCreate(name, id, null, random.nextInt(12) == 0 ? "回族" : "汉族", null,
                "13" + (100000000 + random.nextInt(899999999)), educations[random.nextInt(educations.length)],
                categories.contains(MemberCategory.RETIRED) ? null : UNITS[random.nextInt(UNITS.length)], null,
                "幸福路" + (1 + random.nextInt(300)) + "号", joined, full ? joined.plusYears(1) : null,
                full ? MemberStatus.FULL : MemberStatus.PROBATIONARY, branch, null, null, categories, mobility, null,
                null);
    }

    private String idNumber(LocalDate birth, boolean male) {
        sequence = (sequence + 1) % 500;
        return IdNumber.compose(AREAS[random.nextInt(AREAS.length)], birth, sequence * 2 + (male ? 1 : 0));
    }
}

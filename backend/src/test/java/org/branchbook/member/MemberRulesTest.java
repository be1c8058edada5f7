package org.branchbook.member;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The record rules shared by forms and imports. */
class MemberRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final String ID = IdNumber.compose("110105", LocalDate.of(1980, 3, 15), 123); // a man

    private static MemberRecord record(String id, IdNumber.Gender gender, LocalDate birth, String ethnicity, String phone,
            LocalDate joined, LocalDate fullOn, MemberStatus status) {
        return new MemberRecord("张三", id, gender, ethnicity, birth, phone, null, null, null, null, joined, fullOn,
                status, null, Set.of(), null, null, null, null, null, null);
    }

    @Test
    void aValidRecordIsCompletedFromTheIdNumber() {
        MemberRules.Checked c = MemberRules.check(record(" " + ID.toLowerCase() + " ", null, null, "汉", "138 0013 8000",
                LocalDate.of(2005, 7, 1), LocalDate.of(2006, 7, 1), MemberStatus.FULL), TODAY, true);
        assertEquals(java.util.List.of(), c.problems());
        assertEquals(ID, c.record().idNumber());
        assertEquals(LocalDate.of(1980, 3, 15), c.record().birthDate());
        assertEquals(IdNumber.Gender.MALE, c.record().gender());
        assertEquals("汉族", c.record().ethnicity());
        assertEquals("13800138000", c.record().phone());
        assertEquals(Registration.REGISTERED, c.record().registration());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        // case | id | gender | birth | ethnicity | phone | joined | fullOn | status | field with the problem
        "bad check digit | 110105198003151230 | | | | | 2005-07-01 | 2006-07-01 | FULL | idNumber",
        "birth differs | VALID | | 1980-03-16 | | | 2005-07-01 | 2006-07-01 | FULL | birthDate",
        "gender differs | VALID | FEMALE | | | | 2005-07-01 | 2006-07-01 | FULL | gender",
        "unknown ethnicity | VALID | | | 火星族 | | 2005-07-01 | 2006-07-01 | FULL | ethnicity",
        "bad phone | VALID | | | | call me | 2005-07-01 | 2006-07-01 | FULL | phone",
        "joined under 18 | VALID | | | | | 1997-03-14 | 1998-03-14 | FULL | joinedOn",
        "joined in future | VALID | | | | | 2026-11-23 | | PROBATIONARY | joinedOn",
        "full without date | VALID | | | | | 2005-07-01 | | FULL | fullOn",
        "full too early | VALID | | | | | 2005-07-01 | 2006-06-30 | FULL | fullOn",
        "probationary with fullOn | VALID | | | | | 2026-07-01 | 2026-08-01 | PROBATIONARY | fullOn",
        "left at registration | VALID | | | | | 2005-07-01 | 2006-07-01 | LEFT | status",
    })
    void eachProblemNamesItsField(String name, String id, IdNumber.Gender gender, LocalDate birth, String ethnicity,
            String phone, LocalDate joined, LocalDate fullOn, MemberStatus status, String field) {
        MemberRules.Checked c = MemberRules.check(record(id.equals("VALID") ? ID : id, gender, birth, ethnicity, phone,
                joined, fullOn, status), TODAY, true);
        assertEquals(1, c.problems().size(), name + ": " + c.problems());
        assertEquals(field, c.problems().get(0).field(), name);
    }

    @Test
    void mobileMembersNeedAPlaceAndNoStrayDetails() {
        MemberRecord base = record(ID, null, null, null, null, LocalDate.of(2005, 7, 1), LocalDate.of(2006, 7, 1),
                MemberStatus.FULL);
        MemberRecord noPlace = new MemberRecord(base.name(), base.idNumber(), null, null, null, null, null, null, null,
                null, base.joinedOn(), base.fullOn(), base.status(), null, Set.of(), Mobility.OUTFLOW, " ", null, null,
                null, null);
        assertEquals("mobilePlace", MemberRules.check(noPlace, TODAY, true).problems().get(0).field());
        MemberRecord stray = new MemberRecord(base.name(), base.idNumber(), null, null, null, null, null, null, null,
                null, base.joinedOn(), base.fullOn(), base.status(), null, Set.of(), null, "深圳", null, null, null, null);
        assertEquals("mobility", MemberRules.check(stray, TODAY, true).problems().get(0).field());
    }

    @ParameterizedTest
    @CsvSource({"13800138000, 138****8000", "010-62345678, 010*****5678", "12345, ***45"})
    void phonesAreMasked(String phone, String masked) {
        assertEquals(masked, PhoneNumber.mask(phone));
    }
}

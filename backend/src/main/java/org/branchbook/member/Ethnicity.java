package org.branchbook.member;

import java.text.Normalizer;
import java.util.List;
import java.util.Set;

/** 民族 (GB 3304): the 56 names, and how a typed value ("汉", "汉族 ") becomes one of them. Pure. */
public final class Ethnicity {

    public static final List<String> NAMES = List.of("汉族", "蒙古族", "回族", "藏族", "维吾尔族", "苗族", "彝族", "壮族",
            "布依族", "朝鲜族", "满族", "侗族", "瑶族", "白族", "土家族", "哈尼族", "哈萨克族", "傣族", "黎族", "傈僳族", "佤族",
            "畲族", "高山族", "拉祜族", "水族", "东乡族", "纳西族", "景颇族", "柯尔克孜族", "土族", "达斡尔族", "仫佬族", "羌族",
            "布朗族", "撒拉族", "毛南族", "仡佬族", "锡伯族", "阿昌族", "普米族", "塔吉克族", "怒族", "乌孜别克族", "俄罗斯族",
            "鄂温克族", "德昂族", "保安族", "裕固族", "京族", "塔塔尔族", "独龙族", "鄂伦春族", "赫哲族", "门巴族", "珞巴族", "基诺族",
            "其他");
    private static final Set<String> KNOWN = Set.copyOf(NAMES);

    private Ethnicity() {}

    /** The standard name, or null when the value is not one (blank input is null too). */
    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC).strip();
        if (KNOWN.contains(s)) {
            return s;
        }
        return KNOWN.contains(s + "族") ? s + "族" : null;
    }
}

package org.branchbook.demo;

import java.util.List;
import java.util.Random;

/** The words the generated street is made of: people's names, places, units, meeting topics, reasons. Made up. */
final class StreetNames {

    private StreetNames() {}

    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程"
            + "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔";

    /** Given names by generation (born before 1960, 1960–1984, after 1984) and gender. */
    private static final String[][] MALE = {
        {"建国", "国庆", "解放", "建华", "振华", "德胜", "福生", "志刚", "永明", "树林", "春生", "宝山", "文斌", "金海", "长青"},
        {"伟", "强", "军", "磊", "勇", "涛", "斌", "峰", "刚", "明", "建军", "海波", "志强", "晓东", "立新", "卫东", "红军"},
        {"浩然", "子轩", "宇航", "思远", "博文", "俊杰", "天佑", "梓豪", "一鸣", "泽宇", "昊天", "嘉懿", "睿", "晨阳"}};
    private static final String[][] FEMALE = {
        {"秀英", "桂兰", "玉兰", "淑珍", "凤英", "秀珍", "玉梅", "桂英", "素芳", "秀兰", "月娥", "翠花", "惠芳", "淑华"},
        {"丽", "静", "敏", "艳", "娟", "霞", "燕", "红梅", "海燕", "丽华", "晓红", "雪梅", "丽娟", "春燕", "慧"},
        {"欣怡", "梓涵", "雨萱", "佳怡", "诗涵", "思琪", "语嫣", "梦瑶", "婧", "若曦", "可馨", "雅婷", "一诺", "晨曦"}};

    /** Community names: a word and a kind of place (the hand-made street has 幸福里, 翠竹园, 和平, 阳光). */
    private static final String[] PLACE_WORDS = {"锦绣", "春晖", "金桥", "东湖", "枫林", "桂园", "明珠", "滨江", "新华", "长青",
        "紫薇", "康乐", "安居", "和谐", "朝阳", "丽景", "翠湖", "玉泉", "文昌", "育才", "光明", "团结", "福寿", "建设", "胜利",
        "前进", "向阳", "红星", "曙光", "银杏", "梧桐", "海棠", "丁香", "芙蓉", "兰亭", "荷塘", "柳岸", "松鹤", "凤凰", "麒麟"};
    private static final String[] PLACE_KINDS = {"里", "园", "苑", "湾"};

    private static final String[] COMPANY_WORDS = {"星河", "华信", "博远", "中科", "汇通", "鼎盛", "恒达", "瑞丰", "天成", "金盛",
        "宏图", "远航", "卓越", "正泰", "新元", "蓝海", "云帆", "智汇", "同创", "润泽", "嘉禾", "安信", "联创", "和顺"};
    private static final String[] COMPANY_TRADES = {"科技有限公司", "网络科技有限公司", "建设工程有限公司", "物业服务有限公司",
        "商贸有限公司", "餐饮管理有限公司", "教育咨询有限公司", "医疗器械有限公司", "物流有限公司", "文化传媒有限公司"};
    private static final String[] SOCIAL_KINDS = {"养老服务中心", "公益服务社", "社会工作服务站", "青少年服务中心",
        "志愿者协会", "律师事务所", "会计师事务所", "调解工作室"};
    private static final String[] UNITS = {"区人民医院", "区第二实验小学", "市自来水公司", "区税务局", "街道办事处", "区图书馆",
        "市轨道交通集团", "区市场监管局", "城建集团", "市第三中学", "区房管局", "供电公司"};
    private static final String[] FORMER_UNITS = {"原纺织厂", "原机床厂", "原百货公司", "原粮食局", "原第一中学", "原运输公司",
        "原造纸厂", "原区卫生院"};
    private static final String[] JOB_TITLES = {"职员", "工程师", "教师", "医生", "护士", "会计", "部门经理", "技术员", "社区工作者",
        "公务员", "销售经理", "项目经理"};
    static final String[] AWAY_PLACES = {"广东省深圳市", "浙江省杭州市", "江苏省苏州市", "上海市浦东新区", "北京市朝阳区",
        "广东省广州市", "四川省成都市", "湖北省武汉市", "福建省厦门市", "山东省青岛市"};
    static final String[] AREA_CODES = {"310104", "310105", "310106", "310107", "310109", "310110", "320506", "330102",
        "340104", "370102", "410105", "430102", "500103", "610113", "120101", "130102", "210102", "350203"};
    static final String[] MINORITIES = {"回族", "满族", "蒙古族", "朝鲜族", "壮族", "土家族"};

    // ---- meetings ----

    static final String[] THEMED_DAY_TOPICS = {"重温入党誓词，学习党章", "“我为群众办实事”志愿服务", "垃圾分类宣传与楼道清理",
        "学习习近平新时代中国特色社会主义思想", "走访慰问困难党员和老党员", "参观红色教育基地", "社区环境整治志愿服务",
        "学习《中国共产党纪律处分条例》", "“党员进网格”入户走访", "防范电信诈骗宣传", "文明创建志愿服务", "观看党性教育影片"};
    static final String[] LECTURE_TOPICS = {"学习贯彻党的二十届三中全会精神", "弘扬伟大建党精神", "全面从严治党永远在路上",
        "牢记初心使命，争做合格党员", "基层治理中的党员作用", "新时代党员的责任与担当", "从党史中汲取奋进力量",
        "践行全过程人民民主"};
    static final String[] COMMITTEE_TOPICS = {"研究部署本月支部工作", "研究党员发展和教育管理工作", "讨论党费收缴和使用情况",
        "研究主题党日活动安排", "研究困难党员帮扶工作", "研究支部年度工作计划", "通报党员参加组织生活情况"};
    static final String[] GROUP_TOPICS = {"学习上级文件精神", "交流学习体会", "党员联系户情况交流", "讨论网格内居民诉求",
        "学习党章党规", "开展谈心谈话"};
    static final String[] GENERAL_RESOLUTIONS = {"表决通过支部年度工作计划", "表决通过预备党员转正", "表决通过发展对象"};
    static final String[] LEAVE_REASONS = {"外出就医", "出差", "照顾家人", "身体不适", "单位加班", "外地探亲"};
    static final String[] ABSENT_REASONS = {"未请假", "联系不上", "未说明原因"};
    static final String[] CANCEL_REASONS = {"台风预警，改期举行", "与街道集中活动冲突，改期举行", "场地维修，改期举行"};

    // ---- transfers ----

    static final String[] INTERNAL_REASONS = {"迁居至本街道其他社区", "工作调动", "随子女居住", "住房拆迁安置"};
    static final String[] OUTGOING_REASONS = {"随配偶迁居", "工作调动至外地", "退休回原籍居住", "考入外地单位"};
    static final String[] INCOMING_REASONS = {"迁居至本社区", "大学毕业回原籍工作", "工作调动", "随子女居住"};
    static final String[] OTHER_PARTY_ORGS = {"中共深圳市南山区粤海街道科技园社区委员会", "中共杭州市西湖区文新街道德加社区支部委员会",
        "中共苏州市姑苏区平江街道平江路社区委员会", "中共成都市武侯区玉林街道黄门社区委员会", "中共武汉市江汉区民族街道文化里社区委员会",
        "中共青岛市市南区八大关街道汇泉社区委员会"};
    static final String[] OTHER_REGIONS = {"广东省深圳市南山区", "浙江省杭州市西湖区", "江苏省苏州市姑苏区", "四川省成都市武侯区",
        "湖北省武汉市江汉区", "山东省青岛市市南区"};

    static String pick(Random random, String[] words) {
        return words[random.nextInt(words.length)];
    }

    static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** A name fitting the person's generation and gender. */
    static String person(Random random, int birthYear, boolean male) {
        int generation = birthYear < 1960 ? 0 : birthYear < 1985 ? 1 : 2;
        String surname = String.valueOf(SURNAMES.charAt(random.nextInt(SURNAMES.length())));
        return surname + pick(random, (male ? MALE : FEMALE)[generation]);
    }

    /** The n-th community name (distinct for n below 160). */
    static String community(int n) {
        return PLACE_WORDS[n % PLACE_WORDS.length] + PLACE_KINDS[(n / PLACE_WORDS.length) % PLACE_KINDS.length];
    }

    /** The n-th company (distinct for n below 240). */
    static String company(int n) {
        return COMPANY_WORDS[n % COMPANY_WORDS.length]
                + COMPANY_TRADES[(n / COMPANY_WORDS.length) % COMPANY_TRADES.length];
    }

    /** The n-th social organization of a place. */
    static String socialOrganization(String place, int n) {
        return place + SOCIAL_KINDS[n % SOCIAL_KINDS.length];
    }

    static String workUnit(Random random, boolean retired) {
        return retired ? pick(random, FORMER_UNITS) : pick(random, UNITS);
    }

    static String jobTitle(Random random) {
        return pick(random, JOB_TITLES);
    }

    /** Chinese numerals for ordinals in names (第一党小组, 第十二网格党支部). */
    static String ordinal(int n) {
        String[] digits = {"", "一", "二", "三", "四", "五", "六", "七", "八", "九"};
        if (n < 10) {
            return digits[n];
        }
        if (n < 20) {
            return "十" + digits[n % 10];
        }
        return digits[n / 10] + "十" + digits[n % 10];
    }
}

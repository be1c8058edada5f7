import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.postgresql.PGConnection;

/**
 * The member import benchmark (run by bench/import.sh): writes N realistic roster rows as CSV,
 * imports them through the HTTP API, then loads the same file with a raw COPY into a bare table,
 * and prints rows/s for both and their ratio.
 *
 * Usage: java -cp postgresql.jar bench/ImportBench.java ROWS API_BASE TOKEN JDBC_URL BRANCH_CODES_FILE WORK_DIR
 *    or: java bench/ImportBench.java generate ROWS BRANCH_CODES_FILE OUT_FILE   (only write the file)
 */
public class ImportBench {

    static final String HEADER = "姓名,性别,民族,出生日期,身份证号,联系电话,学历,工作单位,职务,家庭住址,入党日期,转正日期,党员状态,"
            + "所在党支部编码,所在党支部,党小组编码,党员类别,特殊群体,流动类型,流动地点,流动地党组织,流动期间联系方式,流动开始日期,备注,系统编号";
    static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾萧田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢";
    static final String[] GIVEN = {"建国", "秀英", "桂兰", "志强", "海燕", "丽", "伟", "敏", "静", "强", "磊", "洋", "艳", "勇", "军",
        "杰", "娟", "涛", "明", "超", "秀兰", "霞", "平", "刚", "红梅", "晓东", "文华", "玉珍", "国庆", "春生"};
    static final String[] EDUCATION = {"研究生", "大学本科", "大学专科", "中专", "高中", "初中", "小学及以下"};
    static final String[] UNITS = {"幸福里社区居委会", "星辰科技有限公司", "市第一人民医院", "幸福路小学", "和平商场", "区税务局"};
    static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static final char[] CHECK = {'1', '0', 'X', '9', '8', '7', '6', '5', '4', '3', '2'};

    public static void main(String[] args) throws Exception {
        if (args[0].equals("generate")) { // generate ROWS BRANCH_CODES_FILE OUT_FILE: only write the file (bench/dues.sh)
            generate(Path.of(args[3]), Integer.parseInt(args[1]),
                    Files.readAllLines(Path.of(args[2])).stream().filter(s -> !s.isBlank()).toList());
            return;
        }
        int rows = Integer.parseInt(args[0]);
        String api = args[1];
        String token = args[2];
        String jdbc = args[3];
        List<String> branches = Files.readAllLines(Path.of(args[4])).stream().filter(s -> !s.isBlank()).toList();
        Path work = Path.of(args[5]);
        Path csv = work.resolve("members.csv");
        generate(csv, rows, branches);
        System.out.printf("file: %d rows, %.1f MB%n", rows, Files.size(csv) / 1048576.0);

        // HTTP/1.1 as curl speaks it (the default h2c upgrade would make the server read the whole body first)
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        long t0 = System.nanoTime();
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(api + "/members/import"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofFile(csv)).build(), HttpResponse.BodyHandlers.ofString());
        double importSeconds = (System.nanoTime() - t0) / 1e9;
        if (response.statusCode() != 200 || !response.body().contains("\"created\":" + rows)) {
            System.err.println("import failed: HTTP " + response.statusCode() + " " + response.body().substring(0,
                    Math.min(2000, response.body().length())));
            System.exit(1);
        }
        System.out.printf("import through HTTP: %.2f s%n", importSeconds);

        double copySeconds;
        try (Connection c = DriverManager.getConnection(jdbc, "postgres", "postgres")) {
            try (Statement s = c.createStatement()) {
                s.execute("drop table if exists bench_copy");
                s.execute("create table bench_copy (" + String.join(", ", java.util.Arrays.stream(HEADER.split(","))
                        .map(h -> "\"" + h + "\" text").toList()) + ")");
            }
            long t1 = System.nanoTime();
            try (Reader in = Files.newBufferedReader(csv, StandardCharsets.UTF_8)) {
                c.unwrap(PGConnection.class).getCopyAPI().copyIn("copy bench_copy from stdin (format csv, header true)", in);
            }
            copySeconds = (System.nanoTime() - t1) / 1e9;
            try (Statement s = c.createStatement()) {
                s.execute("drop table bench_copy");
            }
        }
        System.out.printf("raw COPY into a bare table: %.2f s%n", copySeconds);
        double importRate = rows / importSeconds;
        double copyRate = rows / copySeconds;
        System.out.printf("import_rows_per_s=%.0f copy_rows_per_s=%.0f ratio=%.2f%n", importRate, copyRate,
                importRate / copyRate);
    }

    static void generate(Path file, int rows, List<String> branches) throws IOException {
        Random r = new Random(42);
        LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(HEADER);
            out.write("\r\n");
            for (int i = 0; i < rows; i++) {
                int age = 22 + r.nextInt(70);
                LocalDate birth = today.minusYears(age).minusDays(r.nextInt(365));
                // unique per row: the sequence digits and the area code carry i
                String first17 = String.format("%06d", 110000 + (i / 1000) % 890000) + birth.toString().replace("-", "")
                        + String.format("%03d", i % 1000);
                int sum = 0;
                for (int k = 0; k < 17; k++) {
                    sum += (first17.charAt(k) - '0') * WEIGHTS[k];
                }
                String id = first17 + CHECK[sum % 11];
                boolean probationary = r.nextInt(20) == 0;
                LocalDate joined = probationary ? today.minusDays(30 + r.nextInt(300))
                        : birth.plusYears(18 + r.nextInt(Math.max(1, age - 20)));
                if (!probationary && joined.plusYears(1).isAfter(today)) {
                    joined = today.minusYears(2);
                }
                String name = SURNAMES.charAt(r.nextInt(SURNAMES.length())) + GIVEN[r.nextInt(GIVEN.length)];
                String categories = age >= 62 ? (age >= 80 ? "离退休、老党员" : "离退休") : (r.nextInt(30) == 0 ? "困难党员" : "");
                boolean mobile = r.nextInt(25) == 0;
                String[] cells = {name, (id.charAt(16) - '0') % 2 == 1 ? "男" : "女", "汉族", birth.toString(), id,
                    "13" + (100000000 + r.nextInt(899999999)), EDUCATION[r.nextInt(EDUCATION.length)],
                    UNITS[r.nextInt(UNITS.length)], "", "幸福路" + (1 + r.nextInt(999)) + "号" + (1 + r.nextInt(30)) + "栋",
                    joined.toString(), probationary ? "" : joined.plusYears(1).toString(),
                    probationary ? "预备党员" : "正式党员", branches.get(r.nextInt(branches.size())), "", "",
                    "在册党员", categories, mobile ? "流出" : "", mobile ? "广东省深圳市" : "", "", "",
                    mobile ? today.minusMonths(1 + r.nextInt(24)).toString() : "", "", ""};
                out.write(String.join(",", cells));
                out.write("\r\n");
            }
        }
    }
}

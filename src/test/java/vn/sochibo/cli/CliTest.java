package vn.sochibo.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.sochibo.cli.CliRun.CLOCK;
import static vn.sochibo.cli.CliRun.run;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line end to end on real data folders. */
class CliTest {
    @TempDir
    Path temp;

    @Test
    void exportImportExportGivesTheSameData() throws IOException {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        Path export1 = temp.resolve("one.json");
        Path export2 = temp.resolve("two.json");

        assertThat(run("demo", "--data", first.toString()).code()).isZero();
        CliRun.Result exported = run("export", "--out", export1.toString(), "--data", first.toString());
        assertThat(exported.code()).as(exported.err()).isZero();
        CliRun.Result imported = run("import", export1.toString(), "--data", second.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Đã nhập 25 đảng viên");
        assertThat(run("export", "--out", export2.toString(), "--data", second.toString()).code()).isZero();

        String one = withoutExportTime(Files.readString(export1, StandardCharsets.UTF_8));
        String two = withoutExportTime(Files.readString(export2, StandardCharsets.UTF_8));
        assertThat(one).contains("\"fullName\" : \"Nguyễn Thị Hồng Nhung\"").contains("\"cell\"");
        assertThat(two).isEqualTo(one);
    }

    @Test
    void demoSizeOutsideItsBoundsIsRefusedBeforeTheFolderIsMade() {
        Path folder = temp.resolve("never-made");
        CliRun.Result tooFew = run("demo", "--members", "7", "--data", folder.toString());
        assertThat(tooFew.code()).isEqualTo(1);
        assertThat(tooFew.err()).contains("từ 25 đến 200 đảng viên");
        CliRun.Result tooLong = run("demo", "--years", "40", "--data", folder.toString());
        assertThat(tooLong.code()).isEqualTo(1);
        assertThat(tooLong.err()).contains("từ 1 đến 15 năm");
        assertThat(folder).doesNotExist();

        CliRun.Result larger = run("demo", "--members", "30", "--years", "1", "--data", folder.toString());
        assertThat(larger.code()).as(larger.err()).isZero();
        assertThat(larger.out()).contains("với 30 đảng viên");
    }

    @Test
    void importRefusesABadFileNamingLineAndFieldAndWritesNothing() throws IOException {
        Path good = temp.resolve("good.json");
        run("demo", "--data", temp.resolve("src").toString());
        run("export", "--out", good.toString(), "--data", temp.resolve("src").toString());
        String text = Files.readString(good, StandardCharsets.UTF_8);
        // Break the last member's birth date: everything before it is fine, and must not be written either.
        String marker = "\"birthDate\" : \"";
        int last = text.lastIndexOf(marker);
        int endQuote = text.indexOf('"', last + marker.length());
        String bad = text.substring(0, last) + marker + "1990-02-30" + text.substring(endQuote);
        Path badFile = temp.resolve("bad.json");
        Files.writeString(badFile, bad, StandardCharsets.UTF_8);
        int memberStart = bad.lastIndexOf('{', last);
        long memberLine = bad.substring(0, memberStart).chars().filter(c -> c == '\n').count() + 1;

        Path target = temp.resolve("target");
        CliRun.Result result = run("import", badFile.toString(), "--data", target.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("1990-02-30").contains(".birthDate");
        assertThat(result.err()).contains("Dòng " + memberLine + ",");
        CliRun.Result listed = run("members", "list", "--data", target.toString());
        assertThat(listed.out()).isEmpty();
        assertThat(run("info", "--data", target.toString()).out()).contains("Chưa thiết lập chi bộ");
    }

    @Test
    void importIntoAFolderWithDataIsRefused() {
        Path folder = temp.resolve("cell");
        Path file = temp.resolve("x.json");
        run("demo", "--data", folder.toString());
        run("export", "--out", file.toString(), "--data", folder.toString());

        CliRun.Result result = run("import", file.toString(), "--data", folder.toString());

        assertThat(result.code()).isEqualTo(1);
        assertThat(result.err()).contains("thư mục trống");
        assertThat(run("members", "list", "--data", folder.toString()).out().lines()).hasSize(25);
    }

    @Test
    void membersListSearchesWithoutDiacritics() {
        Path folder = temp.resolve("cell");
        run("demo", "--data", folder.toString());

        CliRun.Result result = run("members", "list", "--search", "nguyen thi", "--data", folder.toString());

        assertThat(result.out().lines().map(l -> l.split("\t")[0]))
                .containsExactlyInAnyOrder("Nguyễn Thị Hồng Nhung", "Nguyễn Thị Thảo");
    }

    @Test
    void csvImportIsAllOrNothing() throws IOException {
        Path folder = temp.resolve("cell");
        Path csv = temp.resolve("members.csv");
        Files.writeString(csv, "\uFEFFSTT;Họ và tên;Giới tính;Ngày sinh;Ngày vào Đảng;Ngày chính thức;Số thẻ đảng viên\n"
                + "1;Nguyễn Văn An;Nam;12/03/1980;19/05/2005;19/05/2006;45.100001\n"
                + "2;Trần Thị Bình;Nữ;01/01/1990;31/02/2015;;\n", StandardCharsets.UTF_8);

        CliRun.Result refused = run("members", "import-csv", csv.toString(), "--data", folder.toString());

        assertThat(refused.code()).isEqualTo(1);
        assertThat(refused.err()).contains("Dòng 3").contains("31/02/2015");
        assertThat(run("members", "list", "--data", folder.toString()).out()).isEmpty();

        Files.writeString(csv, Files.readString(csv).replace("31/02/2015", "28/02/2015"), StandardCharsets.UTF_8);
        CliRun.Result done = run("members", "import-csv", csv.toString(), "--data", folder.toString());
        assertThat(done.code()).as(done.err()).isZero();
        assertThat(run("members", "list", "--data", folder.toString()).out().lines()).hasSize(2);
    }

    @Test
    void helpAndErrorsAreInVietnamese() {
        CliRun.Result help = run("--help");
        assertThat(help.code()).isZero();
        assertThat(help.out()).contains("Cách dùng:").contains("Xuất toàn bộ dữ liệu").contains("export");

        CliRun.Result missing = run("export", "--data", temp.toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("Thiếu tham số: --out");

        assertThat(run("--version").out()).startsWith("Sổ Chi Bộ");

        CliRun.Result group = run("members");
        assertThat(group.code()).isEqualTo(2);
        assertThat(group.err()).contains("Hãy chọn một lệnh con: list, import-csv, dossier.");
    }

    @Test
    void onlyTheNamedSubcommandIsBuiltButUsageAndMistakesStillSeeThemAll() {
        assertThat(Cli.commandsFor(new String[] {"minutes", "pdf", "--data", "x"})).containsExactly(MinutesCommand.class);
        assertThat(Cli.commandsFor(new String[] {"--help"})).isEqualTo(Cli.COMMANDS);
        assertThat(Cli.commandsFor(new String[0])).isEqualTo(Cli.COMMANDS);
        assertThat(Cli.commandsFor(new String[] {"--version"})).isEmpty();
        assertThat(run("--version").out()).startsWith("Sổ Chi Bộ");

        // Every subcommand is still listed in the usage, in the same order as before.
        CliRun.Result usage = run();
        for (Class<?> command : Cli.COMMANDS) {
            assertThat(usage.out()).contains(command.getAnnotation(picocli.CommandLine.Command.class).name());
        }
        // A mistyped name is refused as before, naming what was not understood.
        CliRun.Result typo = run("minute", "pdf");
        assertThat(typo.code()).isEqualTo(2);
        assertThat(typo.err()).contains("minute");
        // A named subcommand still gets its Vietnamese descriptions (the resource bundle reaches it).
        CliRun.Result minutesHelp = run("minutes", "pdf", "--help");
        assertThat(minutesHelp.code()).isZero();
        assertThat(minutesHelp.out()).contains("Cách dùng:").contains("--meeting").contains("%APPDATA%\\SoChiBo");
    }

    @Test
    void verifyReportsNoChangeOnAFreshCell() {
        Path folder = temp.resolve("cell");
        run("demo", "--data", folder.toString());

        CliRun.Result result = run("verify", "--data", folder.toString());

        assertThat(result.code()).as(result.err()).isZero();
        assertThat(result.out()).contains("không phát hiện thay đổi");
    }

    private static String withoutExportTime(String json) {
        return json.replaceAll("\"exportedAt\" : \"[^\"]*\"", "");
    }
}

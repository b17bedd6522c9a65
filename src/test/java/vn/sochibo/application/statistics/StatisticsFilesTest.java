package vn.sochibo.application.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.application.common.CsvReader;
import vn.sochibo.application.common.Messages;
import vn.sochibo.domain.meeting.MeetingKind;

/** The CSV a table is exported to and the PNG a chart is saved as. */
class StatisticsFilesTest {
    @TempDir
    Path temp;

    private static final StatTable TABLE = new StatTable("attendanceMeetings", "stats.table.attendanceMeetings",
            StatTable.ChartKind.LINE, List.of("stats.col.date", "stats.col.kind", "stats.col.called",
                    "stats.col.attendanceRate"), 0, List.of(3),
            List.of(Arrays.asList(LocalDate.of(2026, 3, 3), MeetingKind.COMBINED, 24, 200.0 / 3),
                    Arrays.asList("Chi bộ \"Thôn Đông\"; họp ở nhà ông Hùng", MeetingKind.EXTRAORDINARY, 0, null)),
            Arrays.asList(StatisticsService.RowLabel.TOTAL, null, 24, 66.0));

    @Test
    void theCsvHasTheBomSemicolonsADecimalCommaAndVietnameseThatReadsBack() throws Exception {
        Path file = temp.resolve("thống kê.csv");
        new StatisticsCsv(new StatFormat(Messages.vietnamese())).write(TABLE, file);
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text.split("\r\n", -1)).containsExactly(
                "Ngày;Loại;Phải dự;Tỷ lệ dự họp (%)",
                "03/03/2026;Thường kỳ kết hợp chuyên đề;24;66,7",
                "\"Chi bộ \"\"Thôn Đông\"\"; họp ở nhà ông Hùng\";Bất thường;0;",
                "Tổng cộng;;24;66",
                "");
        // The app's own reader (as for Excel files) gets the same cells back, Vietnamese intact.
        List<List<String>> rows = CsvReader.read(new java.io.StringReader(new String(bytes, StandardCharsets.UTF_8)))
                .stream().map(CsvReader.Record::fields).toList();
        assertThat(rows.get(2).get(0)).isEqualTo("Chi bộ \"Thôn Đông\"; họp ở nhà ông Hùng");
        assertThat(rows.get(1)).containsExactly("03/03/2026", "Thường kỳ kết hợp chuyên đề", "24", "66,7");
        assertThat(StatisticsCsv.fileName(TABLE, StatsPeriod.ofYear(2026)))
                .isEqualTo("thong-ke-attendanceMeetings-2026.csv");
    }

    @Test
    void thePngIsAValidImageOfTheRightSizeAndPixels() throws Exception {
        int width = 37;
        int height = 23;
        int[] argb = new int[width * height];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                argb[y * width + x] = 0xFF000000 | (x * 6) << 16 | (y * 11) << 8 | 0x80;
            }
        }
        argb[5] = 0x40123456;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngEncoder.write(argb, width, height, out);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                assertThat(image.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(argb[y * width + x]);
            }
        }
    }
}

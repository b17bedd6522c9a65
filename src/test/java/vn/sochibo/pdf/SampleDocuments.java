package vn.sochibo.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import vn.sochibo.application.document.Block;
import vn.sochibo.application.document.Header;
import vn.sochibo.application.document.PartyDocument;
import vn.sochibo.application.document.Run;
import vn.sochibo.application.document.Signature;
import vn.sochibo.application.document.SignatureBlocks;
import vn.sochibo.application.document.VietnameseDates;

/**
 * Realistic sample documents for the tests and for looking at the pages. {@link #main} writes them as PDFs; after
 * {@code mvn -Dsochibo.buildDir=target-pdf test-compile}, run it from the IDE or with
 * {@code java -cp target-pdf/classes:target-pdf/test-classes:<test class path> vn.sochibo.pdf.SampleDocuments DIR},
 * then {@code pdftoppm -png -r 80 DIR/minutes.pdf DIR/minutes} to look at the pages.
 */
public final class SampleDocuments {
    static final String UPPER = "Đảng bộ xã Hải Phong";
    static final String CELL = "Chi bộ Thôn Tân Hòa";

    private SampleDocuments() {
    }

    /** The minutes of a monthly regular meeting, about two pages. */
    public static PartyDocument minutes() {
        LocalDate day = LocalDate.of(2026, 11, 3);
        return PartyDocument.builder(Header.withoutDate(UPPER, CELL, "Số 05-BB/CB"), "Biên bản")
                .summary("sinh hoạt chi bộ thường kỳ tháng 11 năm 2026")
                .paragraph("Thời gian: Vào lúc " + VietnameseDates.time(LocalTime.of(14, 0)) + ", "
                        + VietnameseDates.date(day) + ".")
                .paragraph("Địa điểm: Nhà văn hóa thôn Tân Hòa, xã Hải Phong, tỉnh Quảng Trị.")
                .add(Block.Paragraph.labelled("Thành phần:",
                        "Tổng số đảng viên của chi bộ: 24 đồng chí (chính thức: 22 đồng chí, dự bị: 2 đồng chí); "
                                + "miễn công tác và sinh hoạt đảng: 2 đồng chí; sinh hoạt tạm thời nơi khác: 0."))
                .dash("Có mặt: 21 đồng chí (chính thức: 20 đồng chí, dự bị: 1 đồng chí), gồm các đồng chí: "
                        + "Nguyễn Văn An, Lê Văn Bình, Trần Thị Cúc, Phạm Văn Dũng, Hoàng Thị Đào, Võ Văn Em, "
                        + "Đặng Thị Giang, Bùi Văn Hải, Đỗ Thị Hạnh, Hồ Văn Khánh, Ngô Thị Lan, Dương Văn Long, "
                        + "Lý Thị Mai, Phan Văn Minh, Trương Thị Ngọc, Lê Thị Hoa, Nguyễn Văn Phúc, "
                        + "Trần Văn Quang, Huỳnh Thị Sương, Mai Văn Tâm, Cao Thị Uyên.")
                .dash("Vắng mặt có lý do: 3 đồng chí: Trần Văn Cử, Lê Thị Dung (miễn công tác và sinh hoạt đảng, "
                        + "tuổi cao); Hồ Văn Nam (đảng viên dự bị, đi làm ăn xa, đã báo cáo chi ủy).")
                .dash("Vắng mặt không có lý do: không.")
                .dash("Khách mời: đồng chí Nguyễn Thị Thu, Đảng ủy viên, phụ trách địa bàn thôn Tân Hòa.")
                .add(Block.Paragraph.labelled("Chủ trì:", "đồng chí Nguyễn Văn An, Bí thư chi bộ."))
                .add(Block.Paragraph.labelled("Thư ký:", "đồng chí Lê Thị Hoa, chi ủy viên."))
                .heading("I. NỘI DUNG SINH HOẠT")
                .add(Block.Paragraph.of(Run.bold("1. Thông tin thời sự, chủ trương mới của cấp trên. "),
                        Run.plain("Đồng chí Nguyễn Văn An thông tin tình hình kinh tế - xã hội của xã trong tháng 10 "
                                + "năm 2026; quán triệt Kế hoạch của Đảng ủy xã về tổ chức sinh hoạt chi bộ "
                                + "chuyên đề quý IV và việc đăng ký làm theo tư tưởng, đạo đức, phong cách "
                                + "Hồ Chí Minh năm 2027.")))
                .add(Block.Paragraph.of(Run.bold("2. Đánh giá kết quả thực hiện nghị quyết tháng 10. "),
                        Run.plain("Chi bộ đã lãnh đạo hoàn thành thu hoạch lúa vụ hè thu, năng suất bình quân "
                                + "đạt 58 tạ/ha; vận động 100% hộ gia đình tham gia bảo hiểm y tế; hoàn thành "
                                + "đường bê tông liên xóm dài 320 m. Còn một nhiệm vụ chưa hoàn thành: sửa chữa "
                                + "kênh mương nội đồng, do thời tiết mưa nhiều, chuyển sang tháng 11.")))
                .add(Block.Paragraph.of(Run.bold("3. Thảo luận. "),
                        Run.plain("Các đồng chí phát biểu ý kiến:")))
                .dash(Run.bold("Đồng chí Lê Văn Bình: "),
                        Run.plain("đề nghị chi bộ sớm chỉ đạo sửa chữa kênh mương trước vụ đông xuân, huy động "
                                + "đoàn viên thanh niên tham gia ngày công."))
                .dash(Run.bold("Đồng chí Trần Thị Cúc: "),
                        Run.plain("đề nghị Chi hội Phụ nữ phối hợp vận động các hộ còn nợ quỹ khuyến học; "
                                + "thống nhất với dự thảo nghị quyết."))
                .dash(Run.bold("Đồng chí Phạm Văn Dũng: "),
                        Run.plain("góp ý bổ sung nhiệm vụ phòng, chống dịch bệnh trên đàn gia súc, gia cầm "
                                + "trong mùa mưa lũ."))
                .dash(Run.bold("Đồng chí Nguyễn Thị Thu (khách mời): "),
                        Run.plain("ghi nhận kết quả của chi bộ; đề nghị chi bộ quan tâm công tác phát triển "
                                + "đảng viên trong đoàn viên thanh niên."))
                .add(Block.Paragraph.of(Run.bold("4. Kết luận của đồng chí chủ trì. "),
                        Run.plain("Đồng chí Nguyễn Văn An tiếp thu các ý kiến, kết luận các nhiệm vụ trọng tâm "
                                + "tháng 11 năm 2026 và phân công đồng chí Lê Văn Bình chủ trì sửa chữa kênh mương, "
                                + "hoàn thành trước ngày 30 tháng 11 năm 2026.")))
                .heading("II. BIỂU QUYẾT")
                .add(Block.Paragraph.labelled("Biểu quyết:",
                        "18/20 đồng chí tán thành, đạt 90%; 1 không tán thành; 1 ý kiến khác."))
                .add(Block.Paragraph.labelled("Chi bộ tự đánh giá chất lượng buổi sinh hoạt:",
                        "92 điểm, xếp loại Tốt."))
                .paragraph("Cuộc họp kết thúc vào lúc " + VietnameseDates.time(LocalTime.of(16, 10))
                        + " cùng ngày. Biên bản đã được thông qua trước chi bộ, các đồng chí dự họp nhất trí.")
                .signatures(new SignatureBlocks(
                        Signature.of("Lê Thị Hoa", "NGƯỜI GHI BIÊN BẢN"),
                        Signature.of("Nguyễn Văn An", "CHỦ TRÌ")))
                .build();
    }

    /** A short resolution with a task table, signed "T/M CHI BỘ / BÍ THƯ", with "Nơi nhận". */
    public static PartyDocument resolution() {
        LocalDate day = LocalDate.of(2026, 11, 3);
        return PartyDocument.builder(new Header(UPPER, CELL, "Số 05-NQ/CB",
                        VietnameseDates.placeAndDate("Hải Phong", day)), "Nghị quyết")
                .summary("sinh hoạt chi bộ thường kỳ tháng 11 năm 2026")
                .paragraph("Căn cứ kết quả sinh hoạt chi bộ thường kỳ tháng 11 năm 2026, chi bộ quyết nghị:")
                .heading("I. KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT THÁNG TRƯỚC")
                .add(new Block.Table(List.of("TT", "Nhiệm vụ", "Tình trạng", "Kết quả"),
                        List.of(List.of("1", "Thu hoạch lúa vụ hè thu", "Hoàn thành", "Năng suất 58 tạ/ha"),
                                List.of("2", "Vận động tham gia bảo hiểm y tế", "Hoàn thành", "100% hộ gia đình"),
                                List.of("3", "Sửa chữa kênh mương nội đồng", "Chưa hoàn thành",
                                        "Chuyển sang tháng 11 do mưa nhiều")),
                        List.of(0.6, 3.0, 1.6, 2.8))
                        .withAlignments(Block.Alignment.CENTER, Block.Alignment.LEFT, Block.Alignment.CENTER,
                                Block.Alignment.LEFT))
                .heading("II. NHIỆM VỤ THÁNG 12 NĂM 2026")
                .dash("Hoàn thành sửa chữa kênh mương nội đồng trước vụ đông xuân.")
                .dash("Chuẩn bị kiểm điểm, đánh giá, xếp loại chất lượng đảng viên năm 2026.")
                .heading("III. PHÂN CÔNG THỰC HIỆN")
                .add(Block.Paragraph.labelled("Đồng chí Lê Văn Bình:",
                        "chủ trì sửa chữa kênh mương; thời hạn ngày 30 tháng 11 năm 2026."))
                .heading("IV. CHẤT LƯỢNG SINH HOẠT")
                .paragraph("Chi bộ tự đánh giá buổi sinh hoạt đạt 92 điểm, xếp loại Tốt.")
                .signatures(SignatureBlocks.rightOnly(Signature.of("Nguyễn Văn An", "T/M CHI BỘ", "BÍ THƯ")))
                .recipients("Đảng ủy xã Hải Phong,", "Đảng viên trong chi bộ,", "Lưu chi bộ.")
                .build();
    }

    /** Minutes with {@code paragraphs} numbered body paragraphs, for page breaking. */
    public static PartyDocument longDocument(int paragraphs, boolean draft) {
        PartyDocument.Builder b = PartyDocument.builder(Header.withoutDate(UPPER, CELL, "Số 07-BB/CB"), "Biên bản")
                .summary("sinh hoạt chi bộ chuyên đề quý IV năm 2026")
                .draft(draft);
        for (int i = 1; i <= paragraphs; i++) {
            if (i % 15 == 1) {
                b.heading("PHẦN " + (i / 15 + 1) + ". Ý KIẾN THẢO LUẬN");
            }
            b.paragraph("Đoạn " + i + ". Đồng chí Nguyễn Văn Phúc phát biểu: chi bộ cần tiếp tục quán triệt, "
                    + "thực hiện nghiêm các nghị quyết của cấp trên, nâng cao chất lượng sinh hoạt, tăng cường "
                    + "tự phê bình và phê bình, giữ gìn đoàn kết nội bộ và gắn bó mật thiết với nhân dân.");
        }
        return b.signatures(new SignatureBlocks(Signature.of("Lê Thị Hoa", "NGƯỜI GHI BIÊN BẢN"),
                        Signature.of("Nguyễn Văn An", "CHỦ TRÌ")))
                .build();
    }

    /** Writes the samples as PDFs into the folder given as the first argument (default target-pdf/samples). */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "target-pdf/samples");
        Files.createDirectories(dir);
        PartyPdfRenderer renderer = new PartyPdfRenderer();
        write(renderer, minutes(), dir.resolve("minutes.pdf"));
        write(renderer, resolution(), dir.resolve("resolution.pdf"));
        write(renderer, longDocument(60, true), dir.resolve("long-draft.pdf"));
    }

    static void write(PartyPdfRenderer renderer, PartyDocument doc, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            renderer.render(doc, out);
        }
    }
}

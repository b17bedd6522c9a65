package vn.sochibo.application.document;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A Party document (minutes, resolution, report …) as content, independent of any output format. The renderer
 * gives it the Party layout: header, title, body, signatures, recipients.
 *
 * <pre>{@code
 * PartyDocument doc = PartyDocument.builder(
 *                 Header.withoutDate("Đảng bộ xã Hải Phong", "Chi bộ Thôn Tân Hòa", "Số 05-BB/CB"), "Biên bản")
 *         .summary("sinh hoạt chi bộ thường kỳ tháng 11 năm 2026")
 *         .paragraph("Vào lúc 14 giờ 00 phút, ngày 03 tháng 11 năm 2026, …")
 *         .add(Block.Paragraph.labelled("Biểu quyết:", "18/20 đồng chí tán thành, đạt 90%; …"))
 *         .signatures(new SignatureBlocks(Signature.of("Lê Thị Hoa", "NGƯỜI GHI BIÊN BẢN"),
 *                                         Signature.of("Nguyễn Văn An", "CHỦ TRÌ")))
 *         .build();
 * }</pre>
 *
 * @param header      the two-column header
 * @param title       the document type, e.g. "Biên bản" (printed in bold capitals)
 * @param summaryLine the summary under the title, e.g. "sinh hoạt chi bộ thường kỳ tháng 11 năm 2026"; may be null
 * @param body        the blocks in reading order
 * @param signatures  the signature places (may be {@link SignatureBlocks#NONE})
 * @param recipients  the "Nơi nhận" lines without their dash, e.g. "Đảng ủy xã Hải Phong,", "Lưu chi bộ."; empty
 *                    for none
 * @param draft       true prints a "BẢN NHÁP" watermark on every page
 * @param footerNote  a short note printed small at the foot of every page (e.g. a record's hash); may be null
 */
public record PartyDocument(Header header, String title, String summaryLine, List<Block> body,
                            SignatureBlocks signatures, List<String> recipients, boolean draft, String footerNote) {
    public PartyDocument {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(title, "title");
        body = List.copyOf(body);
        signatures = Objects.requireNonNullElse(signatures, SignatureBlocks.NONE);
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }

    public static Builder builder(Header header, String title) {
        return new Builder(header, title);
    }

    /** Collects a document piece by piece; {@link #build()} may be called more than once. */
    public static final class Builder {
        private final Header header;
        private final String title;
        private String summaryLine;
        private final List<Block> body = new ArrayList<>();
        private SignatureBlocks signatures = SignatureBlocks.NONE;
        private final List<String> recipients = new ArrayList<>();
        private boolean draft;
        private String footerNote;

        private Builder(Header header, String title) {
            this.header = Objects.requireNonNull(header, "header");
            this.title = Objects.requireNonNull(title, "title");
        }

        public Builder summary(String summary) {
            this.summaryLine = summary;
            return this;
        }

        public Builder add(Block block) {
            body.add(Objects.requireNonNull(block, "block"));
            return this;
        }

        public Builder addAll(List<? extends Block> blocks) {
            blocks.forEach(this::add);
            return this;
        }

        public Builder paragraph(String text) {
            return add(Block.Paragraph.of(text));
        }

        public Builder heading(String text) {
            return add(new Block.Heading(text));
        }

        public Builder dash(String text) {
            return add(Block.ListItem.dash(text));
        }

        public Builder dash(Run... runs) {
            return add(Block.ListItem.dash(runs));
        }

        public Builder signatures(SignatureBlocks signatureBlocks) {
            this.signatures = Objects.requireNonNull(signatureBlocks, "signatureBlocks");
            return this;
        }

        public Builder recipients(String... lines) {
            recipients.addAll(Arrays.asList(lines));
            return this;
        }

        public Builder recipients(List<String> lines) {
            recipients.addAll(lines);
            return this;
        }

        public Builder draft(boolean isDraft) {
            this.draft = isDraft;
            return this;
        }

        public Builder footerNote(String note) {
            this.footerNote = note;
            return this;
        }

        public PartyDocument build() {
            return new PartyDocument(header, title, summaryLine, body, signatures, recipients, draft, footerNote);
        }
    }
}

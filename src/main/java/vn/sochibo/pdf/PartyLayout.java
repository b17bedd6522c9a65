package vn.sochibo.pdf;

/**
 * The measures of the Party document layout (domain handbook §4), in PDF points (1 pt = 1/72 inch). One place
 * to change them.
 */
final class PartyLayout {
    private PartyLayout() {
    }

    static float mm(double millimetres) {
        return (float) (millimetres * 72.0 / 25.4);
    }

    static final float MARGIN_TOP = mm(20);
    static final float MARGIN_BOTTOM = mm(20);
    static final float MARGIN_LEFT = mm(30);
    static final float MARGIN_RIGHT = mm(15);

    /** Header: left column (issuing organisation) and right column (national heading) as percentages. */
    static final float[] HEADER_COLUMNS = {45f, 55f};

    static final float BODY_SIZE = 14f;
    /** Exact line spacing of the body: 14 pt text on 20 pt lines (about 1.4). */
    static final float BODY_LEADING = 20f;
    static final float PARAGRAPH_AFTER = 6f;
    static final float FIRST_LINE_INDENT = mm(10);

    static final float HEADER_SIZE = 14f;
    static final float HEADER_LEADING = 18f;
    static final float NUMBER_SIZE = 13f;
    static final float NATIONAL_SIZE = 15f;
    static final float RULE_WIDTH = 0.75f;

    static final float TITLE_SIZE = 16f;
    static final float SUMMARY_SIZE = 14f;

    static final float TABLE_SIZE = 13f;
    static final float TABLE_LEADING = 17f;
    static final float TABLE_PADDING = 3f;
    static final float TABLE_RULE = 0.5f;

    /** A record book's cover: the book's title and how far it stands below the header. */
    static final float COVER_TITLE_SIZE = 24f;
    static final float COVER_TITLE_FROM_HEADER = mm(70);
    /** A record book's table of contents: number, document, date, page (relative widths). */
    static final float[] TOC_COLUMNS = {1.1f, 7.2f, 2.2f, 1.3f};

    /** Room for the ink signature between the signer's title and name. */
    static final float SIGNATURE_SPACE = 60f;

    static final float RECIPIENTS_LABEL_SIZE = 12f;
    static final float RECIPIENTS_SIZE = 11f;
    static final float RECIPIENTS_LEADING = 13.5f;

    static final float PAGE_NUMBER_SIZE = 13f;
    /** Distance from the top edge of the page to the top of the page number, inside the top margin. */
    static final float PAGE_NUMBER_FROM_TOP = mm(10);

    static final float FOOTER_SIZE = 9f;
    static final float FOOTER_FROM_BOTTOM = mm(9);
    static final float FOOTER_GREY = 0.45f;

    static final float WATERMARK_SIZE = 96f;
    static final float WATERMARK_GREY = 0.86f;

    /** Fixed words of the Party layout (not translatable UI text). */
    static final String NATIONAL_HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM";
    static final String RECIPIENTS_LABEL = "Nơi nhận:";
    static final String DRAFT_WATERMARK = "BẢN NHÁP";
    static final String STAR = "*";
    static final String SUMMARY_SEPARATOR = "-----";
}

package vn.sochibo.application.document;

import java.util.Objects;

/**
 * The two-column Party header.
 *
 * @param upperOrganisation the parent organisation, e.g. "Đảng bộ xã Hải Phong" (printed in capitals)
 * @param cellName          the issuing cell, e.g. "Chi bộ Thôn Tân Hòa" (printed in bold capitals)
 * @param documentNumber    e.g. "Số 05-BB/CB", printed as given
 * @param placeAndDateLine  e.g. "Quảng Trị, ngày 03 tháng 02 năm 2026" (see {@link VietnameseDates}); null for
 *                          minutes, whose date is in the text
 */
public record Header(String upperOrganisation, String cellName, String documentNumber, String placeAndDateLine) {
    public Header {
        Objects.requireNonNull(upperOrganisation, "upperOrganisation");
        Objects.requireNonNull(cellName, "cellName");
        Objects.requireNonNull(documentNumber, "documentNumber");
    }

    /** A header without a place-and-date line, as minutes carry. */
    public static Header withoutDate(String upperOrganisation, String cellName, String documentNumber) {
        return new Header(upperOrganisation, cellName, documentNumber, null);
    }
}

package vn.sochibo.application.exchange;

import java.io.InputStream;
import java.io.OutputStream;

/** Export and import of the whole data set in the JSON exchange format (docs/data-format.md). */
public class ExchangeService {
    public void exportTo(OutputStream out) {
        throw new UnsupportedOperationException("in progress");
    }

    public ImportSummary importFrom(InputStream in) {
        throw new UnsupportedOperationException("in progress");
    }

    public record ImportSummary(int members, int statusEvents) {
    }
}

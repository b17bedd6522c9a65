package vn.sochibo.ui.common;

import java.net.URL;

/** Our own stylesheet on top of the AtlantaFX theme, and its style class names. */
public final class AppStyles {
    public static final String FIELD_ERROR = "field-error";
    public static final String FORM_ERROR = "form-error";
    public static final String PAGE_TITLE = "page-title";
    public static final String MUTED = "muted";

    private AppStyles() {
    }

    public static String stylesheet() {
        URL url = AppStyles.class.getResource("/vn/sochibo/ui/sochibo.css");
        if (url == null) {
            throw new IllegalStateException("sochibo.css is missing from the build");
        }
        return url.toExternalForm();
    }
}

package vn.sochibo.ui.common;

import java.util.ResourceBundle;
import vn.sochibo.application.common.Messages;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.MemberStatus;
import vn.sochibo.domain.member.StatusEventType;

/**
 * Every word on screen: screen labels from the bundle {@code i18n/ui}, domain words and error messages
 * from {@link Messages}. Dates in arguments are shown as dd/MM/yyyy.
 */
public final class UiText {
    public static final String BUNDLE = "i18n.ui";

    private final Messages screen;
    private final Messages messages;

    public UiText(ResourceBundle bundle, Messages messages) {
        this.screen = new Messages(bundle, Messages.VIETNAMESE);
        this.messages = messages;
    }

    /** The Vietnamese texts. No fallback to the system locale: an English Windows still shows Vietnamese. */
    public static UiText vietnamese() {
        ResourceBundle ui = ResourceBundle.getBundle(BUNDLE, Messages.VIETNAMESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new UiText(ui, Messages.vietnamese());
    }

    /** The screen text for a key of {@code i18n/ui}; a missing key shows as !key! instead of failing. */
    public String text(String key) {
        return screen.get(key);
    }

    /** A screen text with its arguments filled in; dates show as dd/MM/yyyy. */
    public String format(String key, Object... args) {
        return screen.format(key, args);
    }

    /** A screen text without its mnemonic marker: "_Thêm" becomes "Thêm" (for tooltips and titles). */
    public String plain(String key) {
        return text(key).replace("_", "");
    }

    public String status(MemberStatus status) {
        return messages.get("member.status." + status.name());
    }

    public String gender(Gender gender) {
        return gender == null ? "" : messages.get("member.gender." + gender.name());
    }

    public String eventType(StatusEventType type) {
        return messages.get("member.event." + type.name());
    }

    public String admittedEvent() {
        return messages.get("member.event.ADMITTED");
    }

    public String recognisedOfficialEvent() {
        return messages.get("member.event.RECOGNISED_OFFICIAL");
    }

    /** The name of a kind of search hit, as the results' headings show it ("Ý kiến phát biểu"). */
    public String searchKind(vn.sochibo.application.search.SearchKind kind) {
        return messages.get("search.kind." + kind.name());
    }

    public String appName() {
        return messages.get("app.name");
    }

    public String describe(Problem problem) {
        return messages.describe(problem);
    }

    /** Any failure in words the user understands (the detail goes to the log, not the screen). */
    public String describe(Throwable failure) {
        return messages.describe(failure);
    }
}

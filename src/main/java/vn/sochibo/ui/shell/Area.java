package vn.sochibo.ui.shell;

/** The areas of the main window, in the order of the navigation (Ctrl+1 … Ctrl+7). */
public enum Area {
    MEMBERS("nav.members", "placeholder.members"),
    MEETINGS("nav.meetings", "placeholder.meetings"),
    REVIEWS("nav.reviews", "placeholder.reviews"),
    PLEDGES("nav.pledges", "placeholder.pledges"),
    PRINTING("nav.printing", "placeholder.printing"),
    STATISTICS("nav.statistics", "placeholder.statistics"),
    SETTINGS("nav.settings", "placeholder.settings");

    private final String labelKey;
    private final String plannedKey;

    Area(String labelKey, String plannedKey) {
        this.labelKey = labelKey;
        this.plannedKey = plannedKey;
    }

    /** The navigation label (ui bundle key). */
    public String labelKey() {
        return labelKey;
    }

    /** One line on what the area will do, shown while it is not built yet (ui bundle key). */
    public String plannedKey() {
        return plannedKey;
    }

    /** 1 for the first area: the digit of its Ctrl shortcut. */
    public int shortcutDigit() {
        return ordinal() + 1;
    }
}

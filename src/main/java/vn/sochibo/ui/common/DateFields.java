package vn.sochibo.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import javafx.beans.property.StringProperty;
import javafx.scene.control.DatePicker;
import javafx.util.StringConverter;

/**
 * DatePickers that show and accept dd/MM/yyyy. The view model keeps the date as typed text (so it can tell
 * "not a date" from "no date", and so Ctrl+S takes what is typed even before the field loses focus); the
 * picker's calendar writes into the same text.
 */
public final class DateFields {
    private DateFields() {
    }

    public static DatePicker create(String id, StringProperty text, String prompt) {
        DatePicker picker = new DatePicker();
        picker.setId(id);
        picker.setEditable(true);
        picker.setShowWeekNumbers(false);
        picker.setPromptText(prompt);
        picker.setMaxWidth(Double.MAX_VALUE);
        picker.setConverter(new Converter(picker));
        picker.setValue(parseOrNull(text.get()));
        picker.getEditor().textProperty().bindBidirectional(text);
        // Keep the calendar on the date typed or loaded, without reformatting while the user types.
        text.addListener((obs, old, typed) -> {
            if (!picker.getEditor().isFocused()) {
                LocalDate date = parseOrNull(typed);
                if (date != null && !Objects.equals(date, picker.getValue())) {
                    picker.setValue(date);
                }
            }
        });
        return picker;
    }

    private static LocalDate parseOrNull(String text) {
        try {
            return DateText.parse(text);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Never throws (a throwing converter escapes as an uncaught exception when the field loses focus) and
     * never wipes what the user typed: text that is not a date stays in the field, so the form can point at
     * it when saving.
     */
    private static final class Converter extends StringConverter<LocalDate> {
        private final DatePicker picker;

        Converter(DatePicker picker) {
            this.picker = picker;
        }

        @Override
        public String toString(LocalDate date) {
            if (date == null) {
                String typed = picker.getEditor().getText();
                return typed != null && !DateText.isValid(typed) ? typed : "";
            }
            return DateText.format(date);
        }

        /** Text that is not a date leaves the picker's date as it was (the form reports the text). */
        @Override
        public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            LocalDate date = parseOrNull(text);
            return date != null ? date : picker.getValue();
        }
    }
}

package vn.sochibo.application.common;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import vn.sochibo.domain.common.Problem;
import vn.sochibo.domain.common.ValidationException;

/** Every word the user sees comes from the bundle {@code i18n/messages} (Vietnamese is the default). */
public final class Messages {
    public static final String BUNDLE = "i18n.messages";
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ResourceBundle bundle;
    private final Locale locale;

    public Messages(Locale locale) {
        this(ResourceBundle.getBundle(BUNDLE, locale, ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES)), locale);
    }

    /** Messages from another bundle (the screen labels), with the same lookup and formatting rules. */
    public Messages(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Messages vietnamese() {
        return new Messages(VIETNAMESE);
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
    }

    public String format(String key, Object... args) {
        Object[] shown = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            shown[i] = args[i] instanceof LocalDate d ? DATE.format(d) : args[i];
        }
        return new MessageFormat(get(key), locale).format(shown);
    }

    public String describe(Problem problem) {
        return format(problem.messageKey(), problem.args().toArray());
    }

    /** "Dòng 5, Ngày sinh: …" for a problem found in an imported file. */
    public String describe(LocatedProblem located) {
        Problem problem = located.problem();
        String fieldKey = "field." + problem.field();
        String text = describe(problem);
        if (bundle.containsKey(fieldKey)) {
            return format("problem.atLineField", located.line(), get(fieldKey), text);
        }
        if (problem.field() != null && (problem.field().contains(".") || problem.field().contains("["))) {
            return format("problem.atLinePath", located.line(), problem.field(), text);
        }
        return format("problem.atLine", located.line(), text);
    }

    public String describe(ValidationException e) {
        return e.problems().stream().map(this::describe).collect(Collectors.joining("\n"));
    }

    /** A message for any failure: our own exceptions in words, anything else as a generic message. */
    public String describe(Throwable failure) {
        if (failure instanceof ValidationException v) {
            return describe(v);
        }
        if (failure instanceof FileRejectedException f) {
            return f.problems().stream().map(this::describe).collect(Collectors.joining("\n"));
        }
        if (failure instanceof StoreException s) {
            return format(s.messageKey(), s.args());
        }
        return format("error.unexpected", String.valueOf(failure.getMessage()));
    }

    public static String formatDate(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}

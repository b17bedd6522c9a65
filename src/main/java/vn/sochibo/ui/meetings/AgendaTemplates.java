package vn.sochibo.ui.meetings;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.sochibo.domain.common.Text;
import vn.sochibo.domain.meeting.MeetingKind;
import vn.sochibo.ui.common.UiText;

/**
 * The agenda a new meeting starts with: the secretary's own template for its kind (Cài đặt → Sinh hoạt) or the
 * built-in one of domain.md §3. In a template the word {@code [chuyên đề]} stands for the meeting's topic.
 */
public final class AgendaTemplates {
    private AgendaTemplates() {
    }

    /** The placeholder for the topic as the secretary types it in a template: "[chuyên đề]". */
    public static String topicToken(UiText text) {
        return text.text("template.topicToken");
    }

    /** The built-in agenda of a kind, with the topic placeholder where a thematic meeting names its topic. */
    public static List<String> builtIn(UiText text, MeetingKind kind) {
        List<String> titles = new ArrayList<>();
        titles.add(text.text("template.opening"));
        if (kind == MeetingKind.REGULAR || kind == MeetingKind.COMBINED) {
            titles.add(text.text("template.news"));
            titles.add(text.text("template.lastMonth"));
            titles.add(text.text("template.nextMonth"));
        }
        if (kind.hasTopic()) {
            titles.add(text.format("template.topic", topicToken(text)));
        }
        if (kind == MeetingKind.EXTRAORDINARY) {
            titles.add(text.text("template.business"));
        }
        titles.add(text.text("template.discussion"));
        titles.add(text.text("template.conclusion"));
        return titles;
    }

    /** The part titles of a new meeting: its template (own or built-in) with the topic filled in. */
    static List<String> titlesFor(UiText text, MeetingKind kind, Optional<List<String>> own, String topic) {
        String filled = topic == null ? "" : topic.strip();
        return own.orElseGet(() -> builtIn(text, kind)).stream()
                .map(t -> Text.clean(t.replace(topicToken(text), filled)))
                .filter(t -> t != null && !t.isEmpty())
                .toList();
    }
}

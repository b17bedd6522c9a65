package vn.sochibo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;
import vn.sochibo.app.Services;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.application.search.SearchKind;
import vn.sochibo.application.search.SearchRef;
import vn.sochibo.ui.meetings.MeetingsViewModel;
import vn.sochibo.ui.search.SearchResultsView;
import vn.sochibo.ui.search.SearchViewModel;

/**
 * On the demo cell: Ctrl+F, type "dang phi" without marks, see the results grouped by kind with "đảng phí"
 * highlighted, Esc goes back; search again and open a meeting hit with the keyboard, which shows that meeting.
 */
class SearchFlowTest extends HeadlessAppTest {
    private void shortcut(KeyCode modifier, KeyCode key) {
        press(modifier, key).release(key, modifier);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private ListView<SearchViewModel.Row> results() {
        return lookup("#searchResultList").query();
    }

    private boolean resultsShown() {
        return lookup("#searchResultList").tryQuery().map(Node::isVisible).orElse(false)
                && lookup("#searchResults").tryQuery().map(n -> n.getScene() != null).orElse(false);
    }

    @Test
    void searchFromTheKeyboardAndOpenAMeeting() throws Exception {
        try (AppServices services = Services.open(folder)) {
            services.demo().create();
        }
        startApp();
        await("the roster is shown", 20, () -> lookup("#memberTable").tryQuery().isPresent());

        shortcut(KeyCode.CONTROL, KeyCode.F);
        TextField field = lookup("#globalSearch").query();
        assertThat(field.isFocused()).as("Ctrl+F focuses the search field").isTrue();
        write("dang phi");
        await("the results are shown", 20, () -> resultsShown() && !results().getItems().isEmpty());
        List<SearchViewModel.Row> rows = results().getItems();
        assertThat(rows.get(0).isHeading()).isTrue();
        assertThat(rows.stream().filter(SearchViewModel.Row::isHeading).map(SearchViewModel.Row::kind))
                .contains(SearchKind.MEETING, SearchKind.CONTRIBUTION, SearchKind.TASK);
        assertThat(rows.stream().filter(SearchViewModel.Row::isHeading).map(SearchViewModel.Row::heading))
                .anyMatch(h -> h.startsWith("Ý kiến phát biểu ("));
        assertThat(lookup("#searchMessage").queryLabeled().getText()).startsWith("Tìm thấy ")
                .contains("“dang phi”");
        // The matching words are highlighted on the original text, with their marks.
        await("highlighted words are drawn", () -> !highlighted().isEmpty());
        assertThat(highlighted()).contains("đảng", "phí");

        type(KeyCode.ESCAPE);
        await("Esc clears the search and brings the roster back", () -> !resultsShown()
                && lookup("#memberTable").tryQuery().map(n -> n.getScene() != null).orElse(false));
        assertThat(field.getText()).isEmpty();

        shortcut(KeyCode.CONTROL, KeyCode.F);
        write("dang phi");
        type(KeyCode.ENTER);
        await("the results are shown again", 20, () -> resultsShown() && !results().getItems().isEmpty());
        type(KeyCode.DOWN);
        await("Down selects the first hit", () -> results().getSelectionModel().getSelectedItem() != null
                && results().isFocused());
        // Move down to the first meeting hit; headings are skipped.
        int firstMeeting = -1;
        for (int i = 0; i < results().getItems().size(); i++) {
            SearchViewModel.Row row = results().getItems().get(i);
            if (!row.isHeading() && row.kind() == SearchKind.MEETING) {
                firstMeeting = i;
                break;
            }
        }
        assertThat(firstMeeting).isPositive();
        while (results().getSelectionModel().getSelectedIndex() < firstMeeting) {
            type(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(results().getSelectionModel().getSelectedItem().isHeading()).isFalse();
        }
        SearchRef ref = results().getSelectionModel().getSelectedItem().hit().ref();
        type(KeyCode.ENTER);
        await("the meeting is open in the Meetings area", 20, () -> lookup("#meetingList").tryQuery()
                .map(n -> n.getScene() != null).orElse(false) && selectedMeeting() != null
                && selectedMeeting().id().equals(ref.ownerId()) && lookup("#meetingTitle").tryQuery().isPresent());
        assertThat(resultsShown()).isFalse();
        assertThat(field.getText()).isEqualTo("dang phi");

        // Back to the results with Ctrl+F and Enter; a task opens its meeting on the tasks' tab.
        shortcut(KeyCode.CONTROL, KeyCode.F);
        type(KeyCode.ENTER);
        await("the results are shown once more", 20, () -> resultsShown() && !results().getItems().isEmpty());
        int firstTask = -1;
        for (int i = 0; i < results().getItems().size(); i++) {
            if (!results().getItems().get(i).isHeading() && results().getItems().get(i).kind() == SearchKind.TASK) {
                firstTask = i;
                break;
            }
        }
        int task = firstTask;
        assertThat(task).isPositive();
        SearchRef taskRef = results().getItems().get(task).hit().ref();
        interact(() -> {
            results().getSelectionModel().select(task);
            results().requestFocus();
        });
        type(KeyCode.ENTER);
        await("the task's meeting is open on its tasks", 20, () -> selectedMeeting() != null
                && selectedMeeting().id().equals(taskRef.ownerId())
                && "tabTasks".equals(selectedTab()));
    }

    private String selectedTab() {
        javafx.scene.control.TabPane tabs = lookup("#meetingTabs").query();
        return tabs.getSelectionModel().getSelectedItem().getId();
    }

    private MeetingsViewModel.Row selectedMeeting() {
        ListView<MeetingsViewModel.Row> list = lookup("#meetingList").query();
        return list.getSelectionModel().getSelectedItem();
    }

    private List<String> highlighted() {
        return lookup("." + SearchResultsView.MARK).queryAll().stream().map(n -> ((Text) n).getText())
                .filter(s -> !s.isEmpty()).toList();
    }
}

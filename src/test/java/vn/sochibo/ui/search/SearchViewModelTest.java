package vn.sochibo.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.sochibo.application.common.TaskRunner;
import vn.sochibo.application.search.SearchKind;
import vn.sochibo.application.search.SearchRef;
import vn.sochibo.domain.member.Gender;
import vn.sochibo.domain.member.Member;
import vn.sochibo.ui.UiFixture;
import vn.sochibo.ui.meetings.Debouncer;

class SearchViewModelTest {
    @TempDir
    Path folder;
    UiFixture fx;
    final Debouncer debouncer = new Debouncer() {
        Runnable pending;

        @Override
        public void schedule(Runnable action) {
            pending = action;
        }

        @Override
        public void flush() {
            Runnable a = pending;
            pending = null;
            if (a != null) {
                a.run();
            }
        }

        @Override
        public void cancel() {
            pending = null;
        }
    };
    Member hoa;

    @BeforeEach
    void setUp() {
        fx = new UiFixture(folder);
        fx.setUpCell();
        hoa = fx.addMember("Nguyễn Thị Hoà", Gender.FEMALE, LocalDate.of(2010, 5, 19), LocalDate.of(2011, 5, 19));
        fx.addMember("Lê Văn Bình", Gender.MALE, LocalDate.of(2010, 5, 19), LocalDate.of(2011, 5, 19));
    }

    @AfterEach
    void tearDown() {
        fx.close();
    }

    private SearchViewModel vm(TaskRunner tasks) {
        return new SearchViewModel(fx.services.search(), tasks, fx.text, fx.errors, debouncer);
    }

    @Test
    void typingSearchesWhenTypingPausesAndShowsHeadingsThenHits() {
        SearchViewModel vm = vm(fx.tasks);
        vm.queryProperty().set("nguyen HOA");
        assertThat(vm.rows()).isEmpty();
        debouncer.flush();
        assertThat(vm.activeProperty().get()).isTrue();
        assertThat(vm.rows()).hasSize(2);
        assertThat(vm.rows().get(0).heading()).isEqualTo("Đảng viên (1)");
        assertThat(vm.rows().get(1).hit().title().markedParts()).containsExactly("Nguyễn", "Hoà");
        assertThat(vm.messageProperty().get()).isEqualTo("Tìm thấy 1 kết quả cho “nguyen HOA”. Dùng phím mũi tên "
                + "để chọn, Enter hoặc bấm chuột để mở, Esc để quay lại.");

        List<SearchRef> opened = new ArrayList<>();
        vm.setOnOpen(opened::add);
        vm.open(vm.rows().get(0)); // a heading opens nothing
        assertThat(opened).isEmpty();
        vm.open(vm.rows().get(1));
        assertThat(opened).containsExactly(new SearchRef(SearchKind.MEMBER, hoa.id(), hoa.id(), 0));
        assertThat(vm.activeProperty().get()).isFalse();
        assertThat(vm.queryProperty().get()).isEqualTo("nguyen HOA");
    }

    @Test
    void tooShortAQuerySaysWhyAndSearchesNothing() {
        List<Callable<?>> ran = new ArrayList<>();
        TaskRunner counting = new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                ran.add(work);
                fx.tasks.run(work, onSuccess, onFailure);
            }
        };
        SearchViewModel vm = vm(counting);
        vm.queryProperty().set("đ");
        vm.searchNow();
        assertThat(ran).isEmpty();
        assertThat(vm.rows()).isEmpty();
        assertThat(vm.messageProperty().get()).isEqualTo("Hãy nhập ít nhất 2 chữ cái hoặc chữ số để tìm.");
        vm.queryProperty().set("xyzzy");
        vm.searchNow();
        assertThat(vm.messageProperty().get()).isEqualTo("Không tìm thấy kết quả nào cho “xyzzy”. Esc để quay lại.");
        vm.clear();
        assertThat(vm.queryProperty().get()).isEmpty();
        assertThat(vm.activeProperty().get()).isFalse();
        assertThat(vm.messageProperty().get()).isEmpty();
        assertThat(fx.reported).isEmpty();
    }

    @Test
    void anAnswerToAnOlderQueryIsDropped() {
        List<Runnable> queued = new ArrayList<>();
        TaskRunner later = new TaskRunner() {
            @Override
            public <T> void run(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
                queued.add(() -> fx.tasks.run(work, onSuccess, onFailure));
            }
        };
        SearchViewModel vm = vm(later);
        vm.queryProperty().set("binh");
        vm.searchNow();
        vm.queryProperty().set("hoa");
        vm.searchNow();
        queued.get(1).run();
        queued.get(0).run(); // the older answer arrives last
        assertThat(vm.rows()).hasSize(2);
        assertThat(vm.rows().get(1).hit().title().text()).isEqualTo("Nguyễn Thị Hoà");
    }
}

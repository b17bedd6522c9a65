package vn.sochibo.ui.members;

import java.time.LocalDate;
import java.util.function.Function;
import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import vn.sochibo.domain.common.VietnameseNames;
import vn.sochibo.domain.member.Member;
import vn.sochibo.ui.common.DateText;
import vn.sochibo.ui.common.TextScale;
import vn.sochibo.ui.common.UiText;

/** The roster table: one row per member, in the order the view model gives (Vietnamese name order). */
final class MemberTable {
    private MemberTable() {
    }

    static TableView<Member> create(MembersViewModel vm, UiText text, TextScale textScale) {
        DoubleBinding em = Bindings.createDoubleBinding(() -> TextScale.fontSizePx(textScale.percent()),
                textScale.percentProperty());
        TableView<Member> table = new TableView<>(vm.members());
        table.setId("memberTable");
        table.getStyleClass().add(Styles.DENSE);
        table.setPlaceholder(new Label(text.text("members.empty")));
        // Columns as wide as their content needs at the current text size; a scroll bar rather than "Nguyễn Vă…".
        table.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);

        TableColumn<Member, String> name = textColumn(text, "members.column.fullName", Member::fullName);
        name.setComparator(VietnameseNames.comparator());
        add(table, name, em, 12.5);
        add(table, textColumn(text, "members.column.gender", m -> text.gender(m.gender())), em, 6.5);
        add(table, dateColumn(text, "members.column.birthDate", Member::birthDate), em, 7.5);
        add(table, dateColumn(text, "members.column.admissionDate", Member::admissionDate), em, 10.5);
        add(table, dateColumn(text, "members.column.officialDate", Member::officialDate), em, 10.5);
        add(table, textColumn(text, "members.column.cardNumber", Member::cardNumber), em, 7);
        add(table, textColumn(text, "members.column.status", vm::statusOf), em, 9);
        add(table, textColumn(text, "members.column.position", Member::position), em, 13.5);
        return table;
    }

    private static void add(TableView<Member> table, TableColumn<Member, ?> column, DoubleBinding em, double ems) {
        // Set rather than bound: the user may still drag the column wider.
        column.setPrefWidth(em.get() * ems);
        em.addListener((obs, old, size) -> column.setPrefWidth(size.doubleValue() * ems));
        table.getColumns().add(column);
    }

    private static TableColumn<Member, String> textColumn(UiText text, String key, Function<Member, String> value) {
        TableColumn<Member, String> column = new TableColumn<>(text.text(key));
        column.setCellValueFactory(c -> new ReadOnlyStringWrapper(value.apply(c.getValue())));
        return column;
    }

    /** A date column that sorts by date and shows dd/MM/yyyy. */
    private static TableColumn<Member, LocalDate> dateColumn(UiText text, String key,
            Function<Member, LocalDate> value) {
        TableColumn<Member, LocalDate> column = new TableColumn<>(text.text(key));
        column.setCellValueFactory(c -> new ReadOnlyObjectWrapper<>(value.apply(c.getValue())));
        column.setCellFactory(c -> new TableCell<>() {
            @Override
            protected void updateItem(LocalDate date, boolean empty) {
                super.updateItem(date, empty);
                setText(empty ? null : DateText.format(date));
            }
        });
        return column;
    }
}

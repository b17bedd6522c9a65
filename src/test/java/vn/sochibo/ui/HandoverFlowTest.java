package vn.sochibo.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxToolkit;
import vn.sochibo.app.Services;
import vn.sochibo.app.SoChiBoApp;
import vn.sochibo.application.common.AppServices;
import vn.sochibo.domain.member.Member;
import vn.sochibo.ui.common.UiText;
import vn.sochibo.ui.firstrun.ArchiveFileChooser;

/**
 * The new secretary starts the app on an empty data folder and receives the previous secretary's handover archive
 * (made from the demo cell) through the first-run screen; a changed archive is refused and the screen stays.
 */
class HandoverFlowTest extends HeadlessAppTest {
    private static final String PASSWORD = "Bàn giao 2026";

    @TempDir
    static Path source;
    private static Path archive;
    private static List<String> sourceNames;

    /** How many times the first run asked for a file. */
    private final AtomicInteger asked = new AtomicInteger();

    @BeforeAll
    static void exportFromTheDemoCell() {
        try (AppServices services = Services.open(source.resolve("demo"))) {
            services.demo().create();
            archive = source.resolve("ho-so-ban-giao.sochibo.zip");
            services.archive().exportTo(archive, PASSWORD.toCharArray());
            sourceNames = services.members().all().stream().map(Member::fullName).toList();
        }
    }

    /** The real application on the empty temporary folder; the first run's file dialog answers {@code file}. */
    private void startAppChoosing(Path file) throws Exception {
        stage = FxToolkit.registerPrimaryStage();
        app = FxToolkit.setupApplication(() -> new SoChiBoApp(Services::open) {
            @Override
            public void init() {
                // The test names the data folder itself.
            }

            @Override
            protected ArchiveFileChooser archiveChooser(UiText text) {
                return owner -> {
                    asked.incrementAndGet();
                    return Optional.of(file);
                };
            }

            @Override
            public void start(Stage primary) {
                System.setProperty(SoChiBoApp.DATA_FOLDER_PROPERTY, folder.toString());
                try {
                    super.start(primary);
                } finally {
                    System.clearProperty(SoChiBoApp.DATA_FOLDER_PROPERTY);
                }
            }
        });
    }

    private String label(String query) {
        return lookup(query).tryQuery().filter(Node::isVisible).map(n -> ((Label) n).getText()).orElse("");
    }

    private List<String> tableNames() {
        TableView<Member> table = lookup("#memberTable").queryTableView();
        return table.getItems().stream().map(Member::fullName).toList();
    }

    @Test
    void receiveAnEncryptedArchiveOnTheFirstRunAndSeeItsMembers() throws Exception {
        startAppChoosing(archive);
        assertThat(lookup("#receiveHandover").tryQuery()).isPresent();

        clickOn("#receiveHandover");
        await("the password is asked", 20, () -> lookup("#handoverPassword").tryQuery().map(Node::isVisible)
                .orElse(false));
        assertThat(asked).hasValue(1);

        clickOn("#handoverPassword");
        write("sai mật khẩu");
        clickOn("#handoverUnlock");
        await("the wrong password is explained", 20, () -> label("#handoverPasswordError")
                .equals("Mật khẩu không đúng hoặc tệp đã bị sửa. Không có gì được ghi."));
        assertThat(lookup("#handoverPassword").<javafx.scene.control.PasswordField>query().getText()).isEmpty();

        clickOn("#handoverPassword");
        write(PASSWORD);
        clickOn("#handoverUnlock");
        await("what the archive holds is shown", 20, () -> lookup("#handoverImport").tryQuery()
                .map(Node::isVisible).orElse(false));
        String facts = lookup("#handoverFacts").queryAs(javafx.scene.layout.GridPane.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).reduce("", (a, b) -> a + "|" + b);
        assertThat(facts).contains("Chi bộ|Chi bộ").contains("|" + sourceNames.size() + " đảng viên, ")
                .contains("Có: hồ sơ được mã hóa");

        clickOn("#handoverImport");
        await("the main window shows the imported roster", 30, () -> lookup("#memberTable").tryQuery().isPresent()
                && !tableNames().isEmpty());
        assertThat(sourceNames).containsAll(tableNames());
        assertThat(stage.getTitle()).startsWith("Sổ Chi Bộ – Chi bộ");

        FxToolkit.cleanupApplication(app);
        app = null;
        try (AppServices imported = Services.open(folder)) {
            assertThat(imported.members().all()).extracting(Member::fullName)
                    .containsExactlyInAnyOrderElementsOf(sourceNames);
            assertThat(imported.audit().verify()).isEmpty();
        }
    }

    @Test
    void aChangedArchiveIsRefusedAndTheFirstRunStays() throws Exception {
        // Unencrypted, then one byte of it changed as a bad USB stick would.
        Path changed = folder.resolveSibling(folder.getFileName() + "-ho-so-hong.zip");
        try (AppServices services = Services.open(source.resolve("demo"))) {
            services.archive().exportTo(changed, null);
        }
        byte[] bytes = Files.readAllBytes(changed);
        bytes[bytes.length / 2] ^= 0x20;
        Files.write(changed, bytes);
        startAppChoosing(changed);

        clickOn("#receiveHandover");
        await("the refusal is shown", 20, () -> label("#firstRunError").startsWith("Không nhận được hồ sơ bàn giao."));
        assertThat(label("#firstRunError")).endsWith("Không có gì được ghi.");
        assertThat(lookup("#setUpOwn").tryQuery()).isPresent();
        assertThat(lookup("#useDemo").tryQuery()).isPresent();
        assertThat(lookup("#receiveHandover").query().isDisabled()).isFalse();
        assertThat(lookup("#memberTable").tryQuery()).isEmpty();

        FxToolkit.cleanupApplication(app);
        app = null;
        Files.delete(changed);
        try (AppServices untouched = Services.open(folder)) {
            assertThat(untouched.cell().profile()).isEmpty();
            assertThat(untouched.members().all()).isEmpty();
        }
    }
}

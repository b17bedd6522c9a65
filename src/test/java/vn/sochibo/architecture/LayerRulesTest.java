package vn.sochibo.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import vn.sochibo.persistence.Database;

/**
 * The dependency rules of docs/architecture.md: ui, cli, persistence, pdf → application → domain; only the
 * composition root (vn.sochibo.app) builds the adapters; each technology stays in its own layer.
 */
class LayerRulesTest {
    private static final String DOMAIN = "vn.sochibo.domain..";
    private static final String APPLICATION = "vn.sochibo.application..";
    private static final String EXCHANGE = "vn.sochibo.application.exchange..";
    /** The handover archive's manifest is JSON too (docs/data-format.md). */
    private static final String ARCHIVE = "vn.sochibo.application.archive..";
    /** Backups of a protected folder are sealed with the JDK's cryptography (ADR 0011). */
    private static final String BACKUP = "vn.sochibo.application.backup..";
    private static final String PERSISTENCE = "vn.sochibo.persistence..";
    private static final String PDF = "vn.sochibo.pdf..";
    private static final String UI = "vn.sochibo.ui..";
    private static final String CLI = "vn.sochibo.cli..";
    private static final String APP = "vn.sochibo.app..";
    /**
     * Known exception, reported to the owner of the meeting feature: the canonical form behind the hash chain
     * of finalized meetings writes its JSON with jackson-core. Move it into application.exchange or write it
     * without Jackson, then delete this exception.
     */

    private static JavaClasses main;

    @BeforeAll
    static void importMainClasses() throws URISyntaxException {
        // The folder the main classes were compiled to, whatever the build directory is called
        // (ImportOption.DoNotIncludeTests only recognises the default target/test-classes).
        Path mainClasses = Path.of(Database.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        main = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .withImportOption(location -> !location.contains("/test-classes/"))
                .importPath(mainClasses);
    }

    private static void check(ArchRule rule) {
        rule.check(main);
    }

    @Test
    void theMainClassesWereFound() {
        // Guards every rule below against passing on an empty import.
        assertThat(main.containPackage("vn.sochibo.domain.member")).isTrue();
        assertThat(main.containPackage("vn.sochibo.application.member")).isTrue();
        assertThat(main.containPackage("vn.sochibo.persistence")).isTrue();
        assertThat(main.contain("vn.sochibo.persistence.Database")).isTrue();
        assertThat(main.contain(LayerRulesTest.class)).isFalse();
    }

    @Test
    void theDomainDependsOnNothingButTheJdk() {
        check(classes().that().resideInAPackage(DOMAIN)
                .should().onlyDependOnClassesThat().resideInAnyPackage("java..", DOMAIN)
                .because("the domain is plain Java: records and rules, testable without anything else"));
    }

    @Test
    void theApplicationDependsOnlyOnTheDomainTheJdkAndLogging() {
        check(classes().that().resideInAPackage(APPLICATION).and().resideOutsideOfPackages(EXCHANGE, ARCHIVE, BACKUP)
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", DOMAIN, APPLICATION, "org.slf4j..")
                .because("use cases talk to the outside through ports, never through a technology"));
    }

    @Test
    void theExchangeFormatMayAlsoUseJackson() {
        check(classes().that().resideInAPackage(EXCHANGE)
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", DOMAIN, APPLICATION, "org.slf4j..", "com.fasterxml.jackson..")
                .allowEmptyShould(true));
    }

    @Test
    void theHandoverArchiveMayAlsoUseJacksonAndTheJdkCryptography() {
        check(classes().that().resideInAPackage(ARCHIVE)
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.crypto..", DOMAIN, APPLICATION, "org.slf4j..",
                        "com.fasterxml.jackson..")
                .allowEmptyShould(true));
    }

    @Test
    void backupsMayAlsoUseTheJdkCryptography() {
        check(classes().that().resideInAPackage(BACKUP)
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.crypto..", DOMAIN, APPLICATION, "org.slf4j..")
                .allowEmptyShould(true));
    }

    @Test
    void persistenceUsesOnlyTheApplicationTheDomainJdbcH2FlywayAndLogging() {
        check(classes().that().resideInAPackage(PERSISTENCE)
                .should().onlyDependOnClassesThat()
                .resideInAnyPackage("java..", "javax.crypto..", DOMAIN, APPLICATION, PERSISTENCE, "org.h2..", "org.flywaydb..",
                        "org.slf4j.."));
        check(noClasses().that().resideInAPackage(PERSISTENCE)
                .should().dependOnClassesThat().resideInAnyPackage(UI, CLI, PDF, APP, "javafx.."));
    }

    @Test
    void theUiDoesNotReachTheStore() {
        check(noClasses().that().resideInAPackage(UI)
                .should().dependOnClassesThat()
                .resideInAnyPackage(PERSISTENCE, PDF, CLI, "java.sql..", "org.h2..", "org.flywaydb..", "com.itextpdf..",
                        "org.apache.pdfbox..", "java.awt..", "javax.print..")
                .allowEmptyShould(true)
                .because("screens work through the application services; the composition root wires the adapters"));
    }

    @Test
    void theCommandLineDoesNotUseTheUiNorTheStore() {
        check(noClasses().that().resideInAPackage(CLI)
                .should().dependOnClassesThat()
                .resideInAnyPackage(UI, "javafx..", PERSISTENCE, PDF, "java.sql..", "org.h2..", "org.flywaydb..")
                .allowEmptyShould(true)
                .because("the CLI runs headless over the same application services as the window"));
    }

    @Test
    void pdfRenderersUseOnlyTheApplicationTheDomainAndIText() {
        check(noClasses().that().resideInAPackage(PDF)
                .should().dependOnClassesThat()
                .resideInAnyPackage(UI, CLI, PERSISTENCE, APP, "javafx..", "java.sql..", "org.h2..", "org.flywaydb..")
                .allowEmptyShould(true));
    }

    @Test
    void onlyTheCompositionRootUsesThePersistenceAdapter() {
        check(noClasses().that().resideOutsideOfPackages(APP, PERSISTENCE)
                .should().dependOnClassesThat().resideInAPackage(PERSISTENCE)
                .because("only vn.sochibo.app builds concrete classes; everyone else sees the ports"));
    }

    @Test
    void onlyTheCompositionRootUsesThePdfAdapter() {
        check(noClasses().that().resideOutsideOfPackages(APP, PDF)
                .should().dependOnClassesThat().resideInAPackage(PDF)
                .allowEmptyShould(true));
    }

    @Test
    void javaFxOnlyInTheUiAndTheApp() {
        check(noClasses().that().resideOutsideOfPackages(UI, APP)
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "atlantafx..", "org.kordamp..",
                        "org.controlsfx.."));
    }

    @Test
    void jdbcOnlyInPersistence() {
        check(noClasses().that().resideOutsideOfPackage(PERSISTENCE)
                .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.h2..",
                        "org.flywaydb.."));
    }

    @Test
    void iTextAndPdfBoxOnlyInPdf() {
        check(noClasses().that().resideOutsideOfPackage(PDF)
                .should().dependOnClassesThat().resideInAnyPackage("com.itextpdf..", "org.apache.pdfbox..")
                .because("the PDF libraries (iText writes, PDFBox previews and prints) stay behind the ports of "
                        + "application.document"));
    }

    @Test
    void awtAndJavaPrintingOnlyInPdf() {
        check(noClasses().that().resideOutsideOfPackage(PDF)
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.print..", "javax.swing..",
                        "javax.imageio..", "javafx.embed.swing..")
                .because("page images and the print dialog come from the pdf adapter; the application sees plain "
                        + "pixels and the screens draw them with JavaFX"));
    }

    @Test
    void jacksonOnlyInTheExchangeFormat() {
        check(noClasses().that().resideOutsideOfPackages(EXCHANGE, ARCHIVE, BACKUP)
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.."));
    }

    @Test
    void noCyclesBetweenTopLevelPackages() {
        check(slices().matching("vn.sochibo.(*)..").should().beFreeOfCycles());
    }

    @Test
    void noCyclesBetweenDomainFeatures() {
        check(slices().matching("vn.sochibo.domain.(*)..").should().beFreeOfCycles());
    }

    @Test
    void onlyTheCommandLineWritesToTheStandardStreams() {
        check(noClasses().that().resideOutsideOfPackage(CLI)
                .should(GeneralCodingRules.ACCESS_STANDARD_STREAMS)
                .because("the GUI and the libraries log through SLF4J; only the CLI talks on stdout/stderr"));
    }
}

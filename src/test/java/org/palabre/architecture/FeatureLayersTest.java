package org.palabre.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Palabre's features stand in one-way layers, like floors (README, Layout): a feature uses what is below it and is
 * told of what happens above it through past-tense events or small ports it owns. This test is the only place the
 * order is written in code; each feature's package-info says where it stands and why.
 */
class FeatureLayersTest {

    /** Bottom to top. Features on one floor may use each other, but never in a circle. */
    static final List<List<String>> FLOORS = List.of(
            List.of("database", "security", "web", "markdown", "settings", "mail"),
            List.of("accounts"),
            List.of("groups"),
            List.of("categories", "mentions"),
            List.of("topics"),
            List.of("posts"),
            List.of("muting", "watching", "moderation", "invites", "uploads"),
            List.of("flags"),
            List.of("notifications"),
            List.of("mailing", "site", "setup", "demo", "admin", "live", "incoming", "search"));

    static JavaClasses palabre;

    @BeforeAll
    static void importPalabre() {
        palabre = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.palabre");
    }

    @Test
    void everyFeatureStandsOnAFloor() {
        List<String> placed = FLOORS.stream().flatMap(List::stream).toList();
        noClasses()
                .should()
                .resideOutsideOfPackages(placed.stream()
                        .map(feature -> "org.palabre." + feature + "..")
                        .toArray(String[]::new))
                .because("a new feature must be given its floor in FeatureLayersTest.FLOORS")
                .check(palabre);
    }

    @Test
    void noFeatureUsesAFeatureAboveIt() {
        for (int floor = 0; floor < FLOORS.size() - 1; floor++) {
            List<String> above = new ArrayList<>();
            FLOORS.subList(floor + 1, FLOORS.size()).forEach(above::addAll);
            noClasses()
                    .that()
                    .resideInAnyPackage(packages(FLOORS.get(floor)))
                    .should()
                    .dependOnClassesThat()
                    .resideInAnyPackage(packages(above))
                    .because("a lower feature learns of higher ones through events or ports it owns")
                    .check(palabre);
        }
    }

    @Test
    void controlAndEntitiesKnowNothingOfHttp() {
        noClasses()
                .that()
                .resideInAnyPackage("org.palabre..control..", "org.palabre..entity..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.ws.rs..")
                .because("they refuse with the kernel's Refusal, which ErrorResponses alone turns into HTTP")
                .check(palabre);
    }

    @Test
    void featuresFormNoCycle() {
        slices().matching("org.palabre.(*)..").should().beFreeOfCycles().check(palabre);
    }

    private static String[] packages(List<String> features) {
        return features.stream().map(feature -> "org.palabre." + feature + "..").toArray(String[]::new);
    }

    static List<String> all() {
        return Arrays.asList(FLOORS.stream().flatMap(List::stream).toArray(String[]::new));
    }
}

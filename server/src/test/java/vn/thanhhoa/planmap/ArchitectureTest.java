package vn.thanhhoa.planmap;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.thanhhoa.archfixture.a.Upstream;
import vn.thanhhoa.archfixture.b.Downstream;

/**
 * The package rules of ARCHITECTURE.md, checked on the compiled main classes: no cycle between the
 * top-level packages, the shared-term packages know no other planmap package, {@code db}, {@code http} and
 * {@code gdal} know no feature package, and nothing but the composition roots reaches back to {@code Main}, {@code App}
 * or {@code Wiring}.
 */
class ArchitectureTest {
  private static final String ROOT = "vn.thanhhoa.planmap";
  /** Packages of shared terms: they depend on no other planmap package. */
  private static final Set<String> TERMS = Set.of("text", "time", "geo", "term", "net");
  /** Shared packages the features build on; every other top-level package is a feature. */
  private static final Set<String> SHARED = Set.of("text", "time", "geo", "term", "net", "config", "db", "http",
      "gdal");
  /** Composition roots besides Main: the benchmark builds the app as Main does. */
  private static final Set<String> ROOTS = Set.of("bench");

  private static JavaClasses classes;

  @BeforeAll
  static void importMainClasses() {
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages(ROOT);
  }

  @Test
  void topLevelPackagesHaveNoCycle() {
    slices().matching(ROOT + ".(*)..").should().beFreeOfCycles().check(classes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"text", "time", "geo", "term", "net"})
  void sharedTermsKnowNoOtherPlanmapPackage(String term) {
    assertTrue(TERMS.contains(term), term);
    noClasses().that().resideInAPackage(ROOT + "." + term + "..").should().dependOnClassesThat()
        .resideInAnyPackage(otherPackagesThan(term)).check(classes);
  }

  @ParameterizedTest
  @ValueSource(strings = {"db", "http", "gdal"})
  void infrastructureKnowsNoFeature(String infrastructure) {
    String[] features = features();
    assertTrue(features.length > 10, "the features were found: " + String.join(", ", features));
    noClasses().that().resideInAPackage(ROOT + "." + infrastructure + "..").should().dependOnClassesThat()
        .resideInAnyPackage(features).check(classes);
  }

  @Test
  void nothingReachesBackToTheCompositionRoot() {
    String[] roots = ROOTS.stream().map(p -> ROOT + "." + p + "..").toArray(String[]::new);
    noClasses().that().resideOutsideOfPackage(ROOT).and().resideOutsideOfPackages(roots).should()
        .dependOnClassesThat().haveFullyQualifiedName(ROOT + ".Main")
        .orShould().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".App")
        .orShould().dependOnClassesThat().haveFullyQualifiedName(ROOT + ".Wiring")
        .check(classes);
  }

  /** The cycle rule is not vacuous: two fixture packages that know each other are reported. */
  @Test
  void theCycleRuleSeesACycle() {
    JavaClasses cyclic = new ClassFileImporter().importClasses(Upstream.class, Downstream.class);
    EvaluationResult result = slices().matching("vn.thanhhoa.archfixture.(*)..").should().beFreeOfCycles()
        .evaluate(cyclic);
    assertTrue(result.hasViolation(), "a → b → a is a cycle");
  }

  private static String[] otherPackagesThan(String own) {
    return topLevelPackages().stream().filter(p -> !p.equals(own)).map(p -> ROOT + "." + p + "..")
        .toArray(String[]::new);
  }

  private static String[] features() {
    return topLevelPackages().stream().filter(p -> !SHARED.contains(p)).map(p -> ROOT + "." + p + "..")
        .toArray(String[]::new);
  }

  private static Set<String> topLevelPackages() {
    Set<String> packages = new TreeSet<>();
    for (JavaClass c : classes) {
      String name = c.getPackageName();
      if (name.startsWith(ROOT + ".")) {
        packages.add(name.substring(ROOT.length() + 1).split("\\.")[0]);
      }
    }
    return packages;
  }
}

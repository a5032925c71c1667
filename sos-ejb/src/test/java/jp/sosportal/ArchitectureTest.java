package jp.sosportal;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The business components depend one way (DESIGN.md): no cycle between {@code jp.sosportal.<component>}, inside
 * each boundary → control → entity, the ground floor ({@code platform}) imports no component, and nothing depends
 * on the demo data that sit on top. Breaking one of these fails the build, not a review.
 */
@AnalyzeClasses(packages = "jp.sosportal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule componentsFormNoCycle = slices().matching("jp.sosportal.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule entitiesImportNoBoundaryOrControl = noClasses().that().resideInAPackage("..entity..")
            .should().dependOnClassesThat().resideInAnyPackage("..boundary..", "..control..");

    @ArchTest
    static final ArchRule controlImportsNoBoundary = noClasses().that().resideInAPackage("..control..")
            .should().dependOnClassesThat().resideInAPackage("..boundary..");

    @ArchTest
    static final ArchRule platformImportsNoComponent = noClasses().that().resideInAPackage("jp.sosportal.platform..")
            .should().dependOnClassesThat(resideInAPackage("jp.sosportal..")
                    .and(not(resideInAPackage("jp.sosportal.platform.."))));

    @ArchTest
    static final ArchRule nothingDependsOnTheDemo = noClasses().that().resideOutsideOfPackage("jp.sosportal.demo..")
            .should().dependOnClassesThat().resideInAPackage("jp.sosportal.demo..");
}

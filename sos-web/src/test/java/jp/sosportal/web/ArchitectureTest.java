package jp.sosportal.web;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/**
 * The pages, the API and the batch jobs reach the business components through their boundaries: they may use a
 * boundary, an entity, a platform type and the plain values a boundary takes and gives (records, enums,
 * exceptions) or a pure rule that holds no state and reads nothing (one {@code SurveyValidation} for pages, API
 * and batch), never a control class that does work behind a boundary's back. And no cycle across all modules.
 */
@AnalyzeClasses(packages = "jp.sosportal", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final DescribedPredicate<JavaClass> WORK_BEHIND_A_BOUNDARY =
            resideInAPackage("jp.sosportal.*.control..")
                    .and(DescribedPredicate.not(resideInAnyPackage("jp.sosportal.web..", "jp.sosportal.batch..")))
                    .and(DescribedPredicate.describe("no record, enum, exception or pure rule",
                            c -> !isValue(c) && !isPureRule(c)));

    @ArchTest
    static final ArchRule noCycleAcrossModules = slices().matching("jp.sosportal.(*)..").should().beFreeOfCycles();

    @ArchTest
    static final ArchRule webAndBatchCallBoundaries = noClasses()
            .that().resideInAnyPackage("jp.sosportal.web..", "jp.sosportal.batch..")
            .should().dependOnClassesThat(WORK_BEHIND_A_BOUNDARY);

    private static boolean isValue(JavaClass c) {
        return c.isAssignableTo(Record.class) || c.isEnum() || c.isAssignableTo(Throwable.class);
    }

    /** Only static methods and constants, no instance: a function of its arguments. */
    private static boolean isPureRule(JavaClass c) {
        return c.getConstructors().stream().allMatch(k -> k.getModifiers().contains(JavaModifier.PRIVATE))
                && c.getMethods().stream().allMatch(m -> m.getModifiers().contains(JavaModifier.STATIC))
                && c.getFields().stream().allMatch(f -> f.getModifiers().contains(JavaModifier.STATIC)
                        && f.getModifiers().contains(JavaModifier.FINAL));
    }
}

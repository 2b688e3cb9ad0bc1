package dev.reuseagent;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The layout's rules, checked on the agent's own classes: the core knows no client, a client slice is
 * self-contained, and advice reaches the agent only through its own slice's hooks.
 */
@AnalyzeClasses(packages = "dev.reuseagent",
        importOptions = {ImportOption.DoNotIncludeTests.class, ImportOption.DoNotIncludeJars.class})
class ArchitectureTest {

    private static final String ROOT = "dev.reuseagent";

    @ArchTest
    static final ArchRule coreKnowsNoClientAndNoTransport = noClasses()
            .that().resideInAnyPackage(ROOT + ".track..", ROOT + ".model..", ROOT + ".config..", ROOT + ".report..",
                    ROOT + ".util..", ROOT + ".enforce..")
            .should().dependOnClassesThat().resideInAnyPackage(ROOT + ".client..", ROOT + ".transport..",
                    ROOT + ".weave..")
            .because("the core is library-agnostic: client knowledge lives in client/<name>/");

    @ArchTest
    static final ArchRule transportKnowsNoClient = noClasses()
            .that().resideInAPackage(ROOT + ".transport..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".client..")
            .because("every client claims its connects from the transport layer, never the other way round");

    @ArchTest
    static final ArchRule slicesDoNotDependOnEachOther = slices()
            .matching(ROOT + ".client.(*)..")
            .should().notDependOnEachOther()
            .ignoreDependency(resideInSlice("apache4"), resideInSlice("apache"))
            .ignoreDependency(resideInSlice("apache5"), resideInSlice("apache"))
            .ignoreDependency(resideInSlice("apache5async"), resideInSlice("apache"))
            .ignoreDependency(resideInSlice("apache4async"), resideInSlice("apache"))
            .because("a client is one self-contained folder (Apache 4 and 5 share client/apache)");

    @ArchTest
    static final ArchRule onlyTheStartPathKnowsTheSliceList = noClasses()
            .that().resideOutsideOfPackages(ROOT, ROOT + ".cli", ROOT + ".client..")
            .should().dependOnClassesThat().resideInAPackage(ROOT + ".client..")
            .because("the start path iterates the slice descriptors; nothing else names a client");

    @ArchTest
    static final ArchRule adviceCallsOnlyItsOwnSlicesHooks = classes()
            .that().haveSimpleNameEndingWith("Advice")
            .and().resideInAnyPackage(ROOT + ".client..", ROOT + ".transport..")
            .should(callOnlyHooksOfTheirOwnPackage());

    @ArchTest
    static final ArchRule hooksTakeJdkTypesOnly = methods()
            .that().areDeclaredInClassesThat().haveSimpleNameEndingWith("Hooks")
            .and().arePublic().and().doNotHaveName("install")
            .should(beStaticWithJdkParametersOnly())
            .because("advice is woven into JDK and library classes, which see only the boot class path's JDK types");

    @ArchTest
    static final ArchRule theAgentUsesOnlyWhatTheBootLoaderSees = classes()
            .that().resideOutsideOfPackage(ROOT + ".cli")
            .should(useOnlyJdkClassesOfTheBootLoader())
            .because("the agent runs from the boot class path: a class of a platform module (java.net.http, "
                    + "java.sql...) cannot be linked from there and fails with NoClassDefFoundError at run time");

    private static com.tngtech.archunit.base.DescribedPredicate<JavaClass> resideInSlice(String slice) {
        return com.tngtech.archunit.base.DescribedPredicate.describe("reside in client." + slice,
                c -> c.getPackageName().equals(ROOT + ".client." + slice));
    }

    /** Agent classes an advice class uses must be its own package's hooks (or the weaving annotations). */
    private static ArchCondition<JavaClass> callOnlyHooksOfTheirOwnPackage() {
        return new ArchCondition<>("call only the hooks of their own package") {
            @Override
            public void check(JavaClass advice, ConditionEvents events) {
                for (Dependency d : advice.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    String name = target.getName();
                    boolean agent = name.startsWith(ROOT + ".");
                    boolean ownHooks = target.getPackageName().equals(advice.getPackageName())
                            && target.getSimpleName().endsWith("Hooks");
                    if (agent && !ownHooks && !target.getPackageName().equals(ROOT + ".weave")) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaClass> useOnlyJdkClassesOfTheBootLoader() {
        return new ArchCondition<>("use only JDK classes defined by the boot loader") {
            @Override
            public void check(JavaClass agentClass, ConditionEvents events) {
                for (Dependency d : agentClass.getDirectDependenciesFromSelf()) {
                    JavaClass target = d.getTargetClass();
                    JavaClass base = target.isArray() ? target.getBaseComponentType() : target;
                    // ASM ships inside the agent jar, relocated under dev.reuseagent.shaded.
                    if (base.isPrimitive() || base.getName().startsWith(ROOT + ".")
                            || base.getName().startsWith("org.objectweb.asm.")) {
                        continue;
                    }
                    try {
                        if (Class.forName(base.getName(), false, null) == null) {
                            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                        }
                    } catch (ClassNotFoundException e) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription() + " (not a boot class)"));
                    }
                }
            }
        };
    }

    private static ArchCondition<JavaMethod> beStaticWithJdkParametersOnly() {
        return new ArchCondition<>("be static and take JDK types only") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (!method.getModifiers().contains(JavaModifier.STATIC)) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " is not static"));
                }
                for (JavaClass type : method.getRawParameterTypes()) {
                    JavaClass base = type.isArray() ? type.getBaseComponentType() : type;
                    if (!base.isPrimitive() && !base.getName().startsWith("java.")
                            && !base.getName().startsWith("javax.")) {
                        events.add(SimpleConditionEvent.violated(method,
                                method.getFullName() + " takes " + base.getName()));
                    }
                }
            }
        };
    }
}

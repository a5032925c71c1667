package jp.sosportal.e2e;

import java.util.Set;
import java.util.stream.Collectors;

import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Starts the shared portal ({@link RunningPortal#get()}) in the background when a run holds both the in-container
 * tests, which come first, and the end-to-end ones, so that its start (25-40 s) overlaps the in-container tests
 * instead of being waited for by the first end-to-end class (issue 18). A run of end-to-end classes alone starts it
 * on first use as before. Registered through META-INF/services for the JUnit Platform launcher of failsafe.
 */
public class SharedPortalPrestart implements TestExecutionListener {

    static final String IN_CONTAINER = "jp.sosportal.it.";
    static final String END_TO_END = "jp.sosportal.e2e.";

    @Override
    public void testPlanExecutionStarted(TestPlan plan) {
        Set<String> packages = plan.getRoots().stream().flatMap(root -> plan.getDescendants(root).stream())
                .map(TestIdentifier::getSource).flatMap(java.util.Optional::stream)
                .filter(ClassSource.class::isInstance).map(source -> ((ClassSource) source).getClassName())
                .filter(name -> name.endsWith("IT")).map(SharedPortalPrestart::packageOf).collect(Collectors.toSet());
        if (packages.contains(IN_CONTAINER) && packages.contains(END_TO_END)) {
            Thread start = new Thread(SharedPortalPrestart::start, "shared portal start");
            start.setDaemon(true);
            start.start();
        }
    }

    private static void start() {
        try {
            RunningPortal.get();
        } catch (RuntimeException e) {
            // the first end-to-end class that asks for it fails with the same cause
        }
    }

    private static String packageOf(String className) {
        return className.substring(0, className.lastIndexOf('.') + 1);
    }
}

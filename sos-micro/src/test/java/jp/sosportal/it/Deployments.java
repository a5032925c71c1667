package jp.sosportal.it;

import java.io.File;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * In-container tests deploy the very WAR the runnable jar is built from, plus their own classes and a web
 * fragment that lets Arquillian's runner servlet past the portal's login.
 */
final class Deployments {

    private Deployments() {
    }

    static WebArchive portalWith(Class<?>... testClasses) {
        JavaArchive openRunner = ShrinkWrap.create(JavaArchive.class, "arquillian-open.jar")
                .addAsManifestResource("arquillian/web-fragment.xml", "web-fragment.xml");
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/ROOT.war"))
                .addAsLibrary(openRunner)
                .addClasses(Deployments.class)
                .addClasses(testClasses);
    }
}

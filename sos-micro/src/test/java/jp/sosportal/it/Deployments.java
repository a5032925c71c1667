package jp.sosportal.it;

import java.io.File;

import org.eu.ingwar.tools.arquillian.extension.suite.annotations.ArquillianSuiteDeployment;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import jp.sosportal.e2e.FormClient;

/**
 * The one deployment of every in-container test class: the very WAR the runnable jar is built from, plus this
 * package's classes and a web fragment that lets Arquillian's runner servlet past the portal's login. The suite
 * extension (named in arquillian.xml) deploys it once for the whole run instead of starting a Payara Micro per
 * class (a start costs ~30 s; issue 18), so the classes share one database: each makes its own institutions and
 * accounts ({@link Fixtures}) and must not count rows it did not make.
 */
@ArquillianSuiteDeployment
public final class Deployments {

    private Deployments() {
    }

    @Deployment
    public static WebArchive portal() {
        JavaArchive openRunner = ShrinkWrap.create(JavaArchive.class, "arquillian-open.jar")
                .addAsManifestResource("arquillian/web-fragment.xml", "web-fragment.xml");
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/ROOT.war"))
                .addAsLibrary(openRunner)
                .addPackage(Deployments.class.getPackage())
                .addClasses(FormClient.class);
    }
}

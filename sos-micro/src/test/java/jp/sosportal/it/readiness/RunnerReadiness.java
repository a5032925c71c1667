package jp.sosportal.it.readiness;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.logging.Logger;

import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.event.container.AfterDeploy;
import org.jboss.arquillian.core.api.Instance;
import org.jboss.arquillian.core.api.annotation.Inject;
import org.jboss.arquillian.core.api.annotation.Observes;
import org.jboss.arquillian.core.spi.LoadableExtension;

/**
 * Waits after each deployment until Arquillian's runner servlet answers, and says so plainly when it never does.
 * The servlet protocol gives the first test one second and then fails every test of the class with "No result
 * returned". That happened when the HTTP listener moved to another port after Payara Micro had advertised its
 * first one (listener settings changed after boot; they are now set before boot, see preboot.asadmin).
 */
public class RunnerReadiness implements LoadableExtension {

    private static final Logger LOG = Logger.getLogger(RunnerReadiness.class.getName());
    private static final String RUNNER = "/ArquillianServletRunnerEE9";
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @Override
    public void register(ExtensionBuilder builder) {
        builder.observer(WaitForRunner.class);
    }

    public static class WaitForRunner {

        @Inject
        private Instance<ProtocolMetaData> metaData;

        public void waitForRunner(@Observes AfterDeploy event) throws InterruptedException {
            HTTPContext context = metaData.get() == null ? null : metaData.get().getContexts(HTTPContext.class)
                    .stream().findFirst().orElse(null);
            if (context == null || context.getServletByName(RUNNER.substring(1)) == null) {
                return; // a client-side deployment (testable = false) has no runner to wait for
            }
            URI runner = URI.create("http://" + context.getHost() + ":" + context.getPort() + RUNNER);
            Instant start = Instant.now();
            int attempts = 0;
            int status = -1;
            while (Duration.between(start, Instant.now()).compareTo(PATIENCE) < 0) {
                attempts++;
                status = statusOf(runner);
                if (status > 0 && status != HttpURLConnection.HTTP_NOT_FOUND) {
                    break;
                }
                Thread.sleep(250);
            }
            String report = runner + " answered " + status + " after " + attempts + " attempt(s), "
                    + Duration.between(start, Instant.now()).toMillis() + " ms";
            LOG.info(report);
            if (status <= 0 || status == HttpURLConnection.HTTP_NOT_FOUND) {
                throw new IllegalStateException(report + ": is Payara Micro listening on the port it advertised?"
                        + " See the server output above for the port its HTTP listener is bound to.");
            }
        }

        private static int statusOf(URI runner) {
            try {
                HttpURLConnection connection = (HttpURLConnection) runner.toURL().openConnection();
                connection.setConnectTimeout(2000);
                connection.setReadTimeout(5000);
                try {
                    return connection.getResponseCode();
                } finally {
                    connection.disconnect();
                }
            } catch (IOException notYet) {
                return -1;
            }
        }
    }
}

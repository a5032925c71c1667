package jp.sosportal.web.platform;

import java.util.Base64;
import java.util.Set;
import java.util.logging.Logger;

import javax.naming.InitialContext;
import javax.naming.NamingException;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;

/**
 * The JSF view state lives in the page (client state saving, web.xml), encrypted and signed by Mojarra with the
 * AES key of the env-entry {@code faces/ClientSideSecretKey}, which web.xml fills from {@code SOS_VIEWSTATE_KEY}
 * (run.sh draws a random one per start when it is unset; nodes of a cluster share one). Mojarra quietly stops
 * encrypting when that key does not decode, so a bad or missing key stops the deployment here instead.
 */
@WebListener
public class ViewStateKey implements ServletContextListener {

    static final String NAME = "java:comp/env/faces/ClientSideSecretKey";
    private static final Set<Integer> AES_KEY_BYTES = Set.of(16, 24, 32);
    private static final Logger LOG = Logger.getLogger(ViewStateKey.class.getName());

    @Override
    public void contextInitialized(ServletContextEvent event) {
        String key;
        try {
            key = (String) new InitialContext().lookup(NAME);
        } catch (NamingException e) {
            throw new IllegalStateException("No " + NAME + ": web.xml must declare it", e);
        }
        if (!isAesKey(key)) {
            throw new IllegalStateException("SOS_VIEWSTATE_KEY (sos.viewstate.key) must be an AES key of 16, 24 or 32"
                    + " bytes in Base64, e.g. $(head -c 32 /dev/urandom | base64); it is unset or malformed");
        }
        LOG.info("The view state is kept in the page, encrypted with the key of SOS_VIEWSTATE_KEY");
    }

    static boolean isAesKey(String base64) {
        try {
            return base64 != null && AES_KEY_BYTES.contains(Base64.getDecoder().decode(base64.trim()).length);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}

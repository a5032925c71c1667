package jp.sosportal.platform;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * This node's name in a cluster: {@code SOS_NODE_NAME}, by default host name and HTTP port. It names the node in
 * the {@code X-SOS-Node} header of every answer, in the duty leases it holds and in the batch runs it started, so it
 * must stay the same across the node's restarts and differ between nodes.
 */
@ApplicationScoped
public class NodeName {

    @Inject
    @ConfigProperty(name = "sos.node.name")
    Optional<String> configured;

    @Inject
    @ConfigProperty(name = "sos.port")
    String port;

    public String get() {
        return configured.filter(name -> !name.isBlank()).orElseGet(() -> hostName() + ":" + port);
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}

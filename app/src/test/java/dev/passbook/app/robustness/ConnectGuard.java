package dev.passbook.app.robustness;

import java.net.InetAddress;
import java.net.SocketPermission;
import java.net.UnknownHostException;
import java.security.Permission;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A security manager that lets everything through except opening a connection to a
 * non-loopback address: such an attempt is recorded and refused with a
 * {@link SecurityException} before the socket sends anything. Java 17 still allows installing one
 * at run time; it is removed again after the test.
 */
final class ConnectGuard extends SecurityManager {

    final List<String> refused = new CopyOnWriteArrayList<>();

    static ConnectGuard install() {
        ConnectGuard guard = new ConnectGuard();
        try {
            System.setSecurityManager(guard);
        } catch (UnsupportedOperationException disallowed) {
            // JDK 18+ without -Djava.security.manager=allow: without the guard a wrong fetcher could send
            // packets off the machine, so the SSRF suite does not run at all
            org.junit.jupiter.api.Assumptions.abort("the SSRF suite needs a SecurityManager (JDK 17, or -Djava.security.manager=allow)");
        }
        return guard;
    }

    void uninstall() {
        System.setSecurityManager(null);
    }

    @Override
    public void checkPermission(Permission perm) {
        if (perm instanceof SocketPermission socket && socket.getActions().contains("connect")) {
            String host = socket.getName();
            int colon = host.lastIndexOf(':');
            String address = colon > 0 && !host.endsWith("]") ? host.substring(0, colon) : host;
            if (address.startsWith("[")) {
                address = address.substring(1, address.indexOf(']'));
            }
            if (!isLoopback(address)) {
                refused.add(host);
                throw new SecurityException("robustness test: connection to a non-loopback address " + host);
            }
        }
    }

    @Override
    public void checkPermission(Permission perm, Object context) {
        checkPermission(perm);
    }

    private static boolean isLoopback(String address) {
        try {
            InetAddress resolved = InetAddress.getByName(address);
            return resolved.isLoopbackAddress();
        } catch (UnknownHostException | IllegalArgumentException e) {
            return false;
        }
    }
}

package convreel.studio;

import com.sun.net.httpserver.Headers;
import java.net.InetAddress;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who may talk to the studio: only its own page. A request is refused when
 * <ul>
 * <li>its {@code Host} is not an address of the studio: a web page whose own name was made to point
 *     at this machine (DNS rebinding) sends its name, never ours;</li>
 * <li>its {@code Origin}, when it has one, is not the studio's own: a page elsewhere calling in;</li>
 * <li>the browser says it comes from another site ({@code Sec-Fetch-Site}), such as a picture on
 *     someone's page pointing at a frame;</li>
 * <li>it changes something (the render button) without saying its origin.</li>
 * </ul>
 */
final class RequestGuard {
    /** A host given as an IP address: no name, so nothing to rebind. */
    private static final Pattern IP_LITERAL = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}|\\[[0-9a-fA-F:.]+]");

    private final Set<String> hosts = new LinkedHashSet<>();
    private final int port;
    private final boolean anyAddress;

    /** The guard of a studio bound to {@code address} (as given on the command line, and as resolved) at {@code port}. */
    RequestGuard(String given, InetAddress address, int port) {
        this.port = port;
        this.anyAddress = address.isAnyLocalAddress();
        hosts.add(authority(given));
        hosts.add(authority(address.getHostAddress()));
        if (address.isLoopbackAddress() || anyAddress) {
            hosts.add(authority("localhost"));
            hosts.add(authority("127.0.0.1"));
            hosts.add(authority("[::1]"));
        }
    }

    /** The address to give the user: the host as given, with the port. */
    String address() {
        return "http://" + hosts.iterator().next() + "/";
    }

    /** Why a request with these headers and method is refused, or empty if it is the studio's own page. */
    Optional<String> refusal(Headers headers, String method) {
        String host = headers.getFirst("Host");
        if (host == null || !knownHost(host.toLowerCase(Locale.ROOT))) {
            return Optional.of("this studio answers requests for " + String.join(", ", hosts) + " only, not for " + host);
        }
        String origin = headers.getFirst("Origin");
        if (origin != null && !origin.toLowerCase(Locale.ROOT).equals("http://" + host.toLowerCase(Locale.ROOT))) {
            return Optional.of("requests from " + origin + " are refused: only the studio's own page may ask");
        }
        String site = headers.getFirst("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return Optional.of("requests from another site are refused (Sec-Fetch-Site: " + site + ")");
        }
        if (!method.equals("GET") && !method.equals("HEAD") && origin == null) {
            return Optional.of("a " + method + " request must come from the studio's page (it has no Origin)");
        }
        return Optional.empty();
    }

    private boolean knownHost(String host) {
        if (hosts.contains(host)) {
            return true;
        }
        // Bound to every interface, the studio is reached by whatever address the machine has.
        int colon = host.lastIndexOf(':');
        return anyAddress && colon > 0 && host.substring(colon + 1).equals(Integer.toString(port))
                && IP_LITERAL.matcher(host.substring(0, colon)).matches();
    }

    private String authority(String host) {
        String bracketed = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return bracketed.toLowerCase(Locale.ROOT) + ":" + port;
    }
}

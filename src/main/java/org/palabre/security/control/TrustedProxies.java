package org.palabre.security.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The proxies (load balancers) whose {@code X-Forwarded-For} is believed, as IP addresses or CIDR ranges. The
 * header is read from the right: each trusted proxy appends the address it was connected from, so the first
 * address from the right that is not a trusted proxy is the client. Anything left of it was written by the client
 * and may be anything. A request from an untrusted address is taken at its socket's address, header ignored.
 */
public final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private record Range(byte[] network, int prefix) {
        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            int mask = rest == 0 ? 0 : (0xff << (8 - rest)) & 0xff;
            return rest == 0 || (address[whole] & mask) == (network[whole] & mask);
        }
    }

    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<Range> ranges;

    private TrustedProxies(List<Range> ranges) {
        this.ranges = ranges;
    }

    /** From {@code 10.0.0.5, 172.16.0.0/12, ::1}; an entry that is no address or range fails loudly at start. */
    public static TrustedProxies parse(String commaSeparated) {
        List<Range> ranges = new ArrayList<>();
        for (String entry : commaSeparated.split(",")) {
            String trimmed = entry.strip();
            if (trimmed.isEmpty()) {
                continue;
            }
            String[] parts = trimmed.split("/", 2);
            byte[] network = literal(parts[0])
                    .orElseThrow(() -> new IllegalArgumentException(
                            "palabre.trusted.proxies: not an IP address or CIDR range: " + trimmed));
            int prefix = parts.length == 2 ? Integer.parseInt(parts[1].strip()) : network.length * 8;
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("palabre.trusted.proxies: bad prefix length in " + trimmed);
            }
            ranges.add(new Range(network, prefix));
        }
        return new TrustedProxies(List.copyOf(ranges));
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /**
     * The client's address: the socket's address unless that is a trusted proxy, then the rightmost address of the
     * forwarded chain that is not a trusted proxy (the leftmost if all are).
     */
    public String client(String remoteAddress, List<String> forwardedForHeaders) {
        String client = normal(remoteAddress);
        if (ranges.isEmpty() || !trusted(client) || forwardedForHeaders.isEmpty()) {
            return client;
        }
        List<String> hops = new ArrayList<>();
        for (String header : forwardedForHeaders) {
            hops.addAll(Arrays.asList(header.split(",")));
        }
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<byte[]> hop = literal(hops.get(i).strip());
            if (hop.isEmpty()) {
                return client; // garbage where a proxy should have written an address: keep the last proxy's word
            }
            client = text(hop.get());
            if (!trusted(client)) {
                return client;
            }
        }
        return client;
    }

    private boolean trusted(String address) {
        Optional<byte[]> bytes = literal(address);
        return bytes.isPresent() && ranges.stream().anyMatch(range -> range.contains(bytes.get()));
    }

    private static String normal(String address) {
        return literal(address).map(TrustedProxies::text).orElse(address);
    }

    private static String text(byte[] address) {
        try {
            return InetAddress.getByAddress(address).getHostAddress();
        } catch (UnknownHostException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    /**
     * The bytes of an IP literal, never a name: a header is written by strangers, and looking a name up in DNS
     * for them is not something to do per request.
     */
    static Optional<byte[]> literal(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String candidate = text.strip();
        if (candidate.startsWith("[") && candidate.endsWith("]")) {
            candidate = candidate.substring(1, candidate.length() - 1);
        }
        if (IPV4.matcher(candidate).matches()) {
            byte[] bytes = new byte[4];
            String[] octets = candidate.split("\\.");
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(octets[i]);
                if (octet > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) octet;
            }
            return Optional.of(bytes);
        }
        if (candidate.indexOf(':') >= 0 && candidate.matches("[0-9A-Fa-f:.%a-zA-Z0-9]+")) {
            try {
                // With a colon, InetAddress reads an IPv6 literal and never asks DNS.
                byte[] bytes = InetAddress.getByName(candidate).getAddress();
                return Optional.of(bytes);
            } catch (UnknownHostException | SecurityException notALiteral) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}

package org.palabre.uploads.control;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.Predicate;
import javax.net.ssl.SNIHostName;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;

/**
 * Fetches a remote image on a member's behalf without letting the address reach into the server's own network
 * (SSRF): the host is resolved once, every address it resolves to must be public (PublicAddresses), and the
 * connection goes to that checked address (a second lookup cannot swap in 127.0.0.1), with TLS still verifying the
 * host's name. Redirects are followed by hand, at most three, each new address checked the same way. The answer is
 * bounded in time and size and must be an image by its first bytes; the caller re-encodes it like an upload.
 *
 * <p>Plain sockets and HTTP/1.0 rather than java.net.http: its client resolves names itself, so the checked address
 * could not be the one connected to.
 */
public final class RemoteImages {

    /** Why a fetch was refused, as a word for the log and the tests. */
    public static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;

        public Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    public interface Resolver {
        InetAddress[] resolve(String host) throws UnknownHostException;
    }

    private static final int MAX_REDIRECTS = 3;
    private static final int MAX_HEADER_BYTES = 16 * 1024;

    private final Resolver resolver;
    private final Predicate<InetAddress> allowed;
    private final int maxBytes;
    private final int timeoutMillis;

    public RemoteImages(Resolver resolver, Predicate<InetAddress> allowed, int maxBytes, int timeoutMillis) {
        this.resolver = resolver;
        this.allowed = allowed;
        this.maxBytes = maxBytes;
        this.timeoutMillis = timeoutMillis;
    }

    /** For the site: real DNS, public addresses only. */
    public static RemoteImages forTheInternet(int maxBytes, int timeoutMillis) {
        return new RemoteImages(InetAddress::getAllByName, PublicAddresses::isPublic, maxBytes, timeoutMillis);
    }

    public byte[] fetch(URI address) throws Refused {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        URI current = address;
        for (int redirects = 0; ; redirects++) {
            Answer answer = get(current, deadline);
            if (answer.status >= 300 && answer.status < 400 && answer.location != null) {
                if (redirects >= MAX_REDIRECTS) {
                    throw new Refused("too many redirects");
                }
                try {
                    current = current.resolve(answer.location.strip());
                } catch (IllegalArgumentException e) {
                    throw new Refused("bad redirect");
                }
                continue;
            }
            if (answer.status != 200) {
                throw new Refused("status " + answer.status);
            }
            FileKind kind =
                    FileKind.of(answer.body).map(FileKind.Detected::kind).orElse(null);
            if (kind == null || !kind.isImage()) {
                throw new Refused("not an image");
            }
            return answer.body;
        }
    }

    private record Answer(int status, String location, byte[] body) {}

    private Answer get(URI uri, long deadline) throws Refused {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new Refused("scheme " + scheme);
        }
        String host = uri.getHost();
        if (host == null || uri.getUserInfo() != null) {
            throw new Refused("no host");
        }
        int port = uri.getPort() < 0 ? (scheme.equals("https") ? 443 : 80) : uri.getPort();
        InetAddress target = checked(host);
        try (Socket socket = connect(target, host, port, scheme.equals("https"), deadline)) {
            String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
            String request = "GET " + path + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery())
                    + " HTTP/1.0\r\nHost: " + (host.contains(":") ? "[" + host + "]" : host)
                    + (uri.getPort() < 0 ? "" : ":" + port)
                    + "\r\nUser-Agent: Palabre image proxy\r\nAccept: image/*\r\nConnection: close\r\n\r\n";
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return read(socket, deadline);
        } catch (IOException e) {
            throw new Refused("connection: " + e.getClass().getSimpleName());
        }
    }

    /** Resolves once; every address must be allowed (a name with one private address among public ones is refused). */
    private InetAddress checked(String host) throws Refused {
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.startsWith("[") ? host.substring(1, host.length() - 1) : host);
        } catch (UnknownHostException e) {
            throw new Refused("unknown host");
        }
        if (addresses.length == 0) {
            throw new Refused("unknown host");
        }
        for (InetAddress address : addresses) {
            if (!allowed.test(address)) {
                throw new Refused("address not public: " + address.getHostAddress());
            }
        }
        return addresses[0];
    }

    private Socket connect(InetAddress target, String host, int port, boolean tls, long deadline)
            throws IOException, Refused {
        Socket plain = new Socket();
        plain.connect(new InetSocketAddress(target, port), remaining(deadline));
        plain.setSoTimeout(remaining(deadline));
        if (!tls) {
            return plain;
        }
        SSLSocket secure =
                (SSLSocket) ((SSLSocketFactory) SSLSocketFactory.getDefault()).createSocket(plain, host, port, true);
        SSLParameters parameters = secure.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS"); // the certificate must name the host, not the IP
        parameters.setServerNames(java.util.List.of(new SNIHostName(host)));
        secure.setSSLParameters(parameters);
        secure.startHandshake();
        return secure;
    }

    private Answer read(Socket socket, long deadline) throws IOException, Refused {
        InputStream in = socket.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int last = 0; // the last four bytes read, to find the blank line that ends the headers
        while (last != 0x0D0A0D0A) {
            int b = in.read();
            if (b < 0 || head.size() > MAX_HEADER_BYTES) {
                throw new Refused("bad answer");
            }
            head.write(b);
            last = (last << 8) | b;
        }
        String[] lines = head.toString(StandardCharsets.ISO_8859_1).split("\r\n");
        String[] statusLine = lines[0].split(" ", 3);
        if (statusLine.length < 2 || !statusLine[0].startsWith("HTTP/")) {
            throw new Refused("bad answer");
        }
        int status;
        try {
            status = Integer.parseInt(statusLine[1]);
        } catch (NumberFormatException e) {
            throw new Refused("bad answer");
        }
        String location = null;
        for (String line : lines) {
            int colon = line.indexOf(':');
            if (colon <= 0) {
                continue;
            }
            String name = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (name.equals("location")) {
                location = value;
            } else if (name.equals("content-length")) {
                try {
                    if (Long.parseLong(value) > maxBytes) {
                        throw new Refused("too large");
                    }
                } catch (NumberFormatException e) {
                    throw new Refused("bad answer");
                }
            }
        }
        if (status != 200) {
            return new Answer(status, location, new byte[0]);
        }
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        byte[] buffer = new byte[16 * 1024];
        int read;
        while ((read = in.read(buffer)) >= 0) {
            body.write(buffer, 0, read);
            if (body.size() > maxBytes) {
                throw new Refused("too large");
            }
            socket.setSoTimeout(remaining(deadline));
        }
        return new Answer(status, location, body.toByteArray());
    }

    private static int remaining(long deadline) throws Refused {
        long left = deadline - System.currentTimeMillis();
        if (left <= 0) {
            throw new Refused("too slow");
        }
        return (int) left;
    }
}

package org.palabre.security.boundary;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Payara's /metrics (web.xml) tells the server's memory, threads, request counts and timings: useful to
 * whoever runs Palabre, and to an attacker timing an attack. Only a client on the server itself reads it,
 * and never through a reverse proxy on the same machine, which would make every visitor look local: a
 * request that a proxy forwarded (it names the original client) is refused like any other. Elsewhere it is
 * a 404, as if there were nothing. /health stays public (it says UP or DOWN, for load balancers) and
 * /openapi too (it describes the public JSON API, which anyone may read in the source).
 */
@WebFilter(filterName = "operator-endpoints")
public class OperatorEndpoints extends HttpFilter {

    private static final long serialVersionUID = 1L;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (fromThisMachine(request)) {
            chain.doFilter(request, response);
        } else {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    static boolean fromThisMachine(HttpServletRequest request) {
        if (request.getHeader("Forwarded") != null
                || request.getHeader("X-Forwarded-For") != null
                || request.getHeader("X-Real-IP") != null) {
            return false;
        }
        try {
            return InetAddress.getByName(request.getRemoteAddr()).isLoopbackAddress();
        } catch (UnknownHostException notAnAddress) {
            return false;
        }
    }
}

package org.palabre.web.boundary;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;

/**
 * A page's answer held back while it is made, so that it can be kept for other visitors: the body is collected,
 * and whatever makes an answer personal or unusual (a cookie, its own Cache-Control, an error, a redirect) is
 * noted. Headers and status still go to the real answer as they are set.
 */
final class CapturedAnswer extends HttpServletResponseWrapper {

    private final ByteArrayOutputStream body = new ByteArrayOutputStream(32 * 1024);
    private int status = SC_OK;
    private boolean personal;
    private ServletOutputStream stream;
    private PrintWriter writer;

    CapturedAnswer(HttpServletResponse response) {
        super(response);
    }

    /** An answer every visitor may be given: a whole HTML page, with no cookie and no caching rule of its own. */
    boolean isShareable() {
        String type = getContentType();
        return status == SC_OK
                && !personal
                && body.size() > 0
                && type != null
                && type.startsWith("text/html")
                && getHeader("Cache-Control") == null;
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return body.toByteArray();
    }

    /** Sends what was held back, as it was made. */
    void release() throws IOException {
        byte[] made = body();
        if (made.length > 0) {
            super.setContentLength(made.length);
            super.getOutputStream().write(made);
        }
    }

    @Override
    public void setStatus(int sc) {
        status = sc;
        super.setStatus(sc);
    }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        status = sc;
        super.sendError(sc, msg);
    }

    @Override
    public void sendError(int sc) throws IOException {
        status = sc;
        super.sendError(sc);
    }

    @Override
    public void sendRedirect(String location) throws IOException {
        status = SC_FOUND;
        super.sendRedirect(location);
    }

    @Override
    public void addCookie(jakarta.servlet.http.Cookie cookie) {
        personal = true;
        super.addCookie(cookie);
    }

    @Override
    public void setHeader(String name, String value) {
        if (!holdsLength(name)) {
            personal |= "Set-Cookie".equalsIgnoreCase(name);
            super.setHeader(name, value);
        }
    }

    @Override
    public void addHeader(String name, String value) {
        if (!holdsLength(name)) {
            personal |= "Set-Cookie".equalsIgnoreCase(name);
            super.addHeader(name, value);
        }
    }

    @Override
    public void setIntHeader(String name, int value) {
        if (!holdsLength(name)) {
            super.setIntHeader(name, value);
        }
    }

    @Override
    public void addIntHeader(String name, int value) {
        if (!holdsLength(name)) {
            super.addIntHeader(name, value);
        }
    }

    /** The length is the filter's to give, once it knows which encoding it sends. */
    private static boolean holdsLength(String name) {
        return "Content-Length".equalsIgnoreCase(name);
    }

    @Override
    public void setContentLength(int len) {}

    @Override
    public void setContentLengthLong(long len) {}

    @Override
    public void flushBuffer() {}

    @Override
    public void resetBuffer() {
        body.reset();
        super.resetBuffer();
    }

    @Override
    public void reset() {
        body.reset();
        status = SC_OK;
        super.reset();
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) {
                    body.write(b);
                }

                @Override
                public void write(byte[] b, int off, int len) {
                    body.write(b, off, len);
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("pages are written in one go");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            writer = new PrintWriter(
                    new OutputStreamWriter(getOutputStream(), Charset.forName(getCharacterEncoding())), false);
        }
        return writer;
    }
}

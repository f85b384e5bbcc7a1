package org.palabre.uploads.control;

/**
 * The one byte range a request asks for (RFC 9110, 14.1.2), so a large leaflet can be resumed or a viewer can jump
 * in it. Several ranges in one request are answered whole: rarely asked, and a multipart answer for little gain.
 */
public record ByteRange(long first, long length, boolean partial) {

    /** The range asked for in a file of {@code size} bytes; the whole file without one; null when it cannot be met. */
    public static ByteRange of(String header, long size) {
        ByteRange whole = new ByteRange(0, size, false);
        if (header == null || !header.startsWith("bytes=") || header.contains(",")) {
            return whole;
        }
        String spec = header.substring(6).strip();
        int dash = spec.indexOf('-');
        if (dash < 0) {
            return whole;
        }
        try {
            String from = spec.substring(0, dash).strip();
            String to = spec.substring(dash + 1).strip();
            if (from.isEmpty()) {
                long suffix = Long.parseLong(to);
                if (suffix <= 0) {
                    return null;
                }
                long start = Math.max(0, size - suffix);
                return new ByteRange(start, size - start, true);
            }
            long start = Long.parseLong(from);
            long end = to.isEmpty() ? size - 1 : Math.min(Long.parseLong(to), size - 1);
            if (start >= size || end < start) {
                return null;
            }
            return new ByteRange(start, end - start + 1, true);
        } catch (NumberFormatException e) {
            return whole;
        }
    }

    public String contentRange(long size) {
        return "bytes " + first + "-" + (first + length - 1) + "/" + size;
    }
}

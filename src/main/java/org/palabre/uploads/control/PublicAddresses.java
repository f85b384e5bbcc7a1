package org.palabre.uploads.control;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;

/**
 * Which addresses a fetch on a member's behalf may connect to: only the public internet. Refused: loopback,
 * private (RFC 1918), carrier-grade NAT, link-local (cloud metadata at 169.254.169.254), multicast, unspecified,
 * reserved and documentation ranges, IPv6 unique-local and site-local, and every IPv6 form that carries an IPv4
 * address inside (mapped ::ffff:a.b.c.d, compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16), judged by the
 * IPv4 address they carry; Teredo (2001::/32) is refused outright.
 */
public final class PublicAddresses {

    private PublicAddresses() {}

    public static boolean isPublic(InetAddress address) {
        if (address.isAnyLocalAddress()
                || address.isLoopbackAddress()
                || address.isLinkLocalAddress()
                || address.isSiteLocalAddress()
                || address.isMulticastAddress()) {
            return false;
        }
        byte[] bytes = address.getAddress();
        if (address instanceof Inet4Address) {
            return isPublicIpv4(bytes);
        }
        if (address instanceof Inet6Address) {
            return isPublicIpv6(bytes);
        }
        return false;
    }

    static boolean isPublicIpv4(byte[] b) {
        int first = b[0] & 0xFF;
        int second = b[1] & 0xFF;
        int third = b[2] & 0xFF;
        return !(first == 0
                || first == 10
                || first == 127
                || (first == 100 && second >= 64 && second <= 127)
                || (first == 169 && second == 254)
                || (first == 172 && second >= 16 && second <= 31)
                || (first == 192 && second == 0 && third == 0)
                || (first == 192 && second == 0 && third == 2)
                || (first == 192 && second == 88 && third == 99)
                || (first == 192 && second == 168)
                || (first == 198 && (second == 18 || second == 19))
                || (first == 198 && second == 51 && third == 100)
                || (first == 203 && second == 0 && third == 113)
                || first >= 224);
    }

    static boolean isPublicIpv6(byte[] b) {
        int first = b[0] & 0xFF;
        if ((first & 0xFE) == 0xFC || first == 0xFF) {
            return false; // unique-local fc00::/7, multicast
        }
        if (first == 0xFE && (b[1] & 0xC0) == 0x80 || first == 0xFE && (b[1] & 0xC0) == 0xC0) {
            return false; // link-local fe80::/10, site-local fec0::/10
        }
        if (allZero(b, 0, 10) && (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF) {
            return isPublicIpv4(tail(b)); // IPv4-mapped
        }
        if (allZero(b, 0, 12)) {
            return false; // ::, ::1 and IPv4-compatible addresses: nothing public is reached that way
        }
        if ((b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x9B) {
            return isPublicIpv4(tail(b)); // NAT64 64:ff9b::/96
        }
        if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x02) {
            return isPublicIpv4(new byte[] {b[2], b[3], b[4], b[5]}); // 6to4
        }
        if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x01 && b[2] == 0 && b[3] == 0) {
            return false; // Teredo
        }
        if ((b[0] & 0xFF) == 0x20 && (b[1] & 0xFF) == 0x01 && (b[2] & 0xFF) == 0x0D && (b[3] & 0xFF) == 0xB8) {
            return false; // documentation 2001:db8::/32
        }
        return true;
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static byte[] tail(byte[] b) {
        return new byte[] {b[12], b[13], b[14], b[15]};
    }
}

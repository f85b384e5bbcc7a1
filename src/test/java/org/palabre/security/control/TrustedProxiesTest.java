package org.palabre.security.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies balancers = TrustedProxies.parse("10.0.0.5, 172.16.0.0/12, fd00::/8");

    @Test
    void anUntrustedClientsForwardedForIsIgnored() {
        assertEquals("203.0.113.9", balancers.client("203.0.113.9", List.of("198.51.100.1")));
        assertEquals("203.0.113.9", TrustedProxies.NONE.client("203.0.113.9", List.of("198.51.100.1")));
    }

    @Test
    void behindATrustedProxyTheAddressItSawIsTheClient() {
        assertEquals("198.51.100.7", balancers.client("10.0.0.5", List.of("198.51.100.7")));
    }

    @Test
    void whatTheClientWroteLeftOfItsOwnAddressIsIgnored() {
        // The client sent "X-Forwarded-For: 1.2.3.4"; the balancer appended the address it was connected from.
        assertEquals("198.51.100.7", balancers.client("10.0.0.5", List.of("1.2.3.4, 198.51.100.7")));
        assertEquals("198.51.100.7", balancers.client("10.0.0.5", List.of("1.2.3.4", "198.51.100.7")));
    }

    @Test
    void severalTrustedProxiesInARowAreAllSkipped() {
        assertEquals("198.51.100.7", balancers.client("10.0.0.5", List.of("6.6.6.6, 198.51.100.7, 172.20.1.2")));
    }

    @Test
    void aRangeHoldsOnlyItsOwnAddresses() {
        assertEquals("172.32.0.1", balancers.client("172.32.0.1", List.of("198.51.100.7")));
        assertEquals("198.51.100.7", balancers.client("172.31.255.255", List.of("198.51.100.7")));
    }

    @Test
    void ipv6ProxiesAndClientsWork() {
        assertEquals("2001:db8:0:0:0:0:0:1", balancers.client("fd12::1", List.of("2001:db8::1")));
    }

    @Test
    void garbageWhereAnAddressShouldBeNamesTheProxyNeverAHostToLookUp() {
        assertEquals("10.0.0.5", balancers.client("10.0.0.5", List.of("evil.example.org")));
        assertEquals("10.0.0.5", balancers.client("10.0.0.5", List.of("300.1.1.1")));
    }

    @Test
    void withoutAHeaderATrustedProxyIsItsOwnClient() {
        assertEquals("10.0.0.5", balancers.client("10.0.0.5", List.of()));
    }

    @Test
    void aSettingThatIsNoAddressFailsLoudly() {
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("10.0.0.0/40"));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.parse("balancer.local"));
        assertTrue(TrustedProxies.parse(" , ").isEmpty());
    }
}

package org.palabre.incoming.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class MailRouteTest {

    private static final List<String> DOMAINS = List.of("forum.example");
    private static final Function<String, Optional<Long>> CATEGORIES =
            address -> Optional.ofNullable(Map.of("annonces@forum.example", 7L).get(address));

    private static MailRoute route(String... recipients) {
        return MailRoute.of(List.of(recipients), "palabre", DOMAINS, CATEGORIES);
    }

    @Test
    void aReplyAddressCarriesItsKey() {
        MailRoute route = route("palabre+0123456789abcdef0123456789abcdef01234567@forum.example");
        assertEquals(MailRoute.Kind.REPLY, route.kind());
        assertEquals("0123456789abcdef0123456789abcdef01234567", route.token());
    }

    @Test
    void unsubscribeAndBounceAddressesKeepTheirTokensCase() {
        assertEquals(
                new MailRoute(MailRoute.Kind.UNSUBSCRIBE, "AbC-_9", "unsubscribe+abc-_9@forum.example"),
                route("unsubscribe+AbC-_9@forum.example"));
        assertEquals(
                MailRoute.Kind.BOUNCE, route("bounces+12-xyz@forum.example").kind());
        assertEquals("12-xyz", route("bounces+12-xyz@forum.example").token());
    }

    @Test
    void aCategoryAddressStartsATopicWhateverItsCase() {
        MailRoute route = route("Annonces@Forum.example");
        assertEquals(MailRoute.Kind.NEW_TOPIC, route.kind());
        assertEquals("7", route.token());
    }

    @Test
    void theFirstRecipientThatNamesARouteWins() {
        assertEquals(
                MailRoute.Kind.REPLY,
                route("someone@else.example", "palabre+0123456789abcdef0123456789abcdef01234567@forum.example")
                        .kind());
    }

    @Test
    void keysOnAnotherDomainOrAnotherLocalPartRouteNowhere() {
        assertEquals(MailRoute.Kind.NONE, route("palabre+abc@other.example").kind());
        assertEquals(MailRoute.Kind.NONE, route("someoneelse+abc@forum.example").kind());
        assertEquals(MailRoute.Kind.NONE, route().kind());
    }
}

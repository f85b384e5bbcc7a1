package org.palabre.accounts.control;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.palabre.accounts.entity.Account;
import org.palabre.accounts.entity.ApiToken;

/**
 * Everything a member wrote and chose, as the JSON document they download. It names only what belongs
 * to the member: no password or token hash, no token secret, nothing about the people they invited.
 */
public record AccountExport(
        Instant exportedAt,
        String username,
        String displayName,
        String bio,
        String email,
        String language,
        String timeZone,
        String role,
        Instant joinedAt,
        List<Token> apiTokens,
        List<?> invitations,
        List<?> posts,
        List<?> uploads) {

    public record Token(String name, Instant createdAt) {}

    public record Invitation(String note, Instant createdAt, Instant expiresAt, String state) {}

    public static AccountExport of(Account member, List<ApiToken> tokens, Map<String, List<?>> sections, Instant now) {
        return new AccountExport(
                now,
                member.username(),
                member.displayName(),
                member.bioRaw(),
                member.email(),
                member.language(),
                member.timeZone(),
                member.role().name().toLowerCase(),
                member.createdAt(),
                tokens.stream()
                        .map(token -> new Token(token.name(), token.createdAt()))
                        .toList(),
                sections.getOrDefault("invitations", List.of()),
                sections.getOrDefault("posts", List.of()),
                sections.getOrDefault("uploads", List.of()));
    }
}

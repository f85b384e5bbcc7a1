package org.palabre.posts.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import org.commonmark.node.Node;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.palabre.accounts.entity.Account;
import org.palabre.markdown.control.MarkdownFacts;
import org.palabre.markdown.control.MarkdownRenderer;
import org.palabre.mentions.control.GroupMentions;
import org.palabre.mentions.control.MentionedMembers;
import org.palabre.posts.entity.Cooked;

/** Checks what a member wrote and cooks it: the markdown rules every new or edited post meets. */
@ApplicationScoped
public class PostContent {

    /** Either the cooked post or why it was refused (a message key with its one argument). */
    public record Outcome(Cooked cooked, String problem, Object argument) {
        public boolean refused() {
            return problem != null;
        }
    }

    private final MarkdownRenderer renderer = new MarkdownRenderer();

    @Inject
    MentionedMembers members;

    @Inject
    GroupMentions groups;

    @Inject
    @ConfigProperty(name = "palabre.posts.max-length", defaultValue = "32000")
    int maxLength;

    public Outcome cook(String typed) {
        return cook(typed, null);
    }

    /** As the author's post: the groups they may mention link to the group. */
    public Outcome cook(String typed, Account author) {
        String raw = typed == null
                ? ""
                : typed.replace("\r\n", "\n").replace('\r', '\n').stripTrailing();
        if (raw.isBlank()) {
            return new Outcome(null, "posts.raw.required", null);
        }
        if (raw.length() > maxLength) {
            return new Outcome(null, "posts.raw.tooLong", maxLength);
        }
        // NUL and the other C0 controls have no business in text, and PostgreSQL refuses NUL in TEXT.
        if (raw.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t')) {
            return new Outcome(null, "posts.raw.controls", null);
        }
        try {
            return new Outcome(recook(raw, author), null, null);
        } catch (MarkdownRenderer.TooDeeplyNested e) {
            return new Outcome(null, "markdown.tooDeep", null);
        }
    }

    /** The HTML of markdown already accepted once, for a renderer upgrade; mentions of members become links. */
    public Cooked recook(String raw) {
        return recook(raw, null);
    }

    /** As above; with an author, the groups they may mention link to the group. */
    public Cooked recook(String raw, Account author) {
        Node document = renderer.parse(raw);
        MarkdownFacts facts = MarkdownFacts.of(document);
        // Names inside quotes tell nobody, but still link to the member, as the quoted post did.
        var mentioned = facts.shownMentionKeys();
        // Most posts mention nobody: no query for them.
        Map<String, String> known = mentioned.isEmpty() ? Map.of() : members.usernames(mentioned);
        Map<String, String> groupsNamed =
                mentioned.isEmpty() || author == null ? Map.of() : groups.mentionable(mentioned, author);
        return new Cooked(raw, renderer.render(document, known, groupsNamed), MarkdownRenderer.VERSION, facts);
    }

    public int maxLength() {
        return maxLength;
    }
}

package org.palabre.search.control;

import java.time.Instant;
import org.hibernate.search.engine.backend.document.DocumentElement;
import org.hibernate.search.engine.backend.document.IndexFieldReference;
import org.hibernate.search.engine.backend.document.model.dsl.IndexSchemaElement;
import org.hibernate.search.engine.backend.types.Projectable;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.bridge.TypeBridge;
import org.hibernate.search.mapper.pojo.bridge.binding.TypeBindingContext;
import org.hibernate.search.mapper.pojo.bridge.mapping.programmatic.TypeBinder;
import org.hibernate.search.mapper.pojo.bridge.runtime.TypeBridgeWriteContext;
import org.palabre.posts.control.PostVisibility;
import org.palabre.posts.entity.Post;
import org.palabre.topics.entity.Topic;

/**
 * Writes a post's document: its words as plain text (the markdown's text, never its markup), its topic's title,
 * and what the permission filters need. Changes to the post itself reindex it; changes to its topic are followed
 * by {@link TopicChanges}, as posts are not reachable from their topic in the mapping.
 */
public class PostDocument implements TypeBinder {

    @Override
    public void bind(TypeBindingContext context) {
        // Hibernate Search reindexes a post when one of these changes (with useRootOnly() it saw no change to
        // them: an edit left the old words). The topic's own changes are followed by TopicChanges; a move to
        // another topic renumbers the post, so its number stands for the topic here. The author is indexed by id
        // (a rename or a deleted account changes no document), so only a post given to another author counts.
        context.dependencies()
                .use("author")
                .use("raw")
                .use("number")
                .use("createdAt")
                .use("withdrawnAt")
                .use("deletedAt")
                .use("pendingSince")
                .use("hiddenAt");
        IndexSchemaElement schema = context.indexSchemaElement();
        context.bridge(Post.class, new Bridge(new Fields(schema)));
    }

    private record Fields(
            IndexFieldReference<String> title,
            IndexFieldReference<String> text,
            IndexFieldReference<Long> topic,
            IndexFieldReference<Long> category,
            IndexFieldReference<Long> author,
            IndexFieldReference<Instant> created,
            IndexFieldReference<Boolean> first,
            IndexFieldReference<Boolean> shown,
            IndexFieldReference<Boolean> awaitingReview,
            IndexFieldReference<Boolean> listed) {

        Fields(IndexSchemaElement schema) {
            this(
                    words(schema, PostFields.TITLE),
                    words(schema, PostFields.TEXT),
                    schema.field(PostFields.TOPIC, f -> f.asLong().projectable(Projectable.YES))
                            .toReference(),
                    schema.field(PostFields.CATEGORY, f -> f.asLong()).toReference(),
                    schema.field(PostFields.AUTHOR, f -> f.asLong()).toReference(),
                    schema.field(PostFields.CREATED, f -> f.asInstant().sortable(Sortable.YES))
                            .toReference(),
                    schema.field(PostFields.FIRST, f -> f.asBoolean()).toReference(),
                    schema.field(PostFields.SHOWN, f -> f.asBoolean()).toReference(),
                    schema.field(PostFields.AWAITING_REVIEW, f -> f.asBoolean()).toReference(),
                    schema.field(PostFields.LISTED, f -> f.asBoolean()).toReference());
        }

        /**
         * Neither stored nor highlighted by the index: WordMarks marks the words in the posts a page shows, which
         * it has loaded anyway.
         */
        private static IndexFieldReference<String> words(IndexSchemaElement schema, String name) {
            return schema.field(name, f -> f.asString().analyzer(PostFields.WORDS))
                    .toReference();
        }
    }

    private record Bridge(Fields fields) implements TypeBridge<Post> {

        @Override
        public void write(DocumentElement document, Post post, TypeBridgeWriteContext context) {
            Topic topic = post.topic();
            String text = PlainText.of(post.raw());
            // The title is the first post's alone: a topic is found once by its title, not once per reply, and a
            // search scores the text fields once instead of once for first posts and again for the others.
            if (post.number() == 1) {
                document.addValue(fields.title(), topic.title());
            }
            document.addValue(fields.text(), text);
            document.addValue(fields.topic(), topic.id());
            document.addValue(fields.category(), topic.category().id());
            document.addValue(fields.author(), post.author().id());
            document.addValue(fields.created(), post.createdAt());
            document.addValue(fields.first(), post.number() == 1);
            PostVisibility.States states = PostVisibility.States.of(post);
            // A topic held for approval is found by nobody, its moderators included, until it is approved.
            boolean held = topic.isPending();
            document.addValue(fields.shown(), !held && PostVisibility.isShownToMembers(states));
            document.addValue(fields.awaitingReview(), !held && PostVisibility.isAwaitingReview(states));
            document.addValue(fields.listed(), !topic.isUnlisted() && topic.mergedIntoId() == null);
        }
    }
}

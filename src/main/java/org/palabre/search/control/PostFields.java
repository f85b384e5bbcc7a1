package org.palabre.search.control;

/**
 * The fields of a post's search document. Each word of a text is indexed with its French and its English term at
 * the same position ({@link #WORDS}), and a search's words are analysed alike: posts mix languages, a category has
 * no language setting, and guessing the language of a three-word reply goes wrong more often than a second term
 * costs. One field holding both languages costs a search about a sixth less than a field per language: the index
 * reads one list of posts per word and field instead of two.
 */
public final class PostFields {

    /** The analysis of the text fields: each word's French term and, where it differs, its English one. */
    public static final String WORDS = "french_and_english";

    /** The topic's title, in its first post's document only. */
    public static final String TITLE = "title";
    /** The post's words as plain text, without markup. */
    public static final String TEXT = "text";

    public static final String TOPIC = "topicId";
    public static final String CATEGORY = "categoryId";
    public static final String AUTHOR = "authorId";
    public static final String CREATED = "createdAt";
    /** The topic's first post, the one its title belongs to. */
    public static final String FIRST = "first";
    /** Shown to members (PostVisibility.isShownToMembers) in a topic not held for approval. */
    public static final String SHOWN = "shown";
    /** Hidden by flags and nothing else: PostVisibility.isAwaitingReview, what staff still find. */
    public static final String AWAITING_REVIEW = "awaitingReview";
    /** The topic is in the lists: not unlisted (staff still find it). A held topic's posts are never shown. */
    public static final String LISTED = "topicListed";

    private PostFields() {}
}

package org.palabre.search.control;

/**
 * The fields of a post's search document. Each text is indexed twice, once analysed as French and once as
 * English, and queries ask both: posts mix languages, a category has no language setting, and guessing the
 * language of a three-word reply goes wrong more often than a second field costs.
 */
public final class PostFields {

    public static final String FRENCH = "french";
    public static final String ENGLISH = "english";

    public static final String TITLE_FR = "title_fr";
    public static final String TITLE_EN = "title_en";
    public static final String TEXT_FR = "text_fr";
    public static final String TEXT_EN = "text_en";

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

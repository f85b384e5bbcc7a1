package org.palabre.categories.entity;

/**
 * A category was made, changed or deleted (CDI event, fired inside the transaction): the staff's log keeps it,
 * with the category's address, readable after a deletion.
 */
public record CategoryChanged(long actorId, long categoryId, String slug, Change change) {

    public enum Change {
        CREATED,
        CHANGED,
        DELETED
    }
}

package org.palabre.groups.entity;

/**
 * A group was made, changed or deleted (CDI event, fired inside the transaction): the staff's log keeps who did
 * what to which group, since a group decides who reads and moderates categories. {@code what} says the change
 * in a few words for the log ("policy: MEMBERS", "added: ana"); the name stays readable after a deletion.
 */
public record GroupChanged(long actorId, long groupId, String name, Change change, String what) {

    public enum Change {
        CREATED,
        CHANGED,
        DELETED
    }
}

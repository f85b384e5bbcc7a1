package org.palabre.accounts.entity;

import java.util.Optional;

/** What a member who deletes their account wants done with their posts. */
public enum PostsChoice {
    KEEP_AS_DELETED_USER("keep"),
    REMOVE("remove");

    private final String formValue;

    PostsChoice(String formValue) {
        this.formValue = formValue;
    }

    /** The value a form or the API sends: "keep" or "remove". */
    public String formValue() {
        return formValue;
    }

    public static Optional<PostsChoice> fromFormValue(String value) {
        for (PostsChoice choice : values()) {
            if (choice.formValue.equals(value)) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }
}

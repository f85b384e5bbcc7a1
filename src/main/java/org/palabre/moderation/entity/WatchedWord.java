package org.palabre.moderation.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A word or phrase administrators watch for, with {@code *} standing for any letters within a word. */
@Entity
@Table(name = "watched_words")
public class WatchedWord {

    public static final int MAX_LENGTH = 100;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String phrase;

    @Enumerated(EnumType.STRING)
    private WatchedWordAction action;

    @Column(name = "created_at")
    private Instant createdAt;

    protected WatchedWord() {
        // for JPA
    }

    public WatchedWord(String phrase, WatchedWordAction action) {
        this.phrase = phrase;
        this.action = action;
        this.createdAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public String phrase() {
        return phrase;
    }

    public WatchedWordAction action() {
        return action;
    }

    public Instant createdAt() {
        return createdAt;
    }
}

package org.palabre.groups.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import org.palabre.accounts.entity.UsernameSkeleton;

/** A named set of members, such as collectif-lyon. */
@Entity
@Table(name = "member_groups")
@NamedQuery(name = MemberGroup.BY_SKELETON, query = "SELECT g FROM MemberGroup g WHERE g.nameSkeleton = :skeleton")
@NamedQuery(
        name = MemberGroup.ALL_WITH_SIZES,
        query = "SELECT g, (SELECT COUNT(m) FROM GroupMembership m WHERE m.group = g) "
                + "FROM MemberGroup g ORDER BY g.name")
public class MemberGroup {

    public static final String BY_SKELETON = "MemberGroup.bySkeleton";
    public static final String ALL_WITH_SIZES = "MemberGroup.allWithSizes";

    /** Who may @mention the whole group. */
    public enum MentionPolicy {
        NOBODY,
        MEMBERS,
        MODERATORS,
        EVERYONE
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Column(name = "name_skeleton")
    private String nameSkeleton;

    private String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "mention_policy")
    private MentionPolicy mentionPolicy;

    @Column(name = "created_at")
    private Instant createdAt;

    protected MemberGroup() {
        // for JPA
    }

    public MemberGroup(String name, String description) {
        this.name = name.strip();
        this.nameSkeleton = UsernameSkeleton.of(name);
        this.description = description == null || description.isBlank() ? null : description.strip();
        this.mentionPolicy = MentionPolicy.MEMBERS;
        this.createdAt = Instant.now();
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String description() {
        return description == null ? "" : description;
    }

    public MentionPolicy mentionPolicy() {
        return mentionPolicy;
    }

    public void changeMentionPolicy(MentionPolicy policy) {
        this.mentionPolicy = Objects.requireNonNull(policy);
    }
}

package org.palabre.categories.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;

/** A place for topics, such as "Campagne VSA", with who may read and who may write there. */
@Entity
@Table(name = "categories")
@NamedQuery(
        name = Category.ALL,
        query = "SELECT DISTINCT c FROM Category c LEFT JOIN FETCH c.groups ORDER BY c.position, c.name")
@NamedQuery(name = Category.BY_SLUG, query = "SELECT c FROM Category c WHERE c.slug = :slug")
public class Category {

    public static final String ALL = "Category.all";
    public static final String BY_SLUG = "Category.bySlug";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;
    private String slug;
    private String description;
    private String colour;
    private int position;

    @Enumerated(EnumType.STRING)
    @Column(name = "read_access")
    private Access readAccess;

    @Enumerated(EnumType.STRING)
    @Column(name = "write_access")
    private Access writeAccess;

    @Column(name = "created_at")
    private Instant createdAt;

    /** Members of this group moderate this category; null when only the site's moderators do. */
    @Column(name = "moderator_group_id")
    private Long moderatorGroupId;

    /** Every new topic here waits for a moderator's approval before anyone else sees it. */
    @Column(name = "topics_need_approval")
    private boolean topicsNeedApproval;

    @Column(name = "public_moderation_log")
    private boolean publicModerationLog;

    @OneToMany(fetch = FetchType.LAZY, cascade = CascadeType.ALL, orphanRemoval = true)
    @JoinColumn(name = "category_id", insertable = false, updatable = false)
    private Set<CategoryGroup> groups = new HashSet<>();

    protected Category() {
        // for JPA
    }

    public Category(String name, String slug) {
        this.name = name;
        this.slug = slug;
        this.colour = "#4b5563";
        this.readAccess = Access.EVERYONE;
        this.writeAccess = Access.MEMBERS;
        this.createdAt = Instant.now();
    }

    public void describe(String newName, String newSlug, String newDescription, String newColour, int newPosition) {
        this.name = newName;
        this.slug = newSlug;
        this.description = newDescription == null || newDescription.isBlank() ? null : newDescription.strip();
        this.colour = newColour;
        this.position = newPosition;
    }

    /**
     * Sets who reads and who writes. Writers are always readers too: a group that may write may read,
     * and a category that only groups read cannot be written by every member.
     */
    public void allow(Access read, Set<Long> readGroups, Access write, Set<Long> writeGroups) {
        this.readAccess = read;
        this.writeAccess = read == Access.GROUPS ? Access.GROUPS : write;
        Set<Long> writers = writeAccess == Access.GROUPS ? Set.copyOf(writeGroups) : Set.of();
        Set<Long> readers = new HashSet<>(readAccess == Access.GROUPS ? readGroups : Set.of());
        readers.addAll(readAccess == Access.GROUPS ? writers : Set.of());
        groups.clear();
        readers.forEach(group -> groups.add(new CategoryGroup(id, group, CategoryGroup.Right.READ)));
        writers.forEach(group -> groups.add(new CategoryGroup(id, group, CategoryGroup.Right.WRITE)));
    }

    public Set<Long> groupsWith(CategoryGroup.Right right) {
        return groups.stream()
                .filter(g -> g.access() == right)
                .map(CategoryGroup::groupId)
                .collect(Collectors.toUnmodifiableSet());
    }

    public Long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String slug() {
        return slug;
    }

    public String description() {
        return description == null ? "" : description;
    }

    public String colour() {
        return colour;
    }

    public int position() {
        return position;
    }

    public Access readAccess() {
        return readAccess;
    }

    public Access writeAccess() {
        return writeAccess;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Long moderatorGroupId() {
        return moderatorGroupId;
    }

    public void moderateBy(Long groupId) {
        this.moderatorGroupId = groupId;
    }

    public boolean topicsNeedApproval() {
        return topicsNeedApproval;
    }

    public void requireApprovalOfTopics(boolean required) {
        this.topicsNeedApproval = required;
    }

    /** Whether readers of the category may read what its moderators did there, and why. */
    public boolean hasPublicModerationLog() {
        return publicModerationLog;
    }

    public void showModerationLog(boolean shown) {
        this.publicModerationLog = shown;
    }
}

package org.palabre.categories.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;

/** One group allowed to read, or to write, in a category whose access is {@link Access#GROUPS}. */
@Entity
@Table(name = "category_groups")
@IdClass(CategoryGroup.Key.class)
public class CategoryGroup {

    public enum Right {
        READ,
        WRITE
    }

    public record Key(Long categoryId, Long groupId, Right access) implements Serializable {
        public Key() {
            this(null, null, null);
        }
    }

    @Id
    @Column(name = "category_id")
    private Long categoryId;

    @Id
    @Column(name = "group_id")
    private Long groupId;

    @Id
    @Enumerated(EnumType.STRING)
    private Right access;

    protected CategoryGroup() {
        // for JPA
    }

    CategoryGroup(Long categoryId, Long groupId, Right access) {
        this.categoryId = categoryId;
        this.groupId = groupId;
        this.access = access;
    }

    public Long groupId() {
        return groupId;
    }

    public Right access() {
        return access;
    }
}

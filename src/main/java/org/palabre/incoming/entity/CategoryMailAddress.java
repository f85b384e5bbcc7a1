package org.palabre.incoming.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The address that starts a topic in a category when a member writes to it. */
@Entity
@Table(name = "category_mail_addresses")
public class CategoryMailAddress {

    @Id
    @Column(name = "category_id")
    private long categoryId;

    private String address;

    protected CategoryMailAddress() {
        // for JPA
    }

    public CategoryMailAddress(long categoryId, String address) {
        this.categoryId = categoryId;
        this.address = address;
    }

    public void change(String newAddress) {
        this.address = newAddress;
    }

    public long categoryId() {
        return categoryId;
    }

    public String address() {
        return address;
    }
}

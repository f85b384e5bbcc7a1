package org.palabre.settings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One setting an administrator changed from the site. */
@Entity
@Table(name = "site_settings")
public class SiteSetting {

    @Id
    private String name;

    @Column(name = "setting_value")
    private String value;

    protected SiteSetting() {
        // for JPA
    }

    public SiteSetting(String name, String value) {
        this.name = name;
        this.value = value;
    }

    public String value() {
        return value;
    }

    public void change(String newValue) {
        this.value = newValue;
    }
}

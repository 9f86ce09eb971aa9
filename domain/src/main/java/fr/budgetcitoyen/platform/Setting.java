package fr.budgetcitoyen.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.util.Objects;

/** A setting an administrator changes at run time; absent means the platform's default. */
@Entity
@Table(name = "platform_setting")
public class Setting {

    @Id
    @Column(name = "setting_key", length = 80)
    private String key;

    @Column(name = "setting_value", nullable = false, length = 400)
    private String value;

    protected Setting() {
        // for JPA
    }

    public Setting(String key, String value) {
        this.key = Objects.requireNonNull(key, "key");
        this.value = Objects.requireNonNull(value, "value");
    }

    public void change(String newValue) {
        this.value = Objects.requireNonNull(newValue, "value");
    }

    public String key() { return key; }

    public String value() { return value; }
}

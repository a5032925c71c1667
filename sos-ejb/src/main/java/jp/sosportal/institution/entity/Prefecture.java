package jp.sosportal.institution.entity;

import java.io.Serializable;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;

/** One of the 47 都道府県, keyed by its JIS code ("01" 北海道 … "47" 沖縄県). Reference data from the migrations, cached. */
@Entity
@Cacheable
@NamedQuery(name = Prefecture.ALL, query = "select p from Prefecture p order by p.code")
public class Prefecture implements Serializable {

    public static final String ALL = "Prefecture.all";

    @Id
    @Column(length = 2)
    private String code;

    @Column(nullable = false, length = 10)
    private String name;

    protected Prefecture() {
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }
}

package jp.sosportal.institution.control;

import java.io.Serializable;

/** An institution as the account form offers it: the code it is stored by and what the admin reads. */
public record InstitutionChoice(String code, String name, String prefectureName) implements Serializable {

    public String label() {
        return code + " " + name + " (" + prefectureName + ")";
    }
}

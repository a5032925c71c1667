package jp.sosportal.institution.control;

import java.io.Serializable;

/** 担当者名 and メールアドレス of an account, as the profile form shows and sends them. */
public record Profile(String contactName, String mail) implements Serializable {
}

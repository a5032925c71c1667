package jp.sosportal.web.security;

import jakarta.security.enterprise.credential.UsernamePasswordCredential;

import org.omnifaces.util.Utils;

/** The user name and password typed at 「ログイン」; the password is not shown again after a failed try. */
public class LoginForm {

    private String username;
    private String password;

    /** A blank field: refused like a wrong password, without asking anyone. */
    boolean isIncomplete() {
        return Utils.isBlank(username) || Utils.isBlank(password);
    }

    UsernamePasswordCredential toCredential() {
        return new UsernamePasswordCredential(username.trim(), password);
    }

    void forgetPassword() {
        password = null;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}

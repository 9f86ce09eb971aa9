package fr.budgetcitoyen.web.security;

import java.io.Serializable;

/** An e-mail address and a password as typed in a form (sign-in, password reset, assisted vote). */
public class Credentials implements Serializable {

    private static final long serialVersionUID = 1L;

    private String email;
    private String password;

    public String getEmail() { return email; }

    public void setEmail(String email) { this.email = email; }

    public String getPassword() { return password; }

    public void setPassword(String password) { this.password = password; }

    /** Forgets the password once used: it is never kept in a view's state longer than the request. */
    public void forgetPassword() {
        password = null;
    }

    /** Forgets both: the next person at this device starts from an empty form. */
    public void clear() {
        email = null;
        password = null;
    }
}

package fr.budgetcitoyen.mail;

import java.util.Objects;

/** A message to send once the transaction that asked for it has committed. */
public record Mail(String to, String subject, String body) {

    public Mail {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
    }
}

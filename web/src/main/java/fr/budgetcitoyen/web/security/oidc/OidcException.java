package fr.budgetcitoyen.web.security.oidc;

/** The provider's answer cannot be trusted or used; the visitor is sent back to the login page. */
class OidcException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    OidcException(String message) {
        super(message);
    }

    OidcException(String message, Throwable cause) {
        super(message, cause);
    }
}

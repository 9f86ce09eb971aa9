package fr.budgetcitoyen.web.i18n;

import fr.budgetcitoyen.account.AccountRefusedException;
import fr.budgetcitoyen.account.Role;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.util.MissingResourceException;
import java.util.Set;
import java.util.stream.Collectors;

/** The portal's bundle from Java code, and account refusals shown next to their fields (domain refusals: {@code platform.Refusals}). */
public final class Texts {

    private Texts() {
    }

    public static String get(String key) {
        try {
            return Faces.getContext().getApplication().getResourceBundle(Faces.getContext(), "msg").getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** A message with parameters, in the reader's language. */
    public static String format(String key, Object... params) {
        return new java.text.MessageFormat(get(key), Faces.getLocale()).format(params);
    }

    /** Roles in the reader's language, "Habitant, Porteur de projet". */
    public static String roles(Set<Role> roles) {
        return roles.stream().sorted().map(role -> get("role." + role)).collect(Collectors.joining(", "));
    }

    /** Each problem as an error message on its field ({@code form:field}), or global without a field. */
    public static void show(AccountRefusedException refused, String formId) {
        for (AccountRefusedException.Problem problem : refused.problems()) {
            if (problem.field() == null) {
                Messages.addGlobalError(get(problem.key()));
            } else {
                Messages.addError(formId + ":" + problem.field(), get(problem.key()));
            }
        }
        Faces.validationFailed();
    }
}

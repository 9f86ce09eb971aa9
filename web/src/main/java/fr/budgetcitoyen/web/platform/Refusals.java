package fr.budgetcitoyen.web.platform;

import fr.budgetcitoyen.shared.InvalidFieldsException;
import fr.budgetcitoyen.shared.Refusal;
import fr.budgetcitoyen.web.i18n.Texts;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs a backing bean's action and shows what the domain refused, instead of a catch block per action: each
 * problem of an {@link InvalidFieldsException} next to its field, any other {@link Refusal} as a global message.
 * <pre>
 * if (Refusals.attempt(() -&gt; network.plan(day, title), "gang")) {
 *     Messages.addGlobalInfo(Texts.get("gang.planned"));
 * }
 * </pre>
 */
public final class Refusals {

    /** Where a problem's message goes: the client id of the field it names, or null for a global message. */
    @FunctionalInterface
    public interface Placement {
        String clientIdOf(String field);
    }

    /** Every problem as a global message: the refused value has no field on the page. */
    public static final Placement GLOBAL = field -> null;

    /** Where the messages are written: the Faces context, or a list in a test. */
    interface Page {
        void onField(String clientId, String key);

        void global(String key);

        /** Inputs keep what was typed and the partial response says the action failed. */
        void validationFailed();
    }

    private static final Page FACES = new Page() {
        @Override
        public void onField(String clientId, String key) {
            Messages.addError(clientId, Texts.get(key));
        }

        @Override
        public void global(String key) {
            Messages.addGlobalError(Texts.get(key));
        }

        @Override
        public void validationFailed() {
            Faces.validationFailed();
        }
    };

    private Refusals() {
    }

    /** Field {@code f} of the form {@code formId} is {@code formId:f}; a problem without a field is global. */
    public static Placement form(String formId) {
        return field -> field == null ? null : formId + ":" + field;
    }

    /** Runs the action; false when it was refused, its messages then shown on the fields of {@code formId}. */
    public static boolean attempt(Runnable action, String formId) {
        return attempt(action, form(formId));
    }

    /** Runs the action; false when it was refused, its messages then shown where {@code placement} says. */
    public static boolean attempt(Runnable action, Placement placement) {
        return attempt(action, placement, FACES);
    }

    /** What the action gives, or empty when it was refused (messages shown on the fields of {@code formId}). */
    public static <T> Optional<T> obtain(Supplier<T> action, String formId) {
        AtomicReference<T> result = new AtomicReference<>();
        return attempt(() -> result.set(action.get()), form(formId)) ? Optional.ofNullable(result.get()) : Optional.empty();
    }

    /** The field named {@code name} beside the button just pressed, in the same table row. */
    public static String besideButton(String name) {
        String button = Components.getCurrentActionSource().getClientId();
        return button.substring(0, button.lastIndexOf(':') + 1) + name;
    }

    /** The problems next to the fields of {@code formId}, for an action that does more when refused. */
    public static void show(InvalidFieldsException invalid, String formId) {
        show(invalid, form(formId));
    }

    /** The problems where {@code placement} says, for an action that does more when refused. */
    public static void show(InvalidFieldsException invalid, Placement placement) {
        show(invalid, placement, FACES);
    }

    static boolean attempt(Runnable action, Placement placement, Page page) {
        try {
            action.run();
            return true;
        } catch (InvalidFieldsException invalid) {
            show(invalid, placement, page);
            return false;
        } catch (RuntimeException refused) {
            if (refused instanceof Refusal refusal) {
                page.global(refusal.messageKey());
                return false;
            }
            throw refused;
        }
    }

    static void show(InvalidFieldsException invalid, Placement placement, Page page) {
        for (InvalidFieldsException.Problem problem : invalid.problems()) {
            String clientId = placement.clientIdOf(problem.field());
            if (clientId == null) {
                page.global(problem.key());
            } else {
                page.onField(clientId, problem.key());
            }
        }
        page.validationFailed();
    }
}

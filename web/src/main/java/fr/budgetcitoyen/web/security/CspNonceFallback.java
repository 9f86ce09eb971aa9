package fr.budgetcitoyen.web.security;

import jakarta.faces.FacesException;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.ExternalContextFactory;
import jakarta.faces.context.ExternalContextWrapper;
import jakarta.faces.context.FacesContext;

import java.nio.charset.StandardCharsets;
import java.util.AbstractMap;
import java.util.Base64;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * A form posted without JavaScript carries no {@code primefaces.nonce}: PrimeFaces' CSP mode adds that field with
 * its script and refuses a postback without it ("CSP nonce mismatch"), so every form of the portal would need
 * JavaScript, and the HTTP clients of the tests too. The nonce is no secret of the request (the view state guards
 * against forged posts): when the field is missing, the nonce the view was rendered with stands in for it — and in
 * a stateless view, which keeps none, a fresh one (the answer is a new page, with its own policy).
 */
public class CspNonceFallback extends ExternalContextFactory {

    static final String FIELD = "primefaces.nonce";

    public CspNonceFallback(ExternalContextFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExternalContext getExternalContext(Object context, Object request, Object response) throws FacesException {
        return new WithViewNonce(getWrapped().getExternalContext(context, request, response));
    }

    private static final class WithViewNonce extends ExternalContextWrapper {

        WithViewNonce(ExternalContext wrapped) {
            super(wrapped);
        }

        @Override
        public Map<String, String> getRequestParameterMap() {
            Map<String, String> posted = super.getRequestParameterMap();
            return posted.containsKey(FIELD) ? posted : new ViewNonceAdded(posted);
        }
    }

    /** The posted parameters, plus the view's nonce under {@link #FIELD}, looked up only when asked for. */
    private static final class ViewNonceAdded extends AbstractMap<String, String> {

        private final Map<String, String> posted;
        private String stateless;

        ViewNonceAdded(Map<String, String> posted) {
            this.posted = posted;
        }

        @Override
        public String get(Object key) {
            return FIELD.equals(key) ? viewNonce() : posted.get(key);
        }

        @Override
        public boolean containsKey(Object key) {
            return FIELD.equals(key) ? viewNonce() != null : posted.containsKey(key);
        }

        @Override
        public Set<Entry<String, String>> entrySet() {
            return posted.entrySet();
        }

        private String viewNonce() {
            FacesContext faces = FacesContext.getCurrentInstance();
            UIViewRoot view = faces == null ? null : faces.getViewRoot();
            if (view == null) {
                return null;
            }
            Map<String, Object> state = view.isTransient() ? null : view.getViewMap(false);
            if (state != null) {
                return (String) state.get(FIELD);
            }
            if (stateless == null) { // PrimeFaces' own form: a random UUID, in Base64
                stateless = Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
            }
            return stateless;
        }
    }
}

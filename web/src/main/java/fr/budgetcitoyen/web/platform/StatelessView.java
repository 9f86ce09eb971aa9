package fr.budgetcitoyen.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/** For layout.xhtml's {@code <f:view transient>}: whether the page being built keeps no state ({@link StatelessViews}). */
@Named
@ApplicationScoped
public class StatelessView {

    public boolean isCurrent() {
        FacesContext context = FacesContext.getCurrentInstance();
        return StatelessViews.applies(context, context.getViewRoot().getViewId());
    }
}

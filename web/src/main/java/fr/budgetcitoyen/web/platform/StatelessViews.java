package fr.budgetcitoyen.web.platform;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.FacesContext;

import java.util.Set;

/**
 * The public pages that only display keep no state for a visitor who is not signed in: their views are transient, so
 * neither a view state nor an HTTP session is made for them, whatever the crowd (issue 19: a launch day, a newspaper
 * link, a crawler). Decided when the view is created — before PrimeFaces' CSP keeps its nonce in the view (which would
 * make a session) — and again when a stateless postback rebuilds the view (layout.xhtml's f:view asks
 * {@link StatelessView}). Signed in, every page keeps its state as before.
 */
public class StatelessViews extends ViewHandlerWrapper {

    static final Set<String> PUBLIC = Set.of("/index.xhtml", "/editions.xhtml", "/edition.xhtml", "/ideas.xhtml",
            "/idea.xhtml", "/projects.xhtml", "/project.xhtml", "/comptoirs.xhtml", "/ambassadors.xhtml",
            "/ambassador.xhtml", "/internships.xhtml", "/internship.xhtml", "/scics.xhtml", "/scic.xhtml", "/cdess.xhtml",
            "/results.xhtml", "/impact.xhtml", "/ballots.xhtml", "/board.xhtml", "/structures.xhtml", "/structure.xhtml",
            "/open-data.xhtml", "/errors/403.xhtml", "/errors/404.xhtml", "/errors/500.xhtml");

    public StatelessViews(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public UIViewRoot createView(FacesContext context, String viewId) {
        UIViewRoot view = super.createView(context, viewId);
        if (applies(context, view.getViewId())) {
            view.setTransient(true);
        }
        return view;
    }

    /** A public page that only displays, seen by a visitor who is not signed in. */
    static boolean applies(FacesContext context, String viewId) {
        return PUBLIC.contains(viewId) && context.getExternalContext().getUserPrincipal() == null;
    }
}

package fr.budgetcitoyen.web.i18n;

import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import org.omnifaces.util.Messages;

import java.text.MessageFormat;

/**
 * OmniFaces formats every message with MessageFormat, which swallows French apostrophes
 * ("n'est" would print "nest"): only messages that have parameters are formatted.
 */
@WebListener
public class MessageResolverSetup implements ServletContextListener {

    @Override
    public void contextInitialized(ServletContextEvent event) {
        Messages.setResolver((message, params) -> params == null || params.length == 0
                ? message : MessageFormat.format(message, params));
    }
}

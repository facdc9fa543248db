package org.reintegration.portal.publicpages;

import jakarta.servlet.http.HttpServletRequest;
import org.reintegration.portal.security.CurrentUser;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.handler.AbstractHandlerMapping;
import org.springframework.web.servlet.mvc.Controller;

/**
 * Spring MVC for the public pages. Vaadin's Spring integration maps its servlet to {@code /vaadinServlet/*}
 * and forwards to it, with the lowest precedence, whatever no Spring MVC handler takes; so these
 * controllers answer their addresses first and every other address still reaches a Vaadin view.
 */
@Configuration
class PublicPagesConfiguration {

    /** Vaadin marks its own requests (the signed-in application's round trips, heartbeats) with this parameter. */
    private static final String VAADIN_REQUEST = "v-r=";

    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver(CurrentUser currentUser) {
        return new PublicLocaleResolver(currentUser);
    }

    /**
     * Vaadin's own requests go to Vaadin before any controller looks at them. The Vaadin application sends
     * them to the root address ({@code POST /?v-r=uidl}), which the public front page's GET mapping would
     * otherwise claim and answer with 405, leaving every signed-in page blank.
     */
    @Bean
    HandlerMapping vaadinRequestsFirst(@Qualifier("vaadinForwardingController") Controller vaadin) {
        AbstractHandlerMapping mapping = new AbstractHandlerMapping() {
            @Override
            protected Object getHandlerInternal(HttpServletRequest request) {
                String query = request.getQueryString();
                boolean vaadinRequest =
                        query != null && (query.startsWith(VAADIN_REQUEST) || query.contains("&" + VAADIN_REQUEST));
                return vaadinRequest ? vaadin : null;
            }
        };
        mapping.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return mapping;
    }
}

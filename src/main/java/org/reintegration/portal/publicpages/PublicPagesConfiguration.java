package org.reintegration.portal.publicpages;

import org.reintegration.portal.security.CurrentUser;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.DispatcherServlet;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Spring MVC for the public pages. Vaadin's Spring integration maps its servlet to {@code /vaadinServlet/*}
 * and forwards to it, with the lowest precedence, whatever no Spring MVC handler takes; so these
 * controllers answer their addresses first and every other address still reaches a Vaadin view.
 */
@Configuration
class PublicPagesConfiguration {

    @Bean(name = DispatcherServlet.LOCALE_RESOLVER_BEAN_NAME)
    LocaleResolver localeResolver(CurrentUser currentUser) {
        return new PublicLocaleResolver(currentUser);
    }
}

package org.reintegration.portal.base.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets browsers keep the Vaadin bundle's content-hashed files ({@code /VAADIN/build/FlowClient-Dp7X4nQP.js})
 * for a year without asking again: their name changes whenever their content does. Vaadin itself sends
 * them with an hour, so a returning staff member on a slow link would fetch them again. Other files and
 * HTML keep the headers they had.
 */
@Configuration
class HashedFileCaching {

    static final String FOREVER = "max-age=31536000, immutable";

    /** A Vite output name: anything, a dash, an 8-character content hash, an extension. */
    static final Pattern HASHED = Pattern.compile("/VAADIN/build/[^/]+-[A-Za-z0-9_-]{8}\\.(js|css|woff2?|ttf|svg|png)");

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> hashedFileCachingFilter() {
        FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(new Filter());
        registration.addUrlPatterns("/VAADIN/build/*");
        registration.setName("hashedFileCaching");
        return registration;
    }

    static boolean isHashed(String path) {
        return HASHED.matcher(path).matches();
    }

    static final class Filter extends OncePerRequestFilter {
        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            String path =
                    request.getRequestURI().substring(request.getContextPath().length());
            if (!isHashed(path)) {
                chain.doFilter(request, response);
                return;
            }
            response.setHeader("Cache-Control", FOREVER);
            chain.doFilter(request, new HttpServletResponseWrapper(response) {
                @Override
                public void setHeader(String name, String value) {
                    if (!"Cache-Control".equalsIgnoreCase(name)) {
                        super.setHeader(name, value);
                    }
                }

                @Override
                public void addHeader(String name, String value) {
                    if (!"Cache-Control".equalsIgnoreCase(name)) {
                        super.addHeader(name, value);
                    }
                }

                @Override
                public void setDateHeader(String name, long date) {
                    if (!"Expires".equalsIgnoreCase(name)) {
                        super.setDateHeader(name, date);
                    }
                }
            });
        }
    }
}

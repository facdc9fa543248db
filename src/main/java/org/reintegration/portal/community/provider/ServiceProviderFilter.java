package org.reintegration.portal.community.provider;

/**
 * Which service providers a list shows, besides where they are.
 *
 * @param type only providers of this type; null for all
 * @param acceptingReferralsOnly only providers that accept referrals
 */
public record ServiceProviderFilter(ProviderType type, boolean acceptingReferralsOnly) {

    public static final ServiceProviderFilter ALL = new ServiceProviderFilter(null, false);
}

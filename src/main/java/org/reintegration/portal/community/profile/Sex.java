package org.reintegration.portal.community.profile;

public enum Sex {
    FEMALE,
    MALE
}

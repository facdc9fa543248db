package org.reintegration.portal.security.repository;

import static org.reintegration.portal.base.jooq.Tables.APP_USER;
import static org.reintegration.portal.base.jooq.Tables.USER_AREA_SCOPE;

import java.time.LocalDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.reintegration.portal.base.PCode;
import org.reintegration.portal.security.PortalUser;
import org.reintegration.portal.security.Role;
import org.reintegration.portal.security.UserAccount;
import org.reintegration.portal.security.UserAccountData;
import org.springframework.stereotype.Repository;

@Repository
public class UserRepository {

    /** The columns a {@link PortalUser} is made of: what signing in needs, the password hash among them. */
    private static final List<Field<?>> SIGN_IN_COLUMNS = List.of(
            APP_USER.ID,
            APP_USER.USERNAME,
            APP_USER.DISPLAY_NAME,
            APP_USER.ROLE,
            APP_USER.PASSWORD_HASH,
            APP_USER.ENABLED,
            APP_USER.PREFERRED_LANGUAGE);

    /** The columns a {@link UserAccount} is made of; never the password hash. */
    private static final List<Field<?>> ACCOUNT_COLUMNS = List.of(
            APP_USER.ID,
            APP_USER.USERNAME,
            APP_USER.DISPLAY_NAME,
            APP_USER.OFFICE,
            APP_USER.ROLE,
            APP_USER.ENABLED,
            APP_USER.PREFERRED_LANGUAGE);

    private final DSLContext db;

    UserRepository(DSLContext db) {
        this.db = db;
    }

    public Optional<PortalUser> findForSignIn(String username) {
        return db.select(SIGN_IN_COLUMNS)
                .from(APP_USER)
                .where(APP_USER.USERNAME.eq(username))
                .fetchOptional(UserRepository::toPortalUser);
    }

    public Optional<UserAccount> find(long id) {
        return db.select(ACCOUNT_COLUMNS)
                .from(APP_USER)
                .where(APP_USER.ID.eq(id))
                .fetchOptional(r -> toAccount(r, scopesOf(id)));
    }

    public List<UserAccount> findAll() {
        Map<Long, Set<PCode>> scopes = new HashMap<>();
        db.select(USER_AREA_SCOPE.USER_ID, USER_AREA_SCOPE.PCODE)
                .from(USER_AREA_SCOPE)
                .forEach(r ->
                        scopes.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(PCode.of(r.value2())));
        return db.select(ACCOUNT_COLUMNS)
                .from(APP_USER)
                .orderBy(APP_USER.USERNAME)
                .fetch(r -> toAccount(r, scopes.getOrDefault(r.get(APP_USER.ID), Set.of())));
    }

    public Set<PCode> scopesOf(long userId) {
        return db.select(USER_AREA_SCOPE.PCODE)
                .from(USER_AREA_SCOPE)
                .where(USER_AREA_SCOPE.USER_ID.eq(userId))
                .fetchSet(r -> PCode.of(r.value1()));
    }

    public boolean usernameExists(String username) {
        return db.fetchExists(APP_USER, APP_USER.USERNAME.eq(username));
    }

    public int countEnabledWithRole(Role role) {
        return db.fetchCount(APP_USER, APP_USER.ROLE.eq(role.name()).and(APP_USER.ENABLED.isTrue()));
    }

    public long insert(UserAccountData data, String passwordHash, LocalDateTime now) {
        db.insertInto(APP_USER)
                .set(APP_USER.USERNAME, data.username())
                .set(APP_USER.DISPLAY_NAME, data.displayName())
                .set(APP_USER.OFFICE, data.office())
                .set(APP_USER.ROLE, data.role().name())
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .set(APP_USER.ENABLED, true)
                .set(APP_USER.CREATED_AT, now)
                .execute();
        // Not INSERT … RETURNING: Connector/J refuses it on MariaDB. LAST_INSERT_ID() is per connection.
        long id = db.lastID().longValueExact();
        replaceScopes(id, data.scopes());
        return id;
    }

    public void update(long id, UserAccountData data) {
        db.update(APP_USER)
                .set(APP_USER.DISPLAY_NAME, data.displayName())
                .set(APP_USER.OFFICE, data.office())
                .set(APP_USER.ROLE, data.role().name())
                .where(APP_USER.ID.eq(id))
                .execute();
        replaceScopes(id, data.scopes());
    }

    public void setEnabled(long id, boolean enabled) {
        db.update(APP_USER)
                .set(APP_USER.ENABLED, enabled)
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    public void setPasswordHash(long id, String passwordHash) {
        db.update(APP_USER)
                .set(APP_USER.PASSWORD_HASH, passwordHash)
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    public void setPreferredLanguage(long id, String language) {
        db.update(APP_USER)
                .set(APP_USER.PREFERRED_LANGUAGE, language)
                .where(APP_USER.ID.eq(id))
                .execute();
    }

    private void replaceScopes(long userId, Set<PCode> scopes) {
        db.deleteFrom(USER_AREA_SCOPE).where(USER_AREA_SCOPE.USER_ID.eq(userId)).execute();
        for (PCode pcode : scopes.stream().sorted().collect(Collectors.toList())) {
            db.insertInto(USER_AREA_SCOPE)
                    .set(USER_AREA_SCOPE.USER_ID, userId)
                    .set(USER_AREA_SCOPE.PCODE, pcode.value())
                    .execute();
        }
    }

    private static PortalUser toPortalUser(Record r) {
        return new PortalUser(
                r.get(APP_USER.ID),
                r.get(APP_USER.USERNAME),
                r.get(APP_USER.DISPLAY_NAME),
                Role.valueOf(r.get(APP_USER.ROLE)),
                r.get(APP_USER.PASSWORD_HASH),
                r.get(APP_USER.ENABLED),
                r.get(APP_USER.PREFERRED_LANGUAGE));
    }

    private static UserAccount toAccount(Record r, Set<PCode> scopes) {
        return new UserAccount(
                r.get(APP_USER.ID),
                r.get(APP_USER.USERNAME),
                r.get(APP_USER.DISPLAY_NAME),
                r.get(APP_USER.OFFICE),
                Role.valueOf(r.get(APP_USER.ROLE)),
                r.get(APP_USER.ENABLED),
                r.get(APP_USER.PREFERRED_LANGUAGE),
                scopes);
    }
}

package org.reintegration.portal.selection.voting;

import java.util.List;
import java.util.Locale;
import org.reintegration.portal.base.InvalidInputException;

/**
 * A ballot that was not counted, with the reason the voter is told. Whatever raised it changed
 * nothing: the code stays as it was.
 */
public class BallotRejectedException extends InvalidInputException {

    /** Why a ballot is refused. The page, the paper screen and the JSON endpoint give the same reasons. */
    public enum Reason {
        /** No such code, or not for this round. */
        UNKNOWN_CODE,
        /** The code has already been used for a ballot. */
        USED_CODE,
        /** The round does not accept ballots now. */
        ROUND_NOT_OPEN,
        /** The choices break the ballot's rules; {@link #detailKey()} says which. */
        INVALID_CHOICE,
        /** Too many wrong codes from the same place; try again later. */
        TOO_MANY_ATTEMPTS,
        /** A gateway key that does not exist or was revoked came with the ballot. */
        UNKNOWN_GATEWAY,
        /** The ballot could not be stored just now (the database failed); nothing was stored, send it again. */
        TRY_AGAIN;

        /** The translation key of the message shown to the voter. */
        public String messageKey() {
            return "voting.error." + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;
    private final String detailKey;
    private final List<Object> detailArguments;

    public BallotRejectedException(Reason reason, String detail) {
        this(reason, null, detail);
    }

    /**
     * @param detailKey a translation key saying which rule of the ballot was broken, with the
     *                  arguments in {@code arguments}
     */
    public BallotRejectedException(Reason reason, String detailKey, String detail, Object... arguments) {
        super(reason.name() + ": " + detail);
        this.reason = reason;
        this.detailKey = detailKey;
        this.detailArguments = List.of(arguments);
    }

    public Reason reason() {
        return reason;
    }

    /** The translation key of the broken rule, or {@code null}. */
    public String detailKey() {
        return detailKey;
    }

    public List<Object> detailArguments() {
        return detailArguments;
    }
}

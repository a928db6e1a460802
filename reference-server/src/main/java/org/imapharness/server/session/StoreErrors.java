package org.imapharness.server.session;

import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.server.selected.Outcome;
import org.imapharness.server.store.StoreException;

/** Store refusals as tagged responses, with the RFC 5530 codes that tell a client what to do. */
final class StoreErrors {
    private StoreErrors() {
    }

    static Outcome outcome(StoreException e) {
        return switch (e.reason()) {
            case NONEXISTENT -> Outcome.no(code("NONEXISTENT"), e.getMessage());
            case ALREADY_EXISTS -> Outcome.no(code("ALREADYEXISTS"), e.getMessage());
            case INVALID_NAME, NOT_ALLOWED -> Outcome.no(code("CANNOT"), e.getMessage());
            case INVALID_SEQUENCE -> Outcome.bad(e.getMessage());
            case IO -> Outcome.no(code("SERVERBUG"), e.getMessage());
        };
    }

    /**
     * APPEND (RFC 3501 §6.3.11) and COPY say TRYCREATE when the target is missing, so a client can
     * create it and try again.
     */
    static Outcome forTarget(StoreException e) {
        return e.reason() == StoreException.Reason.NONEXISTENT
                ? Outcome.no(new ResponseCode.TryCreate(), e.getMessage())
                : outcome(e);
    }

    static ResponseCode code(String name) {
        return new ResponseCode.Other(name, null);
    }
}

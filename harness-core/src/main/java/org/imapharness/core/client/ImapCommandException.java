package org.imapharness.core.client;

/** A command that had to succeed completed with NO or BAD; the whole result is kept. */
public final class ImapCommandException extends ImapClientException {
    private static final long serialVersionUID = 1L;

    private final transient CommandResult result;

    public ImapCommandException(CommandResult result) {
        super(result.command().tag() + " " + result.command().command().name() + " failed: "
                + result.completion().status() + " " + result.completion().text());
        this.result = result;
    }

    public CommandResult result() {
        return result;
    }
}

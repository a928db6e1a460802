package org.imapharness.core.client;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.imapharness.core.transcript.TranscriptEntry;
import org.imapharness.protocol.command.TaggedCommand;
import org.imapharness.protocol.response.ResponseCode;
import org.imapharness.protocol.response.StatusCondition;
import org.imapharness.protocol.response.TaggedResponse;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * A completed command: its tagged completion, the untagged responses that arrived while it was in
 * flight, the traffic recorded meanwhile and any protocol problems seen meanwhile.
 *
 * <p>Untagged responses are not tied to commands by the protocol (RFC 3501 §2.2.2, §7), so the
 * driver attaches each one to <em>every</em> command that had been sent and not yet completed when
 * it arrived. With pipelining, a result can therefore hold responses caused by its neighbours; a
 * caller who needs strict attribution sends the command alone.
 *
 * @param command    the command as sent, with its tag
 * @param completion the tagged OK, NO or BAD
 * @param untagged   untagged responses received while the command was in flight, in order
 * @param transcript chunks recorded from the command's first byte to its completion (as far as
 *                   the transcript's limit kept them); other pipelined traffic included
 * @param problems   protocol problems seen while the command was in flight
 */
public record CommandResult(TaggedCommand command, TaggedResponse completion, List<UntaggedResponse> untagged,
                            List<TranscriptEntry> transcript, List<ProtocolProblem> problems) {

    public CommandResult {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(completion, "completion");
        untagged = List.copyOf(untagged);
        transcript = List.copyOf(transcript);
        problems = List.copyOf(problems);
    }

    public boolean isOk() {
        return completion.isOk();
    }

    public StatusCondition status() {
        return completion.status();
    }

    public String tag() {
        return command.tag();
    }

    /** This result when OK; otherwise an {@link ImapCommandException} carrying it. */
    public CommandResult requireOk() {
        if (!isOk()) {
            throw new ImapCommandException(this);
        }
        return this;
    }

    /** The untagged responses of one type, in arrival order. */
    public <T extends UntaggedResponse> List<T> untagged(Class<T> type) {
        List<T> out = new ArrayList<>();
        for (UntaggedResponse r : untagged) {
            if (type.isInstance(r)) {
                out.add(type.cast(r));
            }
        }
        return out;
    }

    /** The one untagged response of this type; fails, naming what arrived, if there are 0 or 2+. */
    public <T extends UntaggedResponse> T single(Class<T> type) {
        List<T> found = untagged(type);
        if (found.size() != 1) {
            throw new IllegalStateException(command.tag() + " " + command.command().name() + ": expected exactly one "
                    + type.getSimpleName() + " response, got " + found.size() + " in " + untagged);
        }
        return found.get(0);
    }

    /** The completion's response code if it has this type (e.g. {@code ResponseCode.AppendUid}), else null. */
    public <T extends ResponseCode> T code(Class<T> type) {
        return type.isInstance(completion.code()) ? type.cast(completion.code()) : null;
    }
}

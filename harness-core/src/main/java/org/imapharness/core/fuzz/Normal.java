package org.imapharness.core.fuzz;

import java.util.ArrayList;
import java.util.List;
import org.imapharness.protocol.response.Response;
import org.imapharness.protocol.response.UntaggedResponse;

/**
 * An answer reduced to what equivalent commands must share: the completion's status and code
 * and the untagged data, as a sorted list (order among untagged responses is not fixed,
 * §7), with human-readable text and ESEARCH's echo of the tag left out.
 */
record Normal(String completion, List<String> untagged) {

    static Normal of(Answer a) {
        return of(a, true);
    }

    /**
     * With {@code dataOnly}, the untagged responses a server may send unasked at any time are
     * left out (§7: status responses, FLAGS, EXISTS, RECENT, EXPUNGE, VANISHED, and FETCH for
     * commands other than FETCH): another session's changes may reach one form and not the next.
     */
    static Normal of(Answer a, boolean dataOnly) {
        return of(a, dataOnly, "");
    }

    static Normal of(Answer a, boolean dataOnly, String family) {
        String completion = a.completion() == null ? (a.closed() ? "closed" : "no completion")
                : a.completion().status() + (a.completion().code() == null ? "" : " [" + a.completion().code() + "]");
        List<String> items = new ArrayList<>();
        for (Response r : a.untagged()) {
            if (dataOnly && unsolicitable(r, family)) {
                continue;
            }
            if (r instanceof UntaggedResponse.Status s) {
                items.add("* " + s.status() + (s.code() == null ? "" : " [" + s.code() + "]"));
            } else if (r instanceof UntaggedResponse.Esearch e) {
                items.add(new UntaggedResponse.Esearch(null, e.uid(), e.min(), e.max(), e.all(), e.count(), e.modSeq())
                        .toString());
            } else {
                items.add(r.toString());
            }
        }
        items.sort(null);
        return new Normal(completion, items);
    }

    private static boolean unsolicitable(Response r, String family) {
        return r instanceof UntaggedResponse.Status || r instanceof UntaggedResponse.Flags
                || r instanceof UntaggedResponse.Exists || r instanceof UntaggedResponse.Recent
                || r instanceof UntaggedResponse.Expunge || r instanceof UntaggedResponse.Vanished
                || r instanceof UntaggedResponse.Fetch && !family.endsWith("FETCH");
    }

    /** The same answer twice over: what two pipelined copies of a command must add up to. */
    Normal twice() {
        List<String> both = new ArrayList<>(untagged);
        both.addAll(untagged);
        both.sort(null);
        return new Normal(completion + "," + completion, both);
    }

    /** Two answers taken together: pipelined responses may arrive before either completion (§5.5). */
    static Normal together(Normal first, Normal second) {
        List<String> both = new ArrayList<>(first.untagged);
        both.addAll(second.untagged);
        both.sort(null);
        return new Normal(first.completion + "," + second.completion, both);
    }

    /** The completion's status word (OK, NO, BAD), or null when there was no completion. */
    String status() {
        String word = completion.split(" ", 2)[0];
        return word.equals("OK") || word.equals("NO") || word.equals("BAD") ? word : null;
    }

    /** How this answer (to another form) differs from {@code generated} (the form as generated). */
    String difference(Normal generated) {
        if (!completion.equals(generated.completion)) {
            return "completion " + completion + " where the form as generated got " + generated.completion;
        }
        List<String> onlyHere = new ArrayList<>(untagged);
        onlyHere.removeAll(generated.untagged);
        List<String> onlyThere = new ArrayList<>(generated.untagged);
        onlyThere.removeAll(untagged);
        return "same completion " + completion + ", but untagged data only in this form " + clip(onlyHere)
                + " and only in the form as generated " + clip(onlyThere);
    }

    private static String clip(List<String> items) {
        String s = items.toString();
        return s.length() > 300 ? s.substring(0, 300) + "...]" : s;
    }
}

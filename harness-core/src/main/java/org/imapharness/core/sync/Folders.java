package org.imapharness.core.sync;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * The mailboxes of one run: three fresh top-level folders (the main one, where the phone idles, in
 * place of INBOX, plus two more a desktop polls) and up to three folders under the main one that
 * actions create, rename and delete. Fresh names keep runs apart, even on one account, and let a
 * replay scenario make its own ({@code mailbox: $box $f1 $f2}). Names never come from the byte
 * source, so a replay draws the same decisions with different names.
 */
public record Folders(String main, String first, String second, char delimiter) {

    /** How many created-and-deleted folders there are: {@code n1}..{@code n3} under the main one. */
    public static final int DYNAMIC = 3;

    public static Folders fresh(char delimiter) {
        return new Folders(name(), name(), name(), delimiter);
    }

    private static String name() {
        return "ihsync" + UUID.randomUUID().toString().replace("-", "").substring(0, 10).toLowerCase(Locale.ROOT);
    }

    /** The folders that always exist and that devices select. */
    public List<String> fixed() {
        return List.of(main, first, second);
    }

    /** Dynamic folder {@code k} (1-based). */
    public String dynamic(int k) {
        return main + delimiter + "n" + k;
    }

    public List<String> dynamicNames() {
        List<String> out = new ArrayList<>();
        for (int k = 1; k <= DYNAMIC; k++) {
            out.add(dynamic(k));
        }
        return out;
    }

    /** {@code text} with the run's names replaced by the scenario's variables ({@code $} already escaped). */
    public String toVariables(String text) {
        return text.replace(main + delimiter, "${box}${delimiter}")
                .replace(first, "${f1}").replace(second, "${f2}").replace(main, "${box}");
    }
}

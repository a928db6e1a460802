package org.imapharness.scenarios.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.imapharness.protocol.command.Command;
import org.junit.jupiter.api.Test;

class CommandTextTest {

    @Test
    void readsCommandsWrittenAsImapText() {
        Command.Fetch fetch = assertInstanceOf(Command.Fetch.class,
                CommandText.parse("UID FETCH 1:* (FLAGS BODY.PEEK[HEADER])"));
        assertTrue(fetch.uid());
        assertEquals(2, fetch.items().size());
        assertInstanceOf(Command.Store.class, CommandText.parse("STORE 1 +FLAGS.SILENT (\\Seen)"));
        assertInstanceOf(Command.Search.class, CommandText.parse("SEARCH UNSEEN FROM \"bob\""));
        assertInstanceOf(Command.Namespace.class, CommandText.parse("NAMESPACE"));
    }

    @Test
    void aTypoNamesTheRuleAndTheOffsetWithinTheText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CommandText.parse("FETCH 1:* (FLAGS BODY.PEKE[])"));
        assertTrue(e.getMessage().startsWith("not an IMAP command: \"FETCH 1:* (FLAGS BODY.PEKE[])\""), e.getMessage());
        assertTrue(e.getMessage().contains("at byte "), e.getMessage());
    }

    @Test
    void staticTextIsCheckedWhenTheScenarioIsBuilt() {
        assertThrows(IllegalArgumentException.class, () -> Imap.imap("bad").search("NOSUCHKEY"));
        // With EL the text can only be read per user, so building succeeds.
        Imap.imap("later").search("#{criteria}");
    }
}

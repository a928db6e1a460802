package org.imapharness.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class CompletionCommandTest {

    /** The real command tree, with check and completion added where ImapHarness does not register them yet. */
    private static CommandLine tree() {
        CommandLine root = new CommandLine(new ImapHarness());
        if (!root.getSubcommands().containsKey("check")) {
            root.addSubcommand("check", new CheckCommand());
        }
        if (!root.getSubcommands().containsKey("completion")) {
            root.addSubcommand("completion", new CompletionCommand());
        }
        return root;
    }

    @Test
    void theScriptCompletesEverySubcommandAndTheirFlags() {
        CommandLine root = tree();
        CommandOutput output = new CommandOutput();
        assertEquals(0, output.execute(root, "completion"));
        String script = output.stdout();
        assertTrue(script.startsWith("#!/usr/bin/env bash"), script.lines().findFirst().orElse(""));
        assertTrue(script.contains("complete -F _complete_imap-harness") && script.contains("bashcompinit"),
                "bash and zsh: " + script.substring(0, 400));
        for (String name : root.getSubcommands().keySet()) {
            assertTrue(script.contains(name), "subcommand " + name + " missing from the script");
        }
        for (String flag : new String[] {"--target", "--password-file", "--duration", "--devices", "--seed"}) {
            assertTrue(script.contains(flag), "flag " + flag + " missing from the script");
        }
    }
}

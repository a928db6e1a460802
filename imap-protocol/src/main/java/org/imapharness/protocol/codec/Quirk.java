package org.imapharness.protocol.codec;

/**
 * Known real-world deviations from RFC 3501 §9 that {@link ResponseParser} accepts only when
 * allowed, and counts in its {@link QuirkCounter} so that reports show them instead of hiding
 * them. Each one was observed from a named server; anything else stays a syntax error.
 */
public enum Quirk {

    /** Seen from Gmail ({@code * OK [HIGHESTMODSEQ 9]}), iCloud ({@code * BYE}), Yandex ({@code +}). */
    MISSING_SPACE_BEFORE_TEXT("resp-text",
            "status or continuation ends without SP and text; RFC 9051 made text optional"),

    /** {@code * BYE } from iCloud: the SP is there but the text is empty, as RFC 9051 allows. */
    EMPTY_RESP_TEXT("text", "SP is followed by no text before CRLF"),

    /** {@code * SEARCH 1 2 } (Yahoo), {@code * SEARCH } (GreenMail), STATUS from Exchange/Outlook. */
    TRAILING_SPACE("response-data", "spaces between the last item and CRLF"),

    /** {@code (UID 19436 )} from imap.qq.com: a space before the closing parenthesis of msg-att. */
    SPACE_BEFORE_CLOSE_PAREN("msg-att", "space before the ')' that ends the FETCH attributes"),

    /** Raw UTF-8 in envelope strings (Proton Bridge); RFC 6855 permits it only after ENABLE UTF8=ACCEPT. */
    EIGHT_BIT_IN_QUOTED("quoted", "8-bit byte inside a quoted string"),

    /** {@code ()} for an empty address list (Lotus Domino and others); only NIL is valid. */
    EMPTY_ADDRESS_LIST("env-from", "empty parenthesised address list instead of NIL"),

    /** {@code ()} for empty body parameters (mail.ru, several small servers); only NIL is valid. */
    EMPTY_PARAMETER_LIST("body-fld-param", "empty parenthesised parameter list instead of NIL"),

    /** {@code ("boundary" NIL)} from mail.ru: a parameter value must be a string. */
    NIL_PARAMETER_VALUE("body-fld-param", "NIL as a parameter value"),

    /** Lines ending in LF alone; the frame decoder accepts and counts them too. */
    BARE_LINE_FEED("CRLF", "line ends with LF without CR");

    private final String rule;
    private final String description;

    Quirk(String rule, String description) {
        this.rule = rule;
        this.description = description;
    }

    /** The ABNF rule of RFC 3501 §9 that the deviation breaks. */
    public String rule() {
        return rule;
    }

    public String description() {
        return description;
    }
}

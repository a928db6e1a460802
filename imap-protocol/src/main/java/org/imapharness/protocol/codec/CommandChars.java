package org.imapharness.protocol.codec;

/**
 * The character classes of RFC 3501 §9 that commands are built from, shared by the writer
 * (to choose a representation) and the parser (to accept one). Arguments are byte values
 * 0..255; everything at or above 0x80 is outside {@code CHAR} and so in none of the classes.
 */
final class CommandChars {
    private CommandChars() {
    }

    /** {@code ATOM-CHAR}: any CHAR except atom-specials {@code ( ) { SP CTL % * " \ ]}. */
    static boolean isAtomChar(int b) {
        return b > 0x20 && b < 0x7f && b != '(' && b != ')' && b != '{' && b != '%' && b != '*'
                && b != '"' && b != '\\' && b != ']';
    }

    /** {@code ASTRING-CHAR}: an atom char or {@code ]} (resp-specials). */
    static boolean isAstringChar(int b) {
        return isAtomChar(b) || b == ']';
    }

    /** A {@code tag} char: any ASTRING-CHAR except {@code +}. */
    static boolean isTagChar(int b) {
        return isAstringChar(b) && b != '+';
    }

    /** {@code list-char}: an atom char, a list wildcard or {@code ]}. */
    static boolean isListChar(int b) {
        return isAstringChar(b) || b == '%' || b == '*';
    }

    /** {@code TEXT-CHAR}: any CHAR except CR and LF (NUL is not a CHAR). */
    static boolean isTextChar(int b) {
        return b >= 0x01 && b <= 0x7f && b != '\r' && b != '\n';
    }

    /** A byte that may stand between the quotes of a {@code quoted}, escaped if it is a quoted-special. */
    static boolean isQuotable(int b) {
        return isTextChar(b);
    }

    static boolean isDigit(int b) {
        return b >= '0' && b <= '9';
    }

    static boolean isAlpha(int b) {
        return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z');
    }

    /** {@code base64-char} (RFC 3501 §9; case-sensitive). */
    static boolean isBase64Char(int b) {
        return isAlpha(b) || isDigit(b) || b == '+' || b == '/';
    }

    /** True when every byte satisfies the class and there is at least one. */
    static boolean allOf(byte[] bytes, java.util.function.IntPredicate charClass) {
        if (bytes.length == 0) {
            return false;
        }
        for (byte b : bytes) {
            if (!charClass.test(b & 0xff)) {
                return false;
            }
        }
        return true;
    }
}

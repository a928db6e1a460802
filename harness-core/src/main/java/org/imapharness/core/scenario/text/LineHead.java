package org.imapharness.core.scenario.text;

/**
 * The start of a scenario line: an optional connection number, a key and its colon, as in
 * {@code 2 S?:} or {@code rfc:}. The cursor is left on the value, after the colon and one
 * optional space (a second space belongs to the value: C: lines are sent exactly as written).
 *
 * @param connection the number before the key, 0 when absent
 * @param key        e.g. {@code C}, {@code S?}, {@code rfc}
 * @param keyPos     where the key starts, for errors
 */
record LineHead(int connection, String key, int keyPos) {

    static LineHead read(Cursor c) {
        c.skipSpaces();
        int connection = 0;
        if (Character.isDigit(c.peek())) {
            int start = c.pos;
            while (Character.isDigit(c.peek())) {
                c.pos++;
            }
            if (c.pos - start > 3 || !c.accept(' ')) {
                throw c.errorAt(start, "a connection number and one space before C: or S:");
            }
            connection = Integer.parseInt(c.text.substring(start, c.pos - 1));
            if (connection < 1) {
                throw c.errorAt(start, "a connection number from 1");
            }
        }
        int keyPos = c.pos;
        while (Character.isLetter(c.peek()) || c.peek() == '-' || c.peek() == '?') {
            c.pos++;
        }
        if (c.pos == keyPos || c.peek() != ':') {
            throw c.errorAt(keyPos, "a line such as \"C: ...\", \"S: ...\", \"check: ...\" or a header \"key: value\"");
        }
        String key = c.text.substring(keyPos, c.pos);
        c.pos++;
        c.accept(' ');
        return new LineHead(connection, key, keyPos);
    }
}

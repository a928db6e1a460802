package org.imapharness.server.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The {@code bind} value: an IPv4 or IPv6 literal, {@code localhost}, or {@code *} for every
 * interface. Host names are refused rather than resolved, so starting never waits on DNS.
 */
final class BindAddress {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("\\[?[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*(%[\\w.]+)?]?");

    private BindAddress() {
    }

    static InetAddress parse(String text) {
        String value = text.trim();
        if (value.equals("localhost")) {
            return InetAddress.getLoopbackAddress();
        }
        if (value.equals("*")) {
            value = "0.0.0.0";
        }
        if (!IPV4.matcher(value).matches() && !IPV6.matcher(value).matches()) {
            throw new IllegalArgumentException("'" + text + "' is not an IP address; write e.g. 127.0.0.1, ::1, "
                    + "localhost or *");
        }
        if (IPV4.matcher(value).matches()) {
            for (String octet : value.split("\\.")) {
                if (Integer.parseInt(octet) > 255) {
                    // out of range, InetAddress would take it for a host name and ask DNS
                    throw new IllegalArgumentException("'" + text + "' is not a valid IPv4 address");
                }
            }
        }
        try {
            return InetAddress.getByName(value); // a literal: parsed, not looked up
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("'" + text + "' is not a valid IP address");
        }
    }
}

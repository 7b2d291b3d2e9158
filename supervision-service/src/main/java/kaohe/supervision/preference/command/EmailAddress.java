package kaohe.supervision.preference.command;

import java.util.regex.Pattern;

/**
 * What an e-mail address must look like to be kept: local@domain, at most 254 characters (RFC 5321's path limit),
 * a dotted domain of letters, digits and hyphens, no spaces or control characters. Deliverability is the mail
 * server's business; this only keeps obvious typos and junk out of the record.
 */
final class EmailAddress {

    static final int MAX_LENGTH = 254;

    private static final Pattern SYNTAX = Pattern.compile(
            "[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\\.)+"
                    + "[A-Za-z]{2,63}");

    private EmailAddress() {
    }

    static boolean valid(String email) {
        return email != null && email.length() <= MAX_LENGTH && SYNTAX.matcher(email).matches()
                && !email.startsWith(".") && !email.contains("..") && !email.contains(".@");
    }
}

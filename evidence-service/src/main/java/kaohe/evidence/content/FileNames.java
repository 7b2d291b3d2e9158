package kaohe.evidence.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Set;

/**
 * The file name a client gave, made safe to keep and show as metadata. It is never used as a storage key or a path
 * (the server makes the object key), and the type/extension of stored evidence comes from {@link ContentSniffer},
 * not from this name.
 *
 * <p>Framework-free and stateless; safe for concurrent use.
 */
public final class FileNames {

    /** What a name becomes when nothing usable is left. */
    public static final String UNNAMED = "未命名";
    /** The longest name kept, in Unicode code points. */
    public static final int MAX_LENGTH = 200;
    /** An extension longer than this (code points, dot included) is not treated as one when capping the length. */
    private static final int MAX_EXTENSION_LENGTH = 16;

    private static final String WINDOWS_FORBIDDEN = "<>:\"|?*";
    private static final Set<String> WINDOWS_RESERVED = windowsReserved();

    private FileNames() {
    }

    /**
     * Makes a client's file name safe to keep as metadata:
     * <ol>
     *   <li>normalises to NFC (names from macOS arrive decomposed); Chinese and other scripts are kept as they are;</li>
     *   <li>removes control characters (C0, DEL, C1 — NUL, CR, LF, TAB included), bidi controls
     *       (U+200E/F, U+202A–U+202E, U+2066–U+2069, U+061C) so {@code photo\u202Egpj.exe} cannot pose as
     *       {@code photoexe.jpg}, the invisible U+200B and U+FEFF, line/paragraph separators (U+2028/9) and unpaired
     *       surrogates;</li>
     *   <li>strips any path, both {@code /} and {@code \} ({@code ../../etc/passwd} becomes {@code passwd});</li>
     *   <li>removes the characters Windows forbids, {@code <>:"|?*};</li>
     *   <li>trims spaces (any Unicode whitespace, U+3000 included) and dots at both ends;</li>
     *   <li>prefixes {@code _} to a Windows device name (CON, PRN, AUX, NUL, COM0–9, LPT0–9, COM¹²³, LPT¹²³,
     *       CONIN$, CONOUT$), with or without extension, any case: {@code con.txt} becomes {@code _con.txt};</li>
     *   <li>caps the name at {@value #MAX_LENGTH} code points, keeping the extension;</li>
     *   <li>returns {@value #UNNAMED} when nothing is left (null, blank, everything stripped).</li>
     * </ol>
     * Lookalike separators (full-width {@code ／＼}, U+2215) are kept: they are ordinary characters in Chinese names
     * and separate nothing.
     */
    public static String sanitise(String raw) {
        if (raw == null) {
            return UNNAMED;
        }
        String name = Normalizer.normalize(raw, Normalizer.Form.NFC);
        name = removeInvisible(name);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        name = removeWindowsForbidden(name);
        name = trimSpacesAndDots(name);
        if (name.isEmpty()) {
            return UNNAMED;
        }
        if (isWindowsReserved(name)) {
            name = "_" + name;
        }
        name = cap(name);
        return name.isEmpty() ? UNNAMED : name;
    }

    /**
     * The name a download is offered under: a {@link #sanitise sanitised} name with the extension of the type decided
     * from the bytes, so a JPEG uploaded as {@code 整改.bat} downloads as {@code 整改.jpg}; a name that already ends
     * in an extension of that type ({@code .JPEG} for JPEG) keeps it.
     */
    public static String forDownload(String name, EvidenceType type) {
        int dot = name.lastIndexOf('.');
        if (dot > 0 && type.hasExtension(name.substring(dot + 1))) {
            return name;
        }
        String stem = dot > 0 ? name.substring(0, dot) : name;
        return cap(stem + "." + type.extension());
    }

    /**
     * Decodes an {@code X-File-Name} header carrying percent-encoded UTF-8 ({@code %E9%95%BF%E5%AE%89.jpg}); an
     * RFC 5987 {@code UTF-8''} prefix is accepted and dropped. {@code +} stays {@code +} (this is not form
     * encoding). Characters U+0080–U+00FF are taken as the header's raw bytes, which repairs UTF-8 that a server
     * decoded as ISO-8859-1 (what Tomcat does with {@code curl -H 'X-File-Name: 长安区.jpg'}).
     *
     * <p>Never throws: a malformed escape ({@code 100%.jpg}) or bytes that are not UTF-8 give back the header text
     * unchanged. The result is still a raw client name: pass it through {@link #sanitise}.
     *
     * @return the decoded name; null for null
     */
    public static String decodeHeader(String percentEncoded) {
        if (percentEncoded == null) {
            return null;
        }
        String text = percentEncoded;
        if (text.regionMatches(true, 0, "UTF-8''", 0, 7)) {
            text = text.substring(7);
        }
        ByteBuffer bytes = ByteBuffer.allocate(text.length() * 4);
        for (int i = 0; i < text.length(); ) {
            char c = text.charAt(i);
            if (c == '%') {
                int hi = i + 2 < text.length() ? Character.digit(text.charAt(i + 1), 16) : -1;
                int lo = hi >= 0 ? Character.digit(text.charAt(i + 2), 16) : -1;
                if (lo < 0) {
                    return percentEncoded;
                }
                bytes.put((byte) (hi << 4 | lo));
                i += 3;
            } else if (c <= 0xFF) {
                bytes.put((byte) c);
                i++;
            } else {
                int cp = text.codePointAt(i);
                bytes.put(new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8));
                i += Character.charCount(cp);
            }
        }
        bytes.flip();
        try {
            CharBuffer decoded = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(bytes);
            return decoded.toString();
        } catch (CharacterCodingException notUtf8) {
            return percentEncoded;
        }
    }

    private static String removeInvisible(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!isInvisible(cp)) {
                out.appendCodePoint(cp);
            }
        }
        return out.toString();
    }

    private static boolean isInvisible(int cp) {
        return Character.getType(cp) == Character.CONTROL           // C0, DEL, C1
                || Character.getType(cp) == Character.SURROGATE     // unpaired (pairs arrive as one code point)
                || cp == 0x200E || cp == 0x200F                     // LRM, RLM
                || cp >= 0x202A && cp <= 0x202E                     // LRE, RLE, PDF, LRO, RLO
                || cp >= 0x2066 && cp <= 0x2069                     // LRI, RLI, FSI, PDI
                || cp == 0x061C                                     // ALM
                || cp == 0x200B || cp == 0xFEFF                     // zero-width space, BOM
                || cp == 0x2028 || cp == 0x2029;                    // line and paragraph separators
    }

    private static String removeWindowsForbidden(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (WINDOWS_FORBIDDEN.indexOf(c) < 0) {
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String trimSpacesAndDots(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isTrimmed(s.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmed(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    private static boolean isTrimmed(char c) {
        return c == '.' || Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** Windows treats {@code CON}, {@code con.txt}, {@code CON.tar.gz} and {@code CON .txt} alike. */
    private static boolean isWindowsReserved(String name) {
        int dot = name.indexOf('.');
        String stem = (dot < 0 ? name : name.substring(0, dot)).stripTrailing();
        return WINDOWS_RESERVED.contains(stem.toUpperCase(Locale.ROOT));
    }

    private static String cap(String name) {
        int length = name.codePointCount(0, name.length());
        if (length <= MAX_LENGTH) {
            return name;
        }
        String extension = "";
        int dot = name.lastIndexOf('.');
        if (dot > 0) {
            String candidate = name.substring(dot);
            if (candidate.codePointCount(0, candidate.length()) <= MAX_EXTENSION_LENGTH) {
                extension = candidate;
            }
        }
        String stem = name.substring(0, name.length() - extension.length());
        int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
        stem = stem.substring(0, stem.offsetByCodePoints(0, keep));
        return trimSpacesAndDots(stem) + extension;
    }

    private static Set<String> windowsReserved() {
        var names = new java.util.HashSet<String>(Set.of("CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"));
        for (String device : new String[] {"COM", "LPT"}) {
            for (char digit : "0123456789\u00B9\u00B2\u00B3".toCharArray()) {
                names.add(device + digit);
            }
        }
        return Set.copyOf(names);
    }
}

package fr.budgetcitoyen.web.platform;

import jakarta.servlet.http.HttpServletResponse;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A public page as rendered for anonymous visitors, kept with a hole where its CSP nonce was: each answer gets a
 * fresh nonce in its policy and in its body, as a rendered page would (a nonce shared between answers would be
 * known to anyone who read one). Its entity tag names the content and the nonce the visitor's copy carries, so a
 * revalidated copy keeps a policy that matches its scripts.
 */
final class CachedPage {

    static final String CSP = "Content-Security-Policy";
    private static final Pattern NONCE = Pattern.compile("'nonce-([A-Za-z0-9+/=]{16,128})'");
    private static final Pattern TAG = Pattern.compile("W/\"([0-9a-f]{16})(?:\\.([A-Za-z0-9+/=]{16,128}))?\"");

    private final long version;
    private final long expiresAt;
    private final String contentType;
    private final String contentLanguage;
    private final String policyBefore;
    private final String policyAfter;
    private final List<byte[]> segments;
    private final String tag;

    private CachedPage(long version, long expiresAt, String contentType, String contentLanguage, String policyBefore,
                       String policyAfter, List<byte[]> segments) {
        this.version = version;
        this.expiresAt = expiresAt;
        this.contentType = contentType;
        this.contentLanguage = contentLanguage;
        this.policyBefore = policyBefore;
        this.policyAfter = policyAfter;
        this.segments = segments;
        this.tag = digest();
    }

    /** The page a response holds: a page of Faces with the nonce of its policy cut out, or JSON as it is. */
    static Optional<CachedPage> of(long version, long expiresAt, CapturedResponse response, byte[] body) {
        String policy = response.getHeader(CSP);
        Matcher nonce = policy == null ? null : NONCE.matcher(policy);
        String type = response.getContentType();
        if (nonce != null && nonce.find()) {
            return Optional.of(new CachedPage(version, expiresAt, type, response.getHeader("Content-Language"),
                    policy.substring(0, nonce.start(1)), policy.substring(nonce.end(1)),
                    split(body, nonce.group(1).getBytes(StandardCharsets.US_ASCII))));
        }
        if (type != null && type.startsWith("application/json")) {
            return Optional.of(new CachedPage(version, expiresAt, type, null, policy, null, List.of(body)));
        }
        return Optional.empty(); // a page whose scripts would go without their nonce
    }

    /** Whether its answers carry a nonce (a page of Faces), or none (JSON). */
    boolean hasNonce() {
        return policyAfter != null;
    }

    /** As PrimeFaces makes them: a random UUID, in Base64. */
    static String freshNonce() {
        return Base64.getEncoder().encodeToString(UUID.randomUUID().toString().getBytes(StandardCharsets.US_ASCII));
    }

    /** The nonce a response's policy carries (the page it was kept from). */
    static String nonceOf(String policy) {
        Matcher nonce = NONCE.matcher(policy);
        return nonce.find() ? nonce.group(1) : null;
    }

    boolean fresh(long currentVersion, long now) {
        return version == currentVersion && now - expiresAt < 0;
    }

    String etag(String nonce) {
        return "W/\"" + tag + (nonce == null ? "" : "." + nonce) + "\"";
    }

    /** A visitor's copy of this page and the nonce it carries (none for JSON). */
    record Copy(String nonce) {
    }

    /** The visitor's copy ({@code If-None-Match}), when it is this page. */
    Optional<Copy> revalidated(String ifNoneMatch) {
        if (ifNoneMatch == null) {
            return Optional.empty();
        }
        Matcher candidate = TAG.matcher(ifNoneMatch);
        while (candidate.find()) {
            if (candidate.group(1).equals(tag) && (candidate.group(2) != null) == hasNonce()) {
                return Optional.of(new Copy(candidate.group(2)));
            }
        }
        return Optional.empty();
    }

    /** The headers of an answer with this nonce, 200 or 304 alike. */
    void headers(HttpServletResponse response, String nonce) {
        if (policyBefore != null) {
            response.setHeader(CSP, hasNonce() ? policyBefore + nonce + policyAfter : policyBefore);
        }
        response.setHeader("ETag", etag(nonce));
        if (contentLanguage != null) {
            response.setHeader("Content-Language", contentLanguage);
        }
    }

    void writeTo(HttpServletResponse response, String nonce) throws IOException {
        headers(response, nonce);
        response.setContentType(contentType);
        byte[] hole = hasNonce() ? nonce.getBytes(StandardCharsets.US_ASCII) : new byte[0];
        long length = (long) hole.length * (segments.size() - 1);
        for (byte[] segment : segments) {
            length += segment.length;
        }
        response.setContentLengthLong(length);
        OutputStream out = response.getOutputStream();
        for (int i = 0; i < segments.size(); i++) {
            if (i > 0) {
                out.write(hole);
            }
            out.write(segments.get(i));
        }
    }

    /** The body cut at each occurrence of the nonce (ASCII: never part of a multi-byte character). */
    private static List<byte[]> split(byte[] body, byte[] nonce) {
        List<byte[]> segments = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= body.length - nonce.length; i++) {
            if (body[i] == nonce[0] && matchesAt(body, i, nonce)) {
                segments.add(Arrays.copyOfRange(body, start, i));
                start = i + nonce.length;
                i = start - 1;
            }
        }
        segments.add(Arrays.copyOfRange(body, start, body.length));
        return segments;
    }

    private static boolean matchesAt(byte[] body, int at, byte[] nonce) {
        for (int j = 1; j < nonce.length; j++) {
            if (body[at + j] != nonce[j]) {
                return false;
            }
        }
        return true;
    }

    private String digest() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            ByteArrayOutputStream head = new ByteArrayOutputStream();
            for (String part : new String[] {contentType, contentLanguage, policyBefore, policyAfter}) {
                head.writeBytes(String.valueOf(part).getBytes(StandardCharsets.UTF_8));
                head.write(0);
            }
            sha.update(head.toByteArray());
            for (byte[] segment : segments) {
                sha.update(segment);
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

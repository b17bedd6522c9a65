package vn.sochibo.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.Option;
import vn.sochibo.application.common.StoreException;

/**
 * {@code --password-file F} or {@code --password-stdin}: the first line of a file or of standard input, UTF-8
 * (a leading byte-order mark and the line end are dropped), as a {@code char[]}; the bytes read are wiped. There
 * is deliberately no option taking the password itself.
 */
final class PasswordSource {
    private static final int MAX_BYTES = 4096;

    @Option(names = "--password-file", paramLabel = "FILE", descriptionKey = "option.passwordFile")
    Path file;

    @Option(names = "--password-stdin", descriptionKey = "option.passwordStdin")
    boolean stdin;

    /** The password, or null when neither option was given. */
    char[] read(CliContext context) {
        if (file != null && stdin) {
            throw new StoreException("cli.archive.bothPasswordOptions", null);
        }
        byte[] bytes = null;
        try {
            if (file != null) {
                if (Files.size(file) > MAX_BYTES) {
                    throw new StoreException("cli.archive.passwordFileUnreadable", null, file.toString());
                }
                bytes = Files.readAllBytes(file);
            } else if (stdin) {
                bytes = firstLine(context.in());
            } else {
                return null;
            }
            return decode(bytes);
        } catch (IOException e) {
            throw new StoreException("cli.archive.passwordFileUnreadable", e, String.valueOf(file));
        } finally {
            if (bytes != null) {
                Arrays.fill(bytes, (byte) 0);
            }
        }
    }

    private static byte[] firstLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        for (int b = in.read(); b >= 0 && b != '\n' && line.size() < MAX_BYTES; b = in.read()) {
            line.write(b);
        }
        byte[] bytes = line.toByteArray();
        line.reset();
        return bytes;
    }

    static char[] decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xEF && (bytes[1] & 0xff) == 0xBB
                && (bytes[2] & 0xff) == 0xBF ? 3 : 0;
        int end = start;
        while (end < bytes.length && bytes[end] != '\n') {
            end++;
        }
        if (end > start && bytes[end - 1] == '\r') {
            end--;
        }
        CharBuffer chars;
        try {
            chars = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes, start, end - start));
        } catch (CharacterCodingException e) {
            throw new StoreException("cli.archive.passwordNotUtf8", e);
        }
        char[] password = new char[chars.remaining()];
        chars.get(password);
        if (chars.hasArray()) {
            Arrays.fill(chars.array(), '\0');
        }
        return password;
    }
}

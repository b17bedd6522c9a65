package vn.sochibo.cli;

import java.io.IOException;
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
 * The archive's password: {@code --archive-password-file F} or {@code --archive-password-stdin} (the next line of
 * standard input; the data folder's own {@code --password-stdin}, if any, is read first): UTF-8
 * (a leading byte-order mark and the line end are dropped), as a {@code char[]}; the bytes read are wiped. There
 * is deliberately no option taking the password itself.
 */
final class PasswordSource {
    private static final int MAX_BYTES = 4096;

    @Option(names = "--archive-password-file", paramLabel = "FILE", descriptionKey = "option.archivePasswordFile")
    Path file;

    @Option(names = "--archive-password-stdin", descriptionKey = "option.archivePasswordStdin")
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
                // The next line of standard input (after the data folder's own password, when that is read too).
                return context.passwords().nextLine();
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

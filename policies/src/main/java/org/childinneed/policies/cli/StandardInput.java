package org.childinneed.policies.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.childinneed.dsl.PolicySource;
import org.childinneed.model.timeline.CaseRecord;
import org.childinneed.policies.casefile.CaseFileException;
import org.childinneed.policies.casefile.CaseFileReader;

/** {@code -} in place of a file: a case or a script read from standard input, within the size limit of a file. */
final class StandardInput {

    /** The argument that stands for standard input. */
    static final String NAME = "-";
    /** How messages name standard input. */
    static final String SOURCE = "<stdin>";

    private StandardInput() {
    }

    static boolean is(Path path) {
        return NAME.equals(path.toString());
    }

    /** The case file on standard input, read as {@link CaseFileReader} reads a file, accepting the event types a policy declares. */
    static CaseRecord caseRecord(CommandContext context, org.childinneed.model.event.DeclaredVocabulary declared)
            throws CaseFileException, InputError {
        return CaseFileReader.parse(SOURCE, read(context.in(), CaseFileReader.MAX_FILE_BYTES, "a case file"), declared);
    }

    /** The policy script on standard input. */
    static PolicySource script(CommandContext context) throws InputError {
        return new PolicySource(SOURCE, read(context.in(), 1_000_000 * 4, "a policy script"));
    }

    /** The text on {@code in}, UTF-8, at most {@code maxBytes} bytes. */
    static String read(InputStream in, int maxBytes, String what) throws InputError {
        byte[] bytes;
        try {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new InputError(SOURCE + ": standard input cannot be read");
        }
        if (bytes.length > maxBytes) {
            throw new InputError(SOURCE + ": too large; " + what + " holds at most " + maxBytes + " bytes");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputError(SOURCE + ": not UTF-8 text");
        }
    }
}
